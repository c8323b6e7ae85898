// Lighthouse scores and Core Web Vitals per page, mobile (default config) and desktop, all in one
// Chromium. Throttling is simulated, so nothing but loopback is needed.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FORM_FACTORS = { mobile: undefined, desktop: desktopConfig };

/** Opens one headless Chromium for all Lighthouse runs. */
export async function launchForLighthouse(chromePath) {
  return chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-gpu'],
    logLevel: 'silent',
  });
}

/** One Lighthouse run: scores 0–100 per category, LCP/TBT in ms, CLS unitless, plus failing audits. */
export async function runLighthouse(chrome, url, formFactor) {
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
  const result = await lighthouse(url, flags, FORM_FACTORS[formFactor]);
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)]));
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  // The audits that cost points, so a score below 100 says why without opening a report.
  const failing = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${id}:${ref.id}`),
  );
  // Layout shift is the flakiest figure on a busy machine: keep the culprits to tell noise from a bug.
  const shifts = (lhr.audits['layout-shifts']?.details?.items ?? [])
    .filter((item) => item.score > 0.01)
    .map((item) => `${item.node?.selector ?? '?'} (${item.score.toFixed(3)})`);
  return {
    scores,
    ...(shifts.length ? { shifts } : {}),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    failing,
  };
}
