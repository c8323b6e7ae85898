import { test as base, expect } from '@playwright/test';
import { startFakeCoze, type FakeCoze } from './fake-coze';
import { watchPage, type PageWatch } from './watch';

const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/**
 * The specs' `test`: every page is recorded from its first request (`watch`), nothing ever leaves
 * loopback (a request to any other host, such as the real Coze API, is aborted but still recorded),
 * and each worker has its own fake Coze server.
 */
export const test = base.extend<{ watch: PageWatch }, { fakeCoze: FakeCoze }>({
  context: async ({ context }, use) => {
    await context.route(
      (url) => /^(https?|wss?):$/.test(url.protocol) && !isLoopback(url),
      (route) => route.abort('blockedbyclient'),
    );
    await use(context);
    // In-flight aborts must not race the context's own teardown.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  },
  watch: async ({ page }, use) => {
    await use(await watchPage(page));
  },
  fakeCoze: [
    async ({}, use) => {
      const server = await startFakeCoze();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };
