/**
 * Fixtures for the tool pages: a fake Coze API per region (cn and com), started once per worker,
 * reset after every test. Tests point the `custom` host at a fake, or route the real Coze hosts to
 * the fakes with `routeCozeHosts` so region detection can be exercised without touching the internet.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { startFakeCoze, type FakeCoze } from '../../fake-coze/server.ts';
import type { Locale } from '~/site/locale';
import { toolHref } from '~/site/routes';

export { TOKENS, OAUTH_APPS } from '../../fake-coze/tokens.ts';
export { JWT_APPS } from '../../fake-coze/keys.ts';
export { expect };

export interface Fakes {
  readonly cn: FakeCoze;
  readonly com: FakeCoze;
}

export const test = base.extend<{ resetFakes: void; noUncaughtErrors: void }, { fakes: Fakes }>({
  fakes: [
    async ({}, use) => {
      const [cn, com] = await Promise.all([startFakeCoze({ region: 'cn' }), startFakeCoze({ region: 'com' })]);
      await use({ cn, com });
      await Promise.all([cn.close(), com.close()]);
    },
    { scope: 'worker' },
  ],
  // Faults, spent refresh tokens and the request log must not leak from one test into the next.
  resetFakes: [
    async ({ fakes }, use) => {
      fakes.cn.reset();
      fakes.com.reset();
      await use();
      fakes.cn.reset();
      fakes.com.reset();
    },
    { auto: true },
  ],
  // Bad input and failing hosts must end in a message on the page, never in an uncaught error.
  noUncaughtErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Sends whatever the page asks of api.coze.cn / api.coze.com to the matching fake instead, so the
 * `cn`, `com` and `auto` hosts can be tested. Returns the list of Coze-host URLs the page asked for.
 */
export async function routeCozeHosts(page: Page, fakes: Fakes): Promise<string[]> {
  const asked: string[] = [];
  for (const region of ['cn', 'com'] as const) {
    await page.route(`https://api.coze.${region}/**`, async (route) => {
      const url = new URL(route.request().url());
      asked.push(url.href);
      const target = `${fakes[region].baseUrl}${url.pathname}${url.search}`;
      try {
        const response = await route.fetch({ url: target });
        await route.fulfill({ response });
      } catch {
        await route.abort('connectionrefused');
      }
    });
  }
  return asked;
}

/** A base URL nothing listens on: a port that was free a moment ago. */
export async function closedPortUrl(): Promise<string> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 9;
      server.close(() => resolve(`http://127.0.0.1:${port}`));
    });
  });
}

/**
 * Opens a tool page and waits until its island has hydrated (Astro drops the `ssr` attribute), so a
 * test never types into the server-rendered form before Preact owns it.
 */
export async function openTool(page: Page, tool: Parameters<typeof toolPath>[0], locale: Locale = 'zh-CN', query = ''): Promise<void> {
  await page.goto(`${toolPath(tool, locale)}${query}`);
  await page.locator('astro-island:not([ssr]) [data-tool]').waitFor();
}

/** Tool page paths per locale. */
export function toolPath(tool: 'token-check' | 'refresh-test' | 'jwt-inspector' | 'error-lookup', locale: Locale = 'zh-CN'): string {
  return toolHref(tool, locale);
}
