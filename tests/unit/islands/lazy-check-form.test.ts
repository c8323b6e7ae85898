import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { toolLabels } from '~/islands/tools/labels';
import { preloadCheckForm } from '~/islands/wizard/LazyCheckForm';
import { labels } from '~/islands/wizard/labels';
import WizardIsland, { type WizardIslandProps } from '~/islands/WizardIsland';
import { reportLabels } from '~/report/labels';
import { VERDICT_COPY } from '~/probes/verdict-copy';
import { sampleCopy, sampleTree } from '../engine/fixtures';

const props: WizardIslandProps = {
  tree: { ...sampleTree, initial: 'pat-check' },
  copy: sampleCopy.en,
  locale: 'en',
  labels: labels.en,
  verdicts: VERDICT_COPY.en.verdicts,
  guideTitles: {},
  report: reportLabels.en,
  form: { form: toolLabels.en.form, common: toolLabels.en.common, copy: VERDICT_COPY.en },
};

// One file, in this order: the module-level cache of the loaded form is what is being tested.
describe('a check step before and after its form module has loaded', () => {
  test('offers the answers by hand at once and marks the form as loading', () => {
    const html = renderToString(h(WizardIsland, props));
    expect(html).toContain('>Wrong region</button>');
    expect(html).toMatch(/<div[^>]*data-check-form-loading[^>]*aria-busy="true"/);
    expect(html).not.toContain('name="token"');
  });

  test('renders the token form in place of the marker once loaded', async () => {
    await preloadCheckForm();
    const html = renderToString(h(WizardIsland, props));
    expect(html).toMatch(/<input[^>]*name="token"[^>]*type="password"/);
    expect(html).not.toContain('data-check-form-loading');
  });
});
