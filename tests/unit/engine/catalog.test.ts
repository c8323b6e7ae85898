import { describe, expect, test } from 'vitest';
import { buildCatalog } from '~/wizards/engine/catalog';
import { wizards } from '~/wizards/registry';
import { sampleCopy, sampleTree } from './fixtures';

describe('buildCatalog', () => {
  const catalog = buildCatalog([{ tree: sampleTree, copy: sampleCopy }]);
  const [wizard] = catalog.wizards;

  test('describes the wizard with its routes in both locales', () => {
    expect(catalog.version).toBe(1);
    expect(wizard).toMatchObject({
      id: 'choose-auth',
      title: { 'zh-CN': '示例', en: 'Sample' },
      routes: { 'zh-CN': '/wizards/choose-auth/', en: '/en/wizards/choose-auth/' },
      initial: 'auth-method',
    });
  });

  test('lists every step with its answers, labels and targets', () => {
    expect(wizard?.steps.map((s) => s.id).sort()).toEqual(Object.keys(sampleTree.steps).sort());
    expect(wizard?.steps[0]).toMatchObject({
      id: 'auth-method',
      kind: 'question',
      title: { 'zh-CN': '用哪种鉴权方式？', en: 'Which auth method?' },
      answers: [
        { id: 'pat', target: 'pat-check', label: { 'zh-CN': '个人令牌', en: 'PAT' } },
        { id: 'oauth', target: 'oauth-kind', label: { 'zh-CN': 'OAuth', en: 'OAuth' } },
        { id: 'unsure', target: 'done-pick', label: { 'zh-CN': '不确定', en: 'Not sure' } },
      ],
    });
  });

  test('names the probe of a check step and gives guide links per locale, anchors kept', () => {
    expect(wizard?.steps.find((s) => s.id === 'pat-check')).toMatchObject({ kind: 'check', probe: 'token-verdict' });
    expect(wizard?.steps.find((s) => s.id === 'done-region')?.guides).toEqual([
      { ref: 'guides/regions', routes: { 'zh-CN': '/guides/regions/', en: '/en/guides/regions/' } },
      { ref: 'guides/error-codes#4101', routes: { 'zh-CN': '/guides/error-codes/#4101', en: '/en/guides/error-codes/#4101' } },
    ]);
  });

  test('covers every registered wizard and every one of its steps', () => {
    const full = buildCatalog(wizards.map((w) => ({ tree: w.tree, copy: w.copy })));
    expect(full.wizards.map((w) => w.id)).toEqual(wizards.map((w) => w.id));
    for (const w of wizards) {
      expect(full.wizards.find((c) => c.id === w.id)?.steps.length).toBe(Object.keys(w.tree.steps).length);
    }
  });

  test('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
  });
});
