import { describe, expect, test } from 'vitest';
import { describeRequests, VERDICT_COPY, type TokenCheckResult } from '~/probes';
import { toolLabels } from '~/islands/tools/labels';
import { jwtExplain } from '~/islands/tools/jwt/explain';
import { refreshExplain } from '~/islands/tools/refresh/explain';
import { commandPlan, STAND_IN } from '~/islands/tools/stand-ins';
import { scrub } from '~/probes/scrub';
import { reportText } from '~/islands/tools/token-check/report-text';
import { LOCALES } from '~/site/locale';

const TOKEN = `pat_${'CANARY'.repeat(10)}Zz99`;

const result: TokenCheckResult = {
  verdict: 'valid',
  kind: 'pat',
  fingerprint: 'pat_…Zz99',
  region: 'cn',
  user: { user_id: '7400000000001', user_name: 'someone', nick_name: 'Someone' },
  workspaces: [{ id: '7500000000000000001', name: 'Team', role_type: 'admin', workspace_type: 'team', enterprise_id: null }],
  evidence: [
    {
      request: 'identity',
      region: 'cn',
      origin: 'https://api.coze.cn',
      verdict: 'valid',
      httpStatus: 200,
      code: 0,
      msg: null,
      logid: '20250101000000ABCDEF',
      errorCode: null,
      errorMessage: null,
      attempts: 1,
    },
    // A server that echoes the token back must not smuggle it into the report.
    {
      request: 'workspaces',
      region: 'cn',
      origin: 'https://api.coze.cn',
      verdict: 'missing-permission',
      httpStatus: 403,
      code: 4101,
      msg: `bad ${TOKEN}`,
      logid: null,
      errorCode: null,
      errorMessage: null,
      attempts: 1,
    },
  ],
  step: { wizard: 'token-invalid', step: 'missing-permission' },
  notes: ['workspaces-missing-permission'],
  problem: null,
  uncertain: false,
  suggestOtherRegion: false,
};

describe('reportText', () => {
  for (const locale of LOCALES) {
    test(`names the fingerprint, verdict, region and evidence but never the token (${locale})`, () => {
      const labels = toolLabels[locale];
      const text = reportText(result, {
        host: 'cn',
        locale,
        labels: labels.tokenCheck,
        common: labels.common,
        copy: VERDICT_COPY[locale],
        titles: {},
        origin: 'https://doctor.example',
        now: new Date('2026-01-01T00:00:00Z'),
        secrets: [TOKEN],
      });
      expect(text).toContain('pat_…Zz99');
      expect(text).toContain('valid');
      expect(text).toContain('20250101000000ABCDEF');
      expect(text).toContain(`https://doctor.example${locale === 'en' ? '/en' : ''}/wizards/token-invalid/#missing-permission`);
      expect(text).not.toContain(TOKEN);
      expect(text).toContain('[redacted]');
    });
  }
});

describe('scrub', () => {
  test('replaces every occurrence and ignores secrets too short to be one', () => {
    expect(scrub('a SECRET b SECRET', ['SECRET', 'ab'])).toBe('a [redacted] b [redacted]');
  });
});

describe('commandPlan', () => {
  test('uses the real request when the input is complete', () => {
    const real = describeRequests({ probe: 'token-check', token: TOKEN, host: 'cn' });
    expect(commandPlan(real, () => real)).toMatchObject({ real: true });
  });

  test('falls back to stand-in secrets so the commands exist before a token is pasted', () => {
    const plan = commandPlan(describeRequests({ probe: 'token-check', token: '', host: 'cn' }), () =>
      describeRequests({ probe: 'token-check', token: STAND_IN.token, host: 'cn' }),
    );
    expect(plan.real).toBe(false);
    expect(plan.requests?.[0]?.url).toBe('https://api.coze.cn/v1/users/me');
  });

  test('accepts every stand-in in its slot', () => {
    expect(describeRequests({ probe: 'refresh', clientId: '1.app.coze', refreshToken: STAND_IN.refreshToken, host: 'cn' }).ok).toBe(true);
    expect(describeRequests({ probe: 'jwt-exchange', jwt: STAND_IN.jwt, host: 'cn' }).ok).toBe(true);
  });
});

describe('refreshExplain', () => {
  test('sends a spent refresh token to the refresh-token-history step', () => {
    expect(refreshExplain('expired', 'invalid_request')).toEqual({ wizard: 'expired-refresh', step: 'refresh-token-history' });
  });

  test('sends a bad client or secret to client-mismatch and a paused app to app-deactivated', () => {
    expect(refreshExplain('invalid-token', 'invalid_client')).toEqual({ wizard: 'expired-refresh', step: 'client-mismatch' });
    expect(refreshExplain('invalid-token', 'access_deny')).toEqual({ wizard: 'expired-refresh', step: 'app-deactivated' });
  });

  test('keeps the shared explanation for network trouble and nothing for success', () => {
    expect(refreshExplain('cors-blocked', null)).toEqual({ guide: 'guides/browser-calls' });
    expect(refreshExplain('valid', null)).toBeNull();
  });
});

describe('jwtExplain', () => {
  test('sends a kid from the other region to the jwt-kid-region step', () => {
    expect(jwtExplain('wrong-region', 'invalid_client')).toEqual({ wizard: 'expired-refresh', step: 'jwt-kid-region' });
  });
});
