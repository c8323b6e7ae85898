import type { Page, TestInfo } from '@playwright/test';
import axe from 'axe-core';

/** WCAG 2.2 AA, as the design asks, plus the 2.0/2.1 rules it builds on. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Accepted {
  readonly rule: string;
  /** CSS selector: the failing element must be inside (or be) an element matching it. */
  readonly within: string;
  readonly why: string;
  /** A real defect, reported to its owner and let through until fixed: listed on every test that meets it. */
  readonly pending?: string;
}

/**
 * Findings let through on purpose, each limited to one rule inside the elements named, so anything
 * new still fails. Every entry says why; `pending` ones are bugs to fix, then delete the entry.
 */
const ACCEPTED: readonly Accepted[] = [
  {
    rule: 'label-content-name-mismatch',
    within: 'button[data-open-modal]',
    why:
      'Starlight\'s search button is named "Search" and also shows a "Ctrl K" hint that aria-keyshortcuts ' +
      'exposes; the name still contains the whole visible word, so speech input "click Search" works. ' +
      "Removing it needs an override of Starlight's Search component.",
  },
];

interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly target: string;
  readonly help: string;
  /** Index into ACCEPTED, or -1. */
  readonly accepted: number;
}

/**
 * Runs axe (WCAG tags) in the page, limited to `include` when given, and returns one line per
 * failing node that is not accepted above; accepted pending ones are noted on `testInfo`. axe is
 * injected through the DevTools protocol, which the page's CSP does not govern, once per document.
 */
export async function axeViolations(page: Page, testInfo: TestInfo, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const findings: Finding[] = await page.evaluate(
    async ({ include, tags, accepted }) => {
      const engine = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const { violations } = await engine.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.flatMap((v) =>
        v.nodes.map((n) => {
          const selector = n.target.at(-1);
          const element = typeof selector === 'string' ? document.querySelector(selector) : null;
          return {
            rule: v.id,
            impact: String(v.impact),
            target: n.target.join(' '),
            help: v.help,
            accepted: accepted.findIndex((a) => a.rule === v.id && element?.closest(a.within) != null),
          };
        }),
      );
    },
    { include, tags: WCAG_TAGS, accepted: ACCEPTED.map(({ rule, within }) => ({ rule, within })) },
  );
  for (const f of findings) {
    const pending = ACCEPTED[f.accepted]?.pending;
    if (pending) testInfo.annotations.push({ type: 'known a11y defect', description: `${f.rule} ${f.target} — fix in ${pending}` });
  }
  return findings.filter((f) => f.accepted < 0).map((f) => `${f.rule} (${f.impact}) ${f.target} — ${f.help}`);
}
