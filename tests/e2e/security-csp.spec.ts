import { test, expect } from './helpers/fixtures';
import { builtPagePaths, readBuilt } from './helpers/pages';

const paths = builtPagePaths();

/** A policy as `{ directive: [sources] }`. */
const parse = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources] as const),
  );

/** The CSP `<meta>` Astro wrote into a built page, parsed. */
const metaPolicyOf = (path: string) => {
  const html = readBuilt(`${path}index.html`) ?? '';
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  expect(content, `${path} has a CSP <meta>`).toBeDefined();
  return parse(content!);
};

test.describe('content security policy', () => {
  test.describe.configure({ mode: 'parallel' });

  // The text of every page's policy, read from the build (no browser needed); that every page runs
  // under it without a violation is checked on the same page load as axe, in a11y.spec.ts.
  test('every built page carries a policy without inline or evaluated script, limited to Coze and loopback', () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const policy = metaPolicyOf(path);
      expect(policy['script-src'], path).not.toContain("'unsafe-inline'");
      expect(policy['script-src'], path).not.toContain("'unsafe-eval'");
      expect(policy['connect-src'], path).toEqual(expect.arrayContaining(["'self'", 'https://api.coze.cn', 'https://api.coze.com']));
      expect(policy['object-src'], path).toEqual(["'none'"]);
    }
  });

  test('blocks API calls to hosts outside the allowlist and lets Coze and loopback through', async ({ page, watch }) => {
    await page.goto('/guides/browser-calls/');
    const outcome = (url: string) =>
      page.evaluate(async (u) => {
        try {
          await fetch(u, { mode: 'cors' });
          return 'reached';
        } catch {
          return 'failed';
        }
      }, url);
    expect(await outcome('https://evil.example/v1/users/me')).toBe('failed');
    expect(watch.cspViolations.map((v) => v.directive)).toContain('connect-src');
    const blockedByCsp = watch.cspViolations.length;
    // These fail too (nothing listens, and the fixtures never let a request reach the real API), but
    // the browser must not refuse them on policy grounds.
    await outcome('https://api.coze.cn/v1/users/me');
    await outcome('https://api.coze.com/v1/users/me');
    await outcome('http://127.0.0.1:9/v1/users/me');
    await outcome('http://localhost:9/v1/users/me');
    expect(watch.cspViolations.slice(blockedByCsp)).toEqual([]);
  });

  for (const locale of ['', '/en'] as const) {
    test(`finds pages with Pagefind search under the policy: ${locale || '/'}`, async ({ page, watch }) => {
      await page.goto(`${locale}/guides/regions/`);
      const title = (await page.locator('main h1').first().innerText()).trim();
      await page.locator('button[data-open-modal]').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox').fill(title.split(/\s+/)[0]!);
      // Pagefind loads its WebAssembly and index chunks only now, under the same policy.
      await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
      expect(watch.cspViolations).toEqual([]);
    });
  }
});

test.describe('the _headers file for static hosts', () => {
  test('covers every built page: its CSP holds every directive and source of the page meta', () => {
    // Read from disk: hosts consume `_headers` rather than serve it, and so does `astro preview`.
    const headers = readBuilt('_headers') ?? '';
    const line = headers.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
    expect(line, '_headers sends a CSP').toBeDefined();
    const header = parse(line!.slice(line!.indexOf(':') + 1));
    expect(header['frame-ancestors']).toEqual(["'none'"]);
    for (const path of paths) {
      for (const [name, sources] of Object.entries(metaPolicyOf(path))) {
        expect(header[name], `${path}: ${name}`).toEqual(expect.arrayContaining(sources));
      }
    }
  });

  test('runs a wizard page under the header policy as a host would send it, without violations', async ({ page, watch }) => {
    const headers = readBuilt('_headers') ?? '';
    const sent = Object.fromEntries(
      headers
        .split('\n')
        .filter((l) => /^ {2}\S+: /.test(l))
        .map((l) => [l.trim().slice(0, l.trim().indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
    );
    await page.route('**/wizards/token-invalid/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...sent } });
    });
    const served = page.waitForResponse('**/wizards/token-invalid/');
    await page.goto('/wizards/token-invalid/');
    expect((await served).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const island = page.locator('[data-wizard]');
    await expect(island).toHaveAttribute('data-hydrated', 'true');
    const before = await island.getAttribute('data-step');
    await island.locator('[data-answer]').first().click();
    await expect(island).not.toHaveAttribute('data-step', before ?? '');
    expect(watch.cspViolations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
