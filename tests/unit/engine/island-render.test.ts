import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { preloadCheckForm } from '~/islands/wizard/LazyCheckForm';
import WizardIsland, { type WizardIslandProps } from '~/islands/WizardIsland';
import { toolLabels } from '~/islands/tools/labels';
import { labels } from '~/islands/wizard/labels';
import { reportLabels } from '~/report/labels';
import { VERDICT_COPY } from '~/probes/verdict-copy';
import type { WizardTree } from '~/wizards/engine/types';
import { sampleCopy, sampleTree } from './fixtures';

// The island fetches its check form when a check step shows; load it first to render in one pass.
beforeAll(preloadCheckForm);

/** The server render is what a visitor sees before hydration, and what the island hydrates. */
function render(tree: WizardTree, overrides: Partial<WizardIslandProps> = {}) {
  const props: WizardIslandProps = {
    tree,
    copy: sampleCopy.en,
    locale: 'en',
    labels: labels.en,
    verdicts: VERDICT_COPY.en.verdicts,
    guideTitles: { 'guides/auth-methods': 'Auth methods' },
    report: reportLabels.en,
    form: { form: toolLabels.en.form, common: toolLabels.en.common, copy: VERDICT_COPY.en },
    ...overrides,
  };
  return renderToString(h(WizardIsland, props));
}

describe('WizardIsland', () => {
  test('marks its root with the wizard and the current step', () => {
    expect(render(sampleTree)).toMatch(/<section[^>]*data-wizard="choose-auth"[^>]*data-step="auth-method"/);
  });

  test('titles the step with its number and offers the answers as buttons', () => {
    const html = render(sampleTree);
    expect(html).toMatch(/<h2 tabindex="-1"[^>]*><span[^>]*>Step 1<\/span>: Which auth method\?<\/h2>/);
    for (const label of ['PAT', 'OAuth', 'Not sure']) expect(html).toContain(`>${label}</button>`);
  });

  test('renders copy marks as elements and never as markup from the copy', () => {
    const hostile = {
      ...sampleCopy.en,
      steps: {
        ...sampleCopy.en.steps,
        'auth-method': { title: '<img src=x onerror=alert(1)>', body: 'See `Authorization` **now**', answers: { pat: '<b>PAT</b>', oauth: 'O', unsure: 'U' } },
      },
    };
    const html = render(sampleTree, { copy: hostile });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    expect(html).toContain('See <code>Authorization</code> <strong>now</strong>');
  });

  test('renders the live-check form of a check step after the answers by hand', () => {
    const html = render({ ...sampleTree, initial: 'pat-check' });
    expect(html).toMatch(/<input[^>]*name="token"[^>]*>/);
    expect(html.match(/<input[^>]*name="token"[^>]*>/)?.[0]).toContain('type="password"');
    for (const host of ['cn', 'com', 'auto', 'custom']) expect(html).toContain(`name="host" value="${host}"`);
    for (const app of ['cn', 'com', 'custom', 'unknown']) expect(html).toContain(`name="app-host" value="${app}"`);
    expect(html).toMatch(/<div class="tool-field" hidden[^>]*>(?:(?!<\/div>).)*name="base-url"/s);
    expect(html).toContain('>Run check</button>');
    expect(html).toContain('data-preview');
    expect(html.indexOf(labels.en.answerByHand)).toBeLessThan(html.indexOf('name="token"'));
    expect(html.indexOf('>Wrong region</button>')).toBeLessThan(html.indexOf('name="token"'));
  });

  test('renders an outcome with its problem, numbered fix, verification, caution and guides', () => {
    const html = render({ ...sampleTree, initial: 'done-expired' });
    expect(html).toContain('Expired: problem');
    expect(html).toMatch(/<ol><li>Do <strong>this<\/strong><\/li><li>Then <code>that<\/code><\/li><\/ol>/);
    expect(html).toContain(labels.en.uncertain);
    expect(html).toContain('href="/en/guides/personal-access-tokens/"');
  });

  test('links guides with the locale prefix only outside zh-CN', () => {
    const zh = render(sampleTree, { locale: 'zh-CN', copy: sampleCopy['zh-CN'], labels: labels['zh-CN'] });
    expect(zh).toContain('href="/guides/auth-methods/"');
    expect(zh).toContain('第 1 步');
  });

  test('has a polite live region for step announcements', () => {
    expect(render(sampleTree)).toContain('aria-live="polite"');
  });
});
