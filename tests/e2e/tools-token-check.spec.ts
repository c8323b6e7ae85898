import { closedPortUrl, expect, openTool, OAUTH_APPS, test, TOKENS } from './tools/fixtures';
import { liveVerdict, runTokenCheck } from './tools/helpers';

test.describe('token check: verdicts against the fake Coze API', () => {
  test.beforeEach(async ({ page }) => {
    await openTool(page, 'token-check');
  });

  test('shows kind, fingerprint, identity, region and workspaces for a valid token', async ({ page, fakes }) => {
    await runTokenCheck(page, TOKENS.patValidCn, 'custom', fakes.cn.baseUrl);
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    const report = page.locator('[data-report]');
    await expect(report.locator('[data-kind]')).toHaveAttribute('data-kind', 'pat');
    await expect(report.locator('[data-fingerprint]')).toHaveText('pat_…Vc01');
    await expect(report.locator('[data-identity]')).toContainText('fake_user_cn');
    await expect(report.locator('[data-region]')).toHaveAttribute('data-region', 'custom');
    const rows = report.locator('[data-workspaces] tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('管理员');
    await expect(rows.nth(1)).toContainText('团队空间');
  });

  test('moves focus to the result heading and announces the verdict', async ({ page, fakes }) => {
    await runTokenCheck(page, TOKENS.patValidCn, 'custom', fakes.cn.baseUrl);
    await expect(page.locator('#tc-result-heading')).toBeFocused();
    await expect(page.locator('[role="status"][aria-live="polite"]').first()).toContainText('检查完成');
  });

  const refusals = [
    { name: 'an access token with a full-width space', token: `pat_abc\u3000def`, verdict: 'malformed', text: '第 8 个字符' },
    { name: 'a line break inside the token', token: 'pat_abc\ndef', verdict: 'malformed', text: '换行' },
    { name: 'a non-ASCII character', token: 'pat_abcé', verdict: 'malformed', text: 'U+00E9' },
    { name: 'an OAuth client id', token: OAUTH_APPS.cn.pkce.clientId, verdict: 'not-a-token', text: '客户端 ID' },
    { name: 'a JWT assertion', token: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIxIn0.c2ln', verdict: 'not-a-token', text: 'JWT' },
  ] as const;
  for (const { name, token, verdict, text } of refusals) {
    test(`refuses ${name} before sending anything`, async ({ page, fakes }) => {
      await runTokenCheck(page, token, 'custom', fakes.cn.baseUrl);
      await expect(liveVerdict(page)).toHaveAttribute('data-verdict', verdict);
      await expect(page.locator('[name="token"]')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#tc-token-error')).toContainText(text);
      expect(fakes.cn.requests).toHaveLength(0);
      // Nothing lost: the input still holds what was pasted.
      await expect(page.locator('[name="token"]')).toHaveValue(token);
    });
  }

  test('asks for a token when the box is empty, runs nothing and blames nothing', async ({ page }) => {
    await page.getByRole('button', { name: '开始检查' }).click();
    const field = page.locator('[name="token"]');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAttribute('aria-describedby', /tc-token-error/);
    await expect(page.locator('#tc-token-error')).toHaveText('请先粘贴令牌。没有发送任何内容。');
    await expect(field).toBeFocused();
    await expect(page.locator('[data-verdict]')).toHaveCount(0);
  });

  test('blames the base URL, not the token, for a plain-http remote host', async ({ page, fakes }) => {
    await runTokenCheck(page, TOKENS.patValidCn, 'custom', 'http://coze.example.com');
    await expect(page.locator('[name="base-url"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#tc-base-url-error')).toContainText('http://127.0.0.1:8888');
    await expect(page.locator('[name="token"]')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-verdict]')).toHaveCount(0);
    expect(fakes.cn.requests).toHaveLength(0);
  });

  test('explains before sending that the site CSP blocks a remote custom host, and what works instead', async ({ page }) => {
    const outside: string[] = [];
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => (outside.push(route.request().url()), route.abort()));
    await runTokenCheck(page, TOKENS.patValidCn, 'custom', 'https://coze.example.com');
    const blocked = page.locator('[data-csp-blocked]');
    await expect(blocked).toContainText('内容安全策略');
    await expect(blocked).toContainText('COZE_EXTRA_CONNECT_SRC=https://coze.example.com npm start');
    await expect(blocked.locator('[data-offline-pointer]')).toBeVisible();
    await expect(page.locator('[data-refused="csp"]')).toBeVisible();
    await expect(page.locator('[data-verdict]')).toHaveCount(0);
    expect(outside).toEqual([]);
  });

  test('calls a refresh-token-shaped string that the API refuses not-a-token', async ({ page, fakes }) => {
    await runTokenCheck(page, 'r'.repeat(72), 'custom', fakes.cn.baseUrl);
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'not-a-token');
  });

  const answers = [
    { verdict: 'invalid-token', token: TOKENS.patRevokedCn },
    { verdict: 'invalid-token', token: TOKENS.patStaleCn },
    { verdict: 'missing-permission', token: TOKENS.patNoPermissionCn },
    { verdict: 'rate-limited', token: TOKENS.patRateLimitedCn },
  ] as const;
  for (const { verdict, token } of answers) {
    test(`shows ${verdict} with evidence for ${token.slice(0, 24)}…`, async ({ page, fakes }) => {
      await runTokenCheck(page, token, 'custom', fakes.cn.baseUrl);
      await expect(liveVerdict(page)).toHaveAttribute('data-verdict', verdict);
      const evidence = page.locator('.tool-evidence tbody tr').first();
      await expect(evidence).toContainText(/40[13]|429/);
      await expect(evidence.locator('code').last()).toHaveText(/^\d{14}[0-9A-F]{20}$/); // the logid
      await expect(liveVerdict(page).locator('a')).toHaveAttribute('href', /^\/wizards\/token-invalid\/#[a-z-]+$/);
    });
  }

  test('says the workspaces could not be listed when only that permission is missing', async ({ page, fakes }) => {
    await runTokenCheck(page, TOKENS.patNoWorkspacePermCn, 'custom', fakes.cn.baseUrl);
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    await expect(page.locator('[data-note="workspaces-missing-permission"]')).toBeVisible();
  });

  const faults = [
    { verdict: 'server-error', fault: { kind: 'status', status: 503 } },
    { verdict: 'server-error', fault: { kind: 'html' } },
    { verdict: 'unexpected-response', fault: { kind: 'malformed-json' } },
    { verdict: 'unexpected-response', fault: { kind: 'empty' } },
    { verdict: 'rate-limited', fault: { kind: 'rate-limit' } },
    { verdict: 'cors-blocked', fault: { kind: 'no-cors' } },
  ] as const;
  for (const { verdict, fault } of faults) {
    test(`shows ${verdict} when the API answers with a ${fault.kind} fault`, async ({ page, fakes }) => {
      fakes.cn.setFault(fault);
      await runTokenCheck(page, TOKENS.patValidCn, 'custom', fakes.cn.baseUrl);
      await expect(liveVerdict(page)).toHaveAttribute('data-verdict', verdict);
      if (verdict === 'cors-blocked') await expect(page.locator('[data-offline-pointer]')).toBeVisible();
    });
  }

  test('shows unexpected-response for a 404 from a wrong base path', async ({ page, fakes }) => {
    await runTokenCheck(page, TOKENS.patValidCn, 'custom', `${fakes.cn.baseUrl}/not-coze/`);
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'unexpected-response');
    await expect(page.locator('.tool-evidence tbody tr').first()).toContainText('404');
  });

  test('shows network-error for a closed port and points to the paste box', async ({ page }) => {
    await runTokenCheck(page, TOKENS.patValidCn, 'custom', await closedPortUrl());
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'network-error');
    await page.locator('[data-offline-pointer] button').click();
    await expect(page.locator('[name="pasted-response"]')).toBeFocused();
  });

  test('shows timeout when the API never answers', async ({ page, fakes }) => {
    await page.clock.install();
    await openTool(page, 'token-check');
    fakes.cn.setFault({ kind: 'hang' });
    await runTokenCheck(page, TOKENS.patValidCn, 'custom', fakes.cn.baseUrl);
    await expect(page.locator('[data-progress]')).toBeVisible();
    // The probe module loads on Run, so its timer starts only once the request is out: wait for it.
    await expect.poll(() => fakes.cn.requests.filter((r) => r.method !== 'OPTIONS' && r.url.startsWith('/v1/users/me')).length).toBe(1);
    await page.clock.fastForward(11_000);
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'timeout');
  });

  test('cancels a running check and keeps the input', async ({ page, fakes }) => {
    fakes.cn.setFault({ kind: 'hang' });
    await runTokenCheck(page, TOKENS.patValidCn, 'custom', fakes.cn.baseUrl);
    const result = page.locator('#tc-result');
    await expect(result).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('[data-progress]')).toContainText('正在检查…');
    await expect(page.locator('[data-progress]')).toContainText(fakes.cn.baseUrl);
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.locator('[data-cancelled]')).toBeVisible();
    await expect(result).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('[name="token"]')).toHaveValue(TOKENS.patValidCn);
    await expect(page.locator('[name="base-url"]')).toHaveValue(fakes.cn.baseUrl);
  });

  test('aborts a running check when the page is hidden', async ({ page, fakes }) => {
    fakes.cn.setFault({ kind: 'hang' });
    await runTokenCheck(page, TOKENS.patValidCn, 'custom', fakes.cn.baseUrl);
    await expect(page.locator('[data-progress]')).toBeVisible();
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
    await expect(page.locator('[data-cancelled]')).toBeVisible();
  });
});
