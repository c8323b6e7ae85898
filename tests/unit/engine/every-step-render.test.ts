import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { preloadCheckForm } from '~/islands/wizard/LazyCheckForm';
import WizardIsland from '~/islands/WizardIsland';
import { toolLabels } from '~/islands/tools/labels';
import { labels } from '~/islands/wizard/labels';
import { reportLabels } from '~/lib/support-report-labels';
import { VERDICT_COPY } from '~/probes/verdict-copy';
import { isOutcomeCopy, LOCALES } from '~/wizards/engine/types';
import { wizards } from '~/wizards/registry';

// The island fetches its check form when a check step shows; load it first to render in one pass.
beforeAll(preloadCheckForm);

/**
 * Every step of every real wizard, rendered by the island in both locales: what a visitor sees at
 * that step (title, answers as buttons, or the outcome's numbered fix). The browser walks then
 * only need one path of each kind, not every step in every locale.
 */

/** Text of an HTML fragment, the way a reader (or an accessible name) sees it. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Copy with its marks (`code`, **bold**) as they render: plain text. */
const plain = (copy: string) =>
  copy
    .replace(/\*\*|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();

for (const wizard of wizards) {
  const tree = wizard.tree;
  describe(`${wizard.id}: every step as the island renders it`, () => {
    for (const locale of LOCALES) {
      for (const [step, meta] of Object.entries(tree.steps)) {
        test(`${step} (${locale})`, () => {
          const html = renderToString(
            h(WizardIsland, {
              tree: { ...tree, initial: step },
              copy: wizard.copy[locale],
              locale,
              labels: labels[locale],
              verdicts: VERDICT_COPY[locale].verdicts,
              guideTitles: {},
              report: reportLabels[locale],
              form: { form: toolLabels[locale].form, common: toolLabels[locale].common, copy: VERDICT_COPY[locale] },
            }),
          );
          const copy = wizard.copy[locale].steps[step]!;
          expect(html).toMatch(new RegExp(`data-wizard="${wizard.id}"[^>]*data-step="${step}"`));
          const heading = /<h2 tabindex="-1"[^>]*>([\s\S]*?)<\/h2>/.exec(html)?.[1];
          expect(heading, 'a focusable step heading').toBeDefined();
          expect(textOf(heading!)).toContain(plain(copy.title));
          if (meta.kind === 'outcome') {
            expect(isOutcomeCopy(copy)).toBe(true);
            if (!isOutcomeCopy(copy)) return;
            const fix = [...html.matchAll(/<ol>([\s\S]*?)<\/ol>/g)].map((m) => textOf(m[1]!));
            expect(
              fix.some((list) => copy.steps.every((s) => list.includes(plain(s)))),
              'the numbered fix',
            ).toBe(true);
            expect(html).not.toContain('data-answer=');
          } else {
            expect(isOutcomeCopy(copy)).toBe(false);
            if (isOutcomeCopy(copy)) return;
            for (const answer of meta.answers) {
              const button = new RegExp(`<button[^>]*data-answer="${answer.id}"[^>]*>([\\s\\S]*?)</button>`).exec(html)?.[1];
              expect(button, `answer ${answer.id} is a button`).toBeDefined();
              expect(textOf(button!)).toBe(plain(copy.answers[answer.id]!));
            }
            if (meta.kind === 'check') expect(html).toMatch(/<input[^>]*name="token"[^>]*type="password"/);
          }
        });
      }
    }
  });
}
