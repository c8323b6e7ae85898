import { describe, expect, test } from 'vitest';
import { describeRequests, toCurl, toPowerShell } from '~/probes/index.ts';
import { OAUTH_APPS, TOKENS } from '../../fake-coze/tokens.ts';

const PAT = TOKENS.patValidCn;

describe('describeRequests', () => {
  test('lists identity then workspaces for one host, with the token shown as its fingerprint', () => {
    const result = describeRequests({ probe: 'token-check', token: ` Bearer ${PAT} `, host: 'cn' });
    expect(result.ok && result.requests).toEqual([
      {
        purpose: 'identity',
        region: 'cn',
        method: 'GET',
        url: 'https://api.coze.cn/v1/users/me',
        headers: { Authorization: 'Bearer pat_…Vc01' },
        body: null,
        conditional: false,
      },
      {
        purpose: 'workspaces',
        region: 'cn',
        method: 'GET',
        url: 'https://api.coze.cn/v1/workspaces?page_num=1&page_size=50',
        headers: { Authorization: 'Bearer pat_…Vc01' },
        body: null,
        conditional: true,
      },
    ]);
  });

  test('lists both hosts for auto-detect', () => {
    const result = describeRequests({ probe: 'token-check', token: PAT, host: 'auto' });
    expect(result.ok && result.requests.map((r) => [r.purpose, r.url])).toEqual([
      ['identity', 'https://api.coze.cn/v1/users/me'],
      ['identity', 'https://api.coze.com/v1/users/me'],
      ['workspaces', 'https://api.coze.cn/v1/workspaces?page_num=1&page_size=50'],
      ['workspaces', 'https://api.coze.com/v1/workspaces?page_num=1&page_size=50'],
    ]);
  });

  test('keeps the path of a custom base URL', () => {
    const result = describeRequests({
      probe: 'token-check',
      token: PAT,
      host: 'custom',
      baseUrl: 'https://coze.example.com/gateway',
    });
    expect(result.ok && result.requests[0]?.url).toBe('https://coze.example.com/gateway/v1/users/me');
  });

  test('never puts a secret into the preview object', () => {
    const secret = OAUTH_APPS.cn.web.secret;
    const refresh = 'q'.repeat(72);
    const plans = [
      describeRequests({ probe: 'token-check', token: PAT, host: 'auto' }),
      describeRequests({
        probe: 'refresh',
        clientId: OAUTH_APPS.cn.web.clientId,
        clientSecret: secret,
        refreshToken: refresh,
        host: 'com',
      }),
    ];
    const text = JSON.stringify(plans);
    for (const value of [PAT, secret, refresh]) expect(text).not.toContain(value);
    expect(text).toContain('\\"refresh_token\\":\\"…qqqq\\"');
  });

  test('reports the input problem instead of a plan', () => {
    expect(describeRequests({ probe: 'token-check', token: 'pat_a b', host: 'cn' })).toMatchObject({
      ok: false,
      problem: { code: 'inner-whitespace', column: 6 },
    });
    expect(describeRequests({ probe: 'token-check', token: PAT, host: 'custom', baseUrl: 'http://evil.example' })).toMatchObject({
      ok: false,
      problem: { code: 'base-url-insecure' },
    });
  });
});

describe('toCurl and toPowerShell', () => {
  const plan = describeRequests({ probe: 'token-check', token: PAT, host: 'cn' });
  const identity = plan.ok ? plan.requests[0]! : null;
  const refreshPlan = describeRequests({
    probe: 'refresh',
    clientId: OAUTH_APPS.cn.web.clientId,
    clientSecret: "se'cret",
    refreshToken: 'q'.repeat(72),
    host: 'cn',
  });
  const refresh = refreshPlan.ok ? refreshPlan.requests[0]! : null;

  test('print placeholders when masked', () => {
    expect(toCurl(identity!, { mask: true })).toBe("curl -i -sS 'https://api.coze.cn/v1/users/me' \\\n  -H 'Authorization: Bearer <YOUR_TOKEN>'");
    const ps = toPowerShell(refresh!, { mask: true });
    expect(ps).toContain("-Headers @{ 'Authorization' = 'Bearer <YOUR_CLIENT_SECRET>' }");
    expect(ps).toContain('"refresh_token":"<YOUR_REFRESH_TOKEN>"');
    expect(ps).not.toContain('q'.repeat(72));
  });

  test('print the real values only when asked', () => {
    expect(toCurl(identity!, { mask: false })).toContain(`Bearer ${PAT}`);
    expect(toPowerShell(identity!, { mask: false })).toContain(`'Bearer ${PAT}'`);
  });

  test('quote single quotes safely for each shell', () => {
    expect(toCurl(refresh!, { mask: false })).toContain("-H 'Authorization: Bearer se'\\''cret'");
    expect(toPowerShell(refresh!, { mask: false })).toContain("'Bearer se''cret'");
  });

  test('send the POST body and Content-Type the way each tool expects', () => {
    const curl = toCurl(refresh!, { mask: true });
    expect(curl).toContain('curl -i -sS -X POST');
    expect(curl).toContain("-H 'Content-Type: application/json'");
    expect(curl).toContain(`--data-raw '{"grant_type":"refresh_token","client_id":"${OAUTH_APPS.cn.web.clientId}","refresh_token":"<YOUR_REFRESH_TOKEN>"}'`);
    const ps = toPowerShell(refresh!, { mask: true });
    expect(ps).toContain("-ContentType 'application/json'");
    expect(ps).not.toMatch(/'Content-Type' =/);
  });

  test('fall back to the fingerprint view for a copied request object, never to a secret', () => {
    const copy = { ...identity! };
    expect(toCurl(copy, { mask: false })).toContain('Bearer pat_…Vc01');
  });
});
