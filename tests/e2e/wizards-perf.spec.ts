import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { answerLabel, island, open, outcomePaths, pagePath, treeOf, wizards } from './wizards-helpers';

/**
 * Two numbers the lead tracks: the JavaScript a wizard page loads for its island, and how long an
 * answer click takes to show the next step. Budgets are loose; the numbers go to the report.
 */
test.describe('wizard performance', () => {
  test('the island loads a bounded amount of JavaScript on a wizard page', async ({ request }) => {
    const html = await (await request.get(pagePath(wizards[0]!.id, 'zh-CN'))).text();
    const entries = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!);
    const seen = new Map<string, Buffer>();
    const queue = [...entries];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      const body = Buffer.from(await (await request.get(url)).body());
      seen.set(url, body);
      // Static imports only: the probe chunk is a dynamic import and loads when a check runs.
      for (const m of body.toString('utf8').matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
        queue.push(new URL(m[1]!, new URL(url, 'http://x')).pathname);
      }
    }
    const raw = [...seen.values()].reduce((sum, b) => sum + b.length, 0);
    const gzip = [...seen.values()].reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
    const files = [...seen.keys()].join(', ');
    test.info().annotations.push({ type: 'island-js', description: `${raw} B raw, ${gzip} B gzip: ${files}` });
    console.log(`island JS: ${raw} B raw, ${gzip} B gzip (${seen.size} files: ${files})`);
    expect(gzip).toBeLessThan(60_000);
  });

  test('an answer click shows the next step quickly (median of 50)', async ({ page }) => {
    test.setTimeout(120_000);
    const wizard = wizards[0]!;
    const [first] = outcomePaths(treeOf(wizard)).filter((p) => p.path.length > 0);
    const label = answerLabel(wizard, 'en', first!.path[0]!);
    await open(page, pagePath(wizard.id, 'en'));
    const samples: number[] = [];
    for (let i = 0; i < 50; i++) {
      // Timed inside the page: from the click until the island's data-step has changed and the
      // next frame has been painted.
      const ms = await page.evaluate(async (text) => {
        const root = document.querySelector<HTMLElement>('[data-wizard]')!;
        const button = [...root.querySelectorAll<HTMLButtonElement>('.wizard-answers button')].find((b) => b.textContent === text)!;
        const before = root.dataset.step;
        const start = performance.now();
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (root.dataset.step !== before) {
              observer.disconnect();
              requestAnimationFrame(() => resolve());
            }
          });
          observer.observe(root, { attributes: true, attributeFilter: ['data-step'] });
          button.click();
        });
        return performance.now() - start;
      }, label);
      samples.push(ms);
      await island(page).getByRole('button', { name: 'Back', exact: true }).click();
      await expect(island(page)).toHaveAttribute('data-step', treeOf(wizard).initial);
    }
    samples.sort((a, b) => a - b);
    const median = (samples[24]! + samples[25]!) / 2;
    test.info().annotations.push({ type: 'answer-to-step-ms', description: `median ${median.toFixed(1)} ms, p90 ${samples[44]!.toFixed(1)} ms` });
    console.log(`answer click -> next step painted: median ${median.toFixed(1)} ms, p90 ${samples[44]!.toFixed(1)} ms, max ${samples[49]!.toFixed(1)} ms`);
    expect(median).toBeLessThan(100);
  });
});
