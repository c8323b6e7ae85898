import { describe, expect, test } from 'vitest';
import { cspDirectives } from '~/config/csp.mjs';
import { connectAllowed } from '~/probes/connect-src.ts';

const SELF = 'https://doctor.example';
const sitePolicy = (env: Record<string, string> = {}) => cspDirectives(env).join('; ');

describe('connectAllowed against the site policy', () => {
  test.each([
    ['https://api.coze.cn/', true],
    ['https://api.coze.com/v1/users/me', true],
    ['http://127.0.0.1:8888/', true],
    ['http://localhost:8787/', true],
    ['https://doctor.example/x', true],
    ['https://coze.example.com/', false],
    ['http://10.0.0.5:8888/', false],
    ['https://api.coze.cn.evil.example/', false],
    ['http://api.coze.cn/', false],
    ['not a url', false],
  ])('says %s is %s', (url, allowed) => {
    expect(connectAllowed(sitePolicy(), url, SELF)).toBe(allowed);
  });

  test('follows COZE_EXTRA_CONNECT_SRC', () => {
    const policy = sitePolicy({ COZE_EXTRA_CONNECT_SRC: 'https://coze.corp.example, https://10.0.0.5:8443' });
    expect(connectAllowed(policy, 'https://coze.corp.example/api/', SELF)).toBe(true);
    expect(connectAllowed(policy, 'https://10.0.0.5:8443/', SELF)).toBe(true);
    expect(connectAllowed(policy, 'https://10.0.0.5:9999/', SELF)).toBe(false);
  });
});

describe('connectAllowed', () => {
  test('allows everything without a policy', () => {
    expect(connectAllowed(null, 'https://anything.example/', SELF)).toBe(true);
  });

  test('falls back to default-src', () => {
    expect(connectAllowed("default-src 'self'", 'https://api.coze.cn/', SELF)).toBe(false);
    expect(connectAllowed("default-src 'self' https:", 'https://api.coze.cn/', SELF)).toBe(true);
  });

  test('understands host wildcards, ports and none', () => {
    expect(connectAllowed('connect-src https://*.corp.example:8443', 'https://coze.corp.example:8443/', SELF)).toBe(true);
    expect(connectAllowed('connect-src https://*.corp.example:8443', 'https://coze.corp.example/', SELF)).toBe(false);
    expect(connectAllowed("connect-src 'none'", 'https://api.coze.cn/', SELF)).toBe(false);
  });
});
