// Time from an answer click to the next wizard step on screen, measured inside the page.

/**
 * Runs in the page. Clicks answer buttons until `clicks` answers were timed; at an outcome (no
 * answers left) it presses "Start over", untimed. One sample is performance.now() from just before
 * `click()` until `data-step` has changed and the next frame has been painted: a requestAnimationFrame
 * callback runs right before that frame's paint, and a message posted from it is handled after it.
 * Run it in a browser whose frame rate is unlocked (run.mjs does), or each sample also counts the
 * wait for the display's next 60 Hz tick.
 */
async function timeClicksInPage({ clicks, seed }) {
  const NON_ANSWER = /back|start over|restart|copy|link|share|cancel|run|check|返回|上一步|重新开始|重来|复制|链接|分享|取消|运行|检查|检测/i;
  const RESTART = /start over|restart|重新开始|重来/i;
  const island = document.querySelector('[data-wizard]');
  if (!island) return { error: 'no island' };
  let state = seed >>> 0;
  const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const label = (b) => `${b.innerText} ${b.getAttribute('aria-label') ?? ''}`;
  const usable = (b) => !b.disabled && b.offsetParent !== null;
  const buttons = () => [...island.querySelectorAll('button')].filter(usable);
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  const stepChange = (before, timeoutMs) =>
    new Promise((resolve) => {
      if (island.dataset.step !== before) return resolve(true);
      const timer = setTimeout(() => (observer.disconnect(), resolve(false)), timeoutMs);
      const observer = new MutationObserver(() => {
        if (island.dataset.step === before) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(true);
      });
      observer.observe(island, { attributes: true, attributeFilter: ['data-step'] });
    });

  const samples = [];
  let stuck = 0;
  while (samples.length < clicks && stuck < 5) {
    const all = buttons();
    const answers = all.filter((b) => !NON_ANSWER.test(label(b)));
    const before = island.dataset.step;
    if (answers.length === 0) {
      const restart = all.find((b) => RESTART.test(label(b)));
      if (!restart) return { error: `step "${before}" has neither answers nor "Start over"`, samples };
      restart.click();
      stuck += (await stepChange(before, 2000)) ? 0 : 1;
      await afterPaint();
      continue;
    }
    const answer = answers[Math.floor(random() * answers.length)];
    const start = performance.now();
    answer.click();
    if (!(await stepChange(before, 2000))) {
      stuck += 1;
      continue;
    }
    samples.push((await afterPaint()) - start);
    stuck = 0;
  }
  return { samples };
}

/** Nearest-rank quantile of an ascending list. */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const median = (sorted) => {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Measures `clicks` answer clicks on the wizard at `origin + path`.
 * Returns `{ n, median, p95, max }` in ms, or `{ na: reason }` when the page has no island.
 */
export async function measureClickToStep(browser, origin, path, { clicks = 60, seed = 7 } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    const island = page.locator('[data-wizard]');
    try {
      await island.first().waitFor({ timeout: 10_000 });
      // Hydrated when Astro has dropped the island's `ssr` marker.
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, { timeout: 10_000 });
    } catch {
      return { na: 'no island' };
    }
    const result = await page.evaluate(timeClicksInPage, { clicks, seed });
    if (result.error && !(result.samples?.length > 0)) return { na: result.error };
    const sorted = [...result.samples].sort((a, b) => a - b);
    return {
      n: sorted.length,
      median: median(sorted),
      p95: quantile(sorted, 0.95),
      max: sorted.at(-1),
      ...(result.error ? { note: result.error } : {}),
    };
  } finally {
    await context.close();
  }
}
