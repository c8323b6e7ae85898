// Renders the bench results as one plain-text table, budgets beside the figures they judge.

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const verdict = (pass) => (pass === null ? 'n/a' : pass ? paint(32, 'PASS') : paint('1;31', 'FAIL'));
const kb = (n) => (n == null ? '—' : `${(n / 1024).toFixed(1)}k`);
const ms = (n) => (n == null ? '—' : n >= 1000 ? `${(n / 1000).toFixed(2)}s` : `${Math.round(n)}ms`);
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
// eslint-disable-next-line no-control-regex
const width = (s) => [...String(s).replace(/\x1b\[[0-9;]*m/g, '')].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
const pad = (s, w) => `${s}${' '.repeat(Math.max(0, w - width(s)))}`;

function budgetText(b) {
  switch (b.budget) {
    case 'guide JS = Starlight only':
      return `JS only Starlight's ${verdict(b.pass)}${b.pass ? '' : ` (${b.value})`}`;
    case 'wizard JS over baseline':
    case 'tool JS over baseline':
      return `JS +${kb(b.value)} gz ≤ +${kb(b.limit)} ${verdict(b.pass)}`;
    case 'wizard JS over baseline after the first answer':
      return `after 1st answer +${kb(b.value)} gz ≤ +${kb(b.limit)} ${verdict(b.pass)}`;
    case 'Lighthouse all 100':
      return `LH 100 ${verdict(b.pass)}`;
    case 'click → step median':
      return `median < 16ms ${verdict(b.pass)}`;
    default:
      return `${b.budget} ${verdict(b.pass)}`;
  }
}

/**
 * `pages`: [{ path, role }]; `bytes`, `lighthouse`, `click`: keyed by path; `budgets`: from checkBudgets;
 * `extraGuides`: how many further guide pages were checked; `buildSeconds`.
 */
export function renderTable({ pages, bytes, lighthouse, click, budgets, extraGuides, buildSeconds }) {
  const header = ['page', 'role', 'JS raw', 'JS gz', 'CSS raw', 'CSS gz', 'form', 'Perf', 'A11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS', 'budgets'];
  const rows = [];
  for (const { path, role } of pages) {
    const b = bytes[path];
    for (const [i, form] of ['mobile', 'desktop'].entries()) {
      const run = lighthouse[path]?.[form];
      const s = run?.scores ?? {};
      const mine = budgets.filter((x) =>
        x.budget === 'Lighthouse all 100' ? x.subject === `${path} ${form}` : i === 0 && x.subject === path && x.budget !== 'click → step median',
      );
      rows.push([
        i === 0 ? path : '',
        i === 0 ? role : '',
        i === 0 ? kb(b?.js.raw) : '',
        i === 0 ? kb(b?.js.gzip) : '',
        i === 0 ? kb(b?.css.raw) : '',
        i === 0 ? kb(b?.css.gzip) : '',
        form,
        s.performance ?? (run?.error ? 'err' : '—'),
        s.accessibility ?? '—',
        s['best-practices'] ?? '—',
        s.seo ?? '—',
        ms(run?.lcp),
        ms(run?.tbt),
        run?.cls == null ? '—' : run.cls.toFixed(3),
        mine.map(budgetText).join('; '),
      ]);
    }
  }
  const extra = budgets.filter((b) => b.budget === 'guide JS = Starlight only' && !pages.some((p) => p.path === b.subject));
  if (extra.length > 0 || extraGuides > 0) {
    const failed = extra.filter((b) => b.pass === false);
    const text = failed.length ? `JS only Starlight's ${verdict(false)} (${failed.map((b) => b.subject).join(', ')})` : `JS only Starlight's ${verdict(true)}`;
    rows.push([`every other guide (${extra.length})`, 'guide', '', '', '', '', '', '', '', '', '', '', '', '', text]);
  }
  for (const [path, timing] of Object.entries(click)) {
    const b = budgets.find((x) => x.budget === 'click → step median' && x.subject === path);
    const value = timing.na ? `n/a — ${timing.na}` : `median ${timing.median.toFixed(1)}ms, p95 ${timing.p95.toFixed(1)}ms (n=${timing.n})`;
    rows.push([`click → step ${path}`, 'wizard', '', '', '', '', '', '', '', '', '', '', '', '', `${value}; ${budgetText(b)}`]);
  }
  rows.push(['build (whole site)', '', '', '', '', '', '', '', '', '', '', '', '', '', `${buildSeconds.toFixed(1)}s`]);

  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells) =>
    cells
      .map((c, i) => pad(c, widths[i]))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
