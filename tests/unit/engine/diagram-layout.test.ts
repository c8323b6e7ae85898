import { describe, expect, test } from 'vitest';
import { layoutDiagram, wrapLabel } from '~/lib/diagram-layout';
import { treeOf, wizards } from '~/wizards/registry';
import { sampleTree } from './fixtures';

describe('layoutDiagram', () => {
  for (const tree of [sampleTree, ...wizards.map(treeOf)]) {
    test(`places every step of ${tree.id} once, inside the drawing, without overlaps`, () => {
      const layout = layoutDiagram(tree);
      expect(layout.nodes.map((n) => n.id).sort()).toEqual(Object.keys(tree.steps).sort());
      for (const node of layout.nodes) {
        expect(node.x).toBeGreaterThanOrEqual(0);
        expect(node.x + layout.nodeWidth).toBeLessThanOrEqual(layout.width);
        expect(node.y + layout.nodeHeight).toBeLessThanOrEqual(layout.height);
      }
      for (const a of layout.nodes) {
        for (const b of layout.nodes) {
          if (a !== b && a.layer === b.layer) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(layout.nodeWidth);
        }
      }
    });

    test(`draws one downward arrow per answer of ${tree.id}`, () => {
      const layout = layoutDiagram(tree);
      const layer = new Map(layout.nodes.map((n) => [n.id, n.layer]));
      const answers = Object.values(tree.steps).reduce((sum, s) => sum + s.answers.length, 0);
      expect(layout.edges).toHaveLength(answers);
      for (const edge of layout.edges) expect(layer.get(edge.to)).toBeGreaterThan(layer.get(edge.from) ?? Infinity);
    });
  }
});

describe('wrapLabel', () => {
  test('keeps English words whole across lines and cuts the last line to fit its ellipsis', () => {
    expect(wrapLabel('Which auth method do you use', 100)).toEqual(['Which auth', 'method do yo…']);
  });

  test('breaks Chinese anywhere and ends an over-long label with an ellipsis', () => {
    const lines = wrapLabel('令牌在控制台显示为已过期但调用仍然失败怎么办', 104);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  test('returns a short label as one line', () => {
    expect(wrapLabel('是', 100)).toEqual(['是']);
  });
});
