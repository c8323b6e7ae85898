import { describe, expect, test } from 'vitest';
import { isProbeCancelled, runWizardCheck } from '~/probes/index.ts';
import type { CheckInput } from '~/wizards/engine/types.ts';
import { TOKENS } from '../../fake-coze/tokens.ts';
import { closedPortUrl, FAST, fake, signal } from './helpers.ts';

async function run(probe: CheckInput['probe'], token: string) {
  const server = await fake('cn');
  return runWizardCheck({ probe, credentials: { token, host: 'custom', baseUrl: server.baseUrl } }, signal(), FAST);
}

describe('runWizardCheck', () => {
  test.each([
    [TOKENS.patValidCn, 'valid'],
    [TOKENS.patRevokedCn, 'invalid-token'],
    [TOKENS.patNoPermissionCn, 'missing-permission'],
    [TOKENS.patRateLimitedCn, 'rate-limited'],
    ['pat_a b', 'malformed'],
    ['10000000000000000000000000000001.app.coze', 'not-a-token'],
  ])('answers token-verdict for %s with %s', async (token, answer) => {
    const evidence = await run('token-verdict', token);
    expect(evidence).toMatchObject({ answer, verdict: answer });
  });

  test('gives no answer for a verdict a step cannot branch on', async () => {
    const baseUrl = await closedPortUrl();
    const evidence = await runWizardCheck({ probe: 'token-verdict', credentials: { token: TOKENS.patValidCn, host: 'custom', baseUrl } }, signal(), FAST);
    expect(evidence).toMatchObject({ answer: null, verdict: 'network-error' });
  });

  test.each([
    [TOKENS.patValidCn, 'admin'],
    [TOKENS.patMemberCn, 'member'],
    [TOKENS.patPersonalCn, 'personal-only'],
    [TOKENS.patRevokedCn, null],
    [TOKENS.patNoWorkspacePermCn, null],
  ])('answers workspace-role for %s with %s', async (token, answer) => {
    expect((await run('workspace-role', token)).answer).toBe(answer);
  });

  test('leaves token-free details for the evidence panel', async () => {
    const evidence = await run('token-verdict', TOKENS.patRevokedCn);
    expect(evidence.details).toMatchObject({
      status: '401',
      code: '4100',
      msg: 'authentication is invalid',
      region: 'custom',
      token: 'pat_…Rv01',
    });
    expect(evidence.details['logid']).toMatch(/^\d{14}/);
    expect(JSON.stringify(evidence)).not.toContain(TOKENS.patRevokedCn);
  });

  test('lists roles for a working token', async () => {
    expect((await run('workspace-role', TOKENS.patMemberCn)).details['roles']).toBe('personal:owner, team:member');
  });

  test('rejects with ProbeCancelledError when the step is left', async () => {
    const server = await fake('cn');
    server.setFault({ kind: 'hang' });
    const controller = new AbortController();
    const pending = runWizardCheck(
      { probe: 'token-verdict', credentials: { token: TOKENS.patValidCn, host: 'custom', baseUrl: server.baseUrl } },
      controller.signal,
      { ...FAST, timeoutMs: 5000 },
    );
    controller.abort();
    await expect(pending).rejects.toSatisfy(isProbeCancelled);
  });
});
