// The performance budgets from issue #5, as pure checks over the bench's measurements.

// A wizard page's island on load: Preact and the step view (issue #10 item 8). XState and the
// machine load when the visitor reaches for the wizard; from then on the page is a tool, and the
// whole of it, counted after the first answer, is held to the tool budget.
export const WIZARD_EXTRA_JS_GZIP = 20 * 1024;
// A tool page hydrates its form and preview up front; the probe itself loads on Run (issue #10).
export const TOOL_EXTRA_JS_GZIP = 30 * 1024;
export const CLICK_MEDIAN_MS = 16;

const locale = (path) => (path.startsWith('/en/') ? 'en' : 'zh-CN');

/**
 * `bytes`: { [path]: { js, css } }; `roles`: { [path]: role }; `lighthouse`: { [path]: { mobile, desktop } };
 * `click`: { [path]: { median } | { na } }. Returns one entry per budget and subject:
 * `{ budget, subject, value, limit, pass }` with `pass: null` when it cannot be measured yet.
 */
export function checkBudgets({ bytes, roles, lighthouse, click }) {
  const results = [];
  const pathsWith = (role) => Object.keys(roles).filter((p) => roles[p] === role);
  const baselineOf = (path) => pathsWith('baseline').find((p) => locale(p) === locale(path));
  // "Starlight's own" JS: whatever a plain guide (the baseline) loaded, in either locale.
  const starlightJs = new Set(pathsWith('baseline').flatMap((p) => bytes[p]?.js.files ?? []));

  for (const path of [...pathsWith('guide'), ...pathsWith('guide-extra')]) {
    const extra = (bytes[path]?.js.files ?? []).filter((f) => !starlightJs.has(f));
    results.push({
      budget: 'guide JS = Starlight only',
      subject: path,
      value: extra.length ? extra.join(' ') : 'none extra',
      limit: 'no extra script',
      pass: extra.length === 0,
    });
  }
  for (const [role, limit] of [
    ['wizard', WIZARD_EXTRA_JS_GZIP],
    ['tool', TOOL_EXTRA_JS_GZIP],
  ]) {
    for (const path of pathsWith(role)) {
      const base = bytes[baselineOf(path)];
      const extra = bytes[path] && base ? bytes[path].js.gzip - base.js.gzip : null;
      results.push({ budget: `${role} JS over baseline`, subject: path, value: extra, limit, pass: extra === null ? null : extra <= limit });
      if (role !== 'wizard' || !bytes[path]) continue;
      const used = bytes[path].afterAnswer && base ? bytes[path].afterAnswer.js.gzip - base.js.gzip : null;
      results.push({
        budget: 'wizard JS over baseline after the first answer',
        subject: path,
        value: used,
        limit: TOOL_EXTRA_JS_GZIP,
        pass: used === null ? null : used <= TOOL_EXTRA_JS_GZIP,
      });
    }
  }
  for (const path of [...pathsWith('guide'), ...pathsWith('baseline'), ...pathsWith('wizard')]) {
    for (const [form, run] of Object.entries(lighthouse[path] ?? {})) {
      const scores = run?.scores ? Object.values(run.scores) : [];
      const pass = run?.error || scores.length === 0 ? null : scores.every((s) => s === 100);
      results.push({ budget: 'Lighthouse all 100', subject: `${path} ${form}`, value: run?.scores ?? run?.error, limit: 100, pass });
    }
  }
  for (const [path, timing] of Object.entries(click)) {
    const value = timing?.median ?? null;
    results.push({
      budget: 'click → step median',
      subject: path,
      value: value ?? timing?.na,
      limit: CLICK_MEDIAN_MS,
      pass: value === null ? null : value < CLICK_MEDIAN_MS,
    });
  }
  return results;
}
