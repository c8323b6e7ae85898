import type { Fault } from '../fake-coze/server.ts';
import { expect, openTool, test, TOKENS } from './tools/fixtures';
import { curlOutput, liveVerdict, pastedVerdict, pasteResponse, runTokenCheck } from './tools/helpers';

/**
 * The offline path must agree with the live one: for each fixture, the verdict of the live check
 * equals the verdict of the same answer fetched outside the browser and pasted back.
 */
const cases: ReadonlyArray<{ verdict: string; token: string; fault?: Fault; bare?: boolean }> = [
  { verdict: 'valid', token: TOKENS.patValidCn },
  { verdict: 'invalid-token', token: TOKENS.patRevokedCn },
  { verdict: 'invalid-token', token: TOKENS.patStaleCn, bare: true },
  { verdict: 'missing-permission', token: TOKENS.patNoPermissionCn },
  { verdict: 'rate-limited', token: TOKENS.patRateLimitedCn },
  { verdict: 'server-error', token: TOKENS.patValidCn, fault: { kind: 'status', status: 503 } },
  { verdict: 'server-error', token: TOKENS.patValidCn, fault: { kind: 'html' } },
  { verdict: 'unexpected-response', token: TOKENS.patValidCn, fault: { kind: 'malformed-json' } },
];

test.describe('pasted response', () => {
  for (const { verdict, token, fault, bare } of cases) {
    test(`gives ${verdict} live and pasted${fault ? ` (${fault.kind} fault)` : ''}${bare ? ' from a bare JSON body' : ''}`, async ({ page, fakes }) => {
      if (fault) fakes.cn.setFault(fault);
      await openTool(page, 'token-check');
      await runTokenCheck(page, token, 'custom', fakes.cn.baseUrl);
      await expect(liveVerdict(page)).toHaveAttribute('data-verdict', verdict);
      const output = await curlOutput(`${fakes.cn.baseUrl}/v1/users/me`, { headers: { authorization: `Bearer ${token}` } });
      await pasteResponse(page, bare ? output.slice(output.indexOf('\n\n') + 2) : output);
      await expect(pastedVerdict(page)).toHaveAttribute('data-verdict', verdict);
      await expect(page.locator('[data-pasted-result] > h3')).toBeFocused();
    });
  }

  test('reads a pasted expired-token message as expired', async ({ page }) => {
    await openTool(page, 'token-check');
    await pasteResponse(page, '{"code":4100,"msg":"token expired","detail":{"logid":"20250101000000ABCDEF"}}');
    await expect(pastedVerdict(page)).toHaveAttribute('data-verdict', 'expired');
    await expect(page.locator('[data-pasted-result] .tool-evidence')).toContainText('20250101000000ABCDEF');
  });

  test('says clearly when the paste holds no response', async ({ page }) => {
    await openTool(page, 'token-check');
    await pasteResponse(page, 'hello');
    await expect(page.locator('[name="pasted-response"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(pastedVerdict(page)).toHaveCount(0);
  });

  test('works in English', async ({ page, fakes }) => {
    await openTool(page, 'token-check', 'en');
    const output = await curlOutput(`${fakes.cn.baseUrl}/v1/users/me`, { headers: { authorization: `Bearer ${TOKENS.patNoPermissionCn}` } });
    await pasteResponse(page, output, 'en');
    await expect(pastedVerdict(page)).toHaveAttribute('data-verdict', 'missing-permission');
    await expect(pastedVerdict(page).locator('a')).toHaveAttribute('href', '/en/wizards/token-invalid/#missing-permission');
  });
});
