import { describe, expect, test } from 'vitest';
import { wrapLabel } from '~/lib/diagram-label';
import { layoutDiagram } from '~/lib/diagram-layout';
import { wizards } from '~/wizards/registry';
import { sampleTree } from './fixtures';

describe('layoutDiagram', () => {
  for (const tree of [sampleTree, ...wizards.map((w) => w.tree)]) {
    test(`places every step of ${tree.id} once, inside the drawing, without overlaps`, () => {
      const layout = layoutDiagram(tree, (id) => id);
      expect(layout.nodes.map((n) => n.id).sort()).toEqual(Object.keys(tree.steps).sort());
      for (const node of layout.nodes) {
        expect(node.x).toBeGreaterThanOrEqual(0);
        expect(node.y).toBeGreaterThanOrEqual(0);
        expect(node.x + layout.nodeWidth).toBeLessThanOrEqual(layout.width);
        expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
      }
      for (const a of layout.nodes) {
        for (const b of layout.nodes) {
          if (a !== b && a.layer === b.layer) expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
        }
      }
    });

    test(`draws one forward arrow per answer of ${tree.id}`, () => {
      const layout = layoutDiagram(tree, (id) => id);
      const layer = new Map(layout.nodes.map((n) => [n.id, n.layer]));
      const answers = Object.values(tree.steps).reduce((sum, s) => sum + s.answers.length, 0);
      expect(layout.edges).toHaveLength(answers);
      for (const edge of layout.edges) expect(layer.get(edge.to)).toBeGreaterThan(layer.get(edge.from) ?? Infinity);
    });
  }
});

describe('layoutDiagram with arrows that skip layers', () => {
  const layout = layoutDiagram(sampleTree, (id) => id);

  test('shows every label in full, growing the box instead of cutting the text', () => {
    const long = layoutDiagram(sampleTree, (id) => `${id} `.repeat(5));
    for (const node of long.nodes) {
      expect(node.lines.join(' ')).toBe(`${node.id} `.repeat(5).trim());
      expect(node.height).toBeGreaterThanOrEqual(node.lines.length * long.lineHeight);
    }
  });

  test('routes them through a waypoint in every layer they cross', () => {
    const skip = layout.edges.find((e) => e.from === 'auth-method' && e.to === 'done-pick');
    expect(skip?.waypoints.map((w) => w.layer)).toEqual([1]);
  });

  test('keeps every waypoint clear of the steps in its layer', () => {
    for (const edge of layout.edges) {
      for (const { layer, y } of edge.waypoints) {
        for (const node of layout.nodes.filter((n) => n.layer === layer)) {
          expect(y < node.y || y > node.y + node.height, `${edge.from}->${edge.to} through ${node.id}`).toBe(true);
        }
      }
    }
  });
});

describe('wrapLabel', () => {
  test('never starts a line with a comma, question mark or closing bracket', () => {
    for (const width of [60, 78, 91, 104, 117, 130]) {
      for (const line of wrapLabel('用的是哪种令牌，它在哪个区域创建？（不确定就选第一个）还是别的', width, 8)) {
        expect(line, `width ${width}`).not.toMatch(/^[，。？！：；、）」,.?!:;)]/);
      }
    }
  });

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
