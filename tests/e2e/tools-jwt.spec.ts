import { randomBytes } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';
import { expect, openTool, JWT_APPS, routeCozeHosts, test } from './tools/fixtures';
import { liveVerdict } from './tools/helpers';

interface Claims {
  readonly region?: 'cn' | 'com';
  readonly aud?: string;
  readonly iat?: number;
  readonly exp?: number;
}

/** A JWT assertion signed with a fixture app's key, as a visitor's backend would make it. */
async function signFixture({ region = 'cn', aud = `api.coze.${region}`, iat, exp }: Claims = {}): Promise<string> {
  const app = JWT_APPS[region];
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: app.kid })
    .setIssuer(app.appId)
    .setAudience(aud)
    .setIssuedAt(iat ?? now)
    .setExpirationTime(exp ?? now + 600)
    .setJti(randomBytes(32).toString('hex'))
    .sign(await importPKCS8(app.privateKeyPem, 'RS256'));
}

test.describe('JWT inspector', () => {
  test.beforeEach(async ({ page }) => {
    await openTool(page, 'jwt-inspector');
  });

  test('decodes a JWT signed by a fixture key and finds nothing wrong', async ({ page }) => {
    await page.locator('[name="jwt"]').fill(await signFixture());
    await expect(page.locator('[data-inspection]')).toHaveAttribute('data-inspection', 'ok');
    await expect(page.locator('[data-jwt-header]')).toContainText(`"kid": "${JWT_APPS.cn.kid}"`);
    await expect(page.locator('[data-jwt-claims]')).toContainText(`"iss": "${JWT_APPS.cn.appId}"`);
    await expect(page.locator('[data-jwt-claims]')).toContainText('"aud": "api.coze.cn"');
    await expect(page.locator('[data-finding="none"]')).toBeVisible();
    await expect(page.locator('[data-browser-clock]')).toContainText('本浏览器的时间');
  });

  test('flags an aud for the other region', async ({ page }) => {
    await page.locator('[name="jwt"]').fill(await signFixture({ aud: 'api.coze.com' }));
    const finding = page.locator('[data-finding="aud-wrong-region"]');
    await expect(finding).toHaveAttribute('data-severity', 'error');
    await expect(finding).toContainText('api.coze.cn');
    await expect(finding).toContainText('错误');
    // Switching the host to com makes the same JWT right.
    await page.locator('[name="host"][value="com"]').check();
    await expect(page.locator('[data-inspection]')).toHaveAttribute('data-inspection', 'ok');
  });

  test('flags an expired exp against the browser clock', async ({ page }) => {
    const now = Math.floor(Date.now() / 1000);
    await page.locator('[name="jwt"]').fill(await signFixture({ iat: now - 7200, exp: now - 3600 }));
    await expect(page.locator('[data-finding="expired"]')).toHaveAttribute('data-severity', 'error');
    await expect(page.locator('[data-claim-time="exp"]')).toContainText('早');
  });

  test('flags an iat in the future as clock skew', async ({ page }) => {
    const now = Math.floor(Date.now() / 1000);
    await page.locator('[name="jwt"]').fill(await signFixture({ iat: now + 600, exp: now + 1200 }));
    await expect(page.locator('[data-finding="iat-in-future"]')).toBeVisible();
  });

  test('says when the text is not a JWT', async ({ page }) => {
    await page.locator('[name="jwt"]').fill('pat_not_a_jwt');
    await expect(page.locator('[data-finding="not-a-jwt"]')).toBeVisible();
  });

  test('refuses a 1 MB paste by its length before decoding', async ({ page }) => {
    await page.locator('[name="jwt"]').evaluate((el) => {
      (el as HTMLTextAreaElement).value = 'eyJ'.repeat(350_000);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(page.locator('[name="jwt"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-inspection]')).toHaveCount(0);
  });

  test('exchanges a JWT once, and refuses the same JWT the second time', async ({ page, fakes }) => {
    await routeCozeHosts(page, fakes);
    await page.locator('[name="jwt"]').fill(await signFixture());
    await page.locator('[name="duration-seconds"]').fill('3600');
    await expect(page.locator('[data-exchange] [data-preview]')).toContainText('"duration_seconds":3600');
    await page.getByRole('button', { name: '换取令牌' }).click();
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    await expect(page.locator('#jw-access')).toHaveValue(/^czs_…/);
    await page.getByRole('button', { name: '换取令牌' }).click();
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'invalid-token');
  });

  test('reads "kid not been registred" from the other region as wrong-region', async ({ page, fakes }) => {
    await routeCozeHosts(page, fakes);
    await page.locator('[name="jwt"]').fill(await signFixture({ aud: 'api.coze.com' }));
    await page.locator('[name="host"][value="com"]').check();
    await page.getByRole('button', { name: '换取令牌' }).click();
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'wrong-region');
    await expect(liveVerdict(page).locator('a')).toHaveAttribute('href', '/wizards/expired-refresh/#jwt-kid-region');
  });

  test('validates duration_seconds and the scope JSON before sending', async ({ page, fakes }) => {
    await routeCozeHosts(page, fakes);
    await page.locator('[name="jwt"]').fill(await signFixture());
    await page.locator('[name="duration-seconds"]').fill('90000');
    await page.locator('[name="scope"]').fill('{"account_permission": ');
    await expect(page.locator('[name="duration-seconds"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[name="scope"]')).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: '换取令牌' }).click();
    await expect(liveVerdict(page)).toHaveCount(0);
    expect(fakes.cn.requests).toHaveLength(0);
  });

  test('signs a JWT in the page with a pasted key and fills the inspector', async ({ page }) => {
    const app = JWT_APPS.cn;
    await page.locator('[name="private-key"]').fill(app.privateKeyPem);
    await page.locator('[name="app-id"]').fill(app.appId);
    await page.locator('[name="kid"]').fill(app.kid);
    await page.getByRole('button', { name: '签名', exact: true }).click();
    await expect(page.locator('#jw-sign-status')).toContainText('已签名');
    await expect(page.locator('[name="jwt"]')).toHaveValue(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    await expect(page.locator('[data-inspection]')).toHaveAttribute('data-inspection', 'ok');
  });

  test('says why signing failed for a key that is not PKCS#8', async ({ page }) => {
    await page.locator('[name="private-key"]').fill('-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----');
    await page.locator('[name="app-id"]').fill('1000000000001');
    await page.locator('[name="kid"]').fill('kid');
    await page.getByRole('button', { name: '签名', exact: true }).click();
    await expect(page.locator('#jw-sign-status')).toContainText('PKCS#8');
  });
});

test.describe('JWT inspector in English', () => {
  test('flags wrong aud and expired exp in English', async ({ page }) => {
    await openTool(page, 'jwt-inspector', 'en');
    const now = Math.floor(Date.now() / 1000);
    await page.locator('[name="jwt"]').fill(await signFixture({ aud: 'api.coze.com', iat: now - 7200, exp: now - 3600 }));
    await expect(page.locator('[data-finding="aud-wrong-region"]')).toContainText('Error');
    await expect(page.locator('[data-finding="expired"]')).toContainText('exp is earlier than this browser’s clock');
  });
});
