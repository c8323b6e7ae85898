import { stepOrder } from '../wizards/engine/paths';
import type { StepKind, WizardTree } from '../wizards/engine/types';

export interface DiagramNode {
  readonly id: string;
  readonly kind: StepKind;
  readonly layer: number;
  readonly x: number;
  readonly y: number;
}

export interface DiagramEdge {
  readonly from: string;
  readonly answer: string;
  readonly to: string;
  /** SVG path data, a cubic curve from the bottom of `from` to the top of `to`. */
  readonly d: string;
}

export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly nodeWidth: number;
  readonly nodeHeight: number;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

const NODE_W = 168;
const NODE_H = 48;
const GAP_X = 20;
const GAP_Y = 56;
const MARGIN = 8;

/**
 * Layer of each step = its longest distance from the first step, so every arrow points down
 * (trees are acyclic; `validateStructure` guarantees it). Longest rather than shortest distance
 * keeps a step below every step that can lead to it.
 */
function layers(tree: WizardTree, order: readonly string[]): Map<string, number> {
  const layer = new Map<string, number>([[tree.initial, 0]]);
  // Relaxing in reading order until nothing changes is enough for the few dozen steps a wizard has.
  for (let pass = 0, changed = true; changed && pass <= order.length; pass++) {
    changed = false;
    for (const id of order) {
      const from = layer.get(id);
      if (from === undefined) continue;
      for (const { target } of tree.steps[id]?.answers ?? []) {
        if ((layer.get(target) ?? -1) < from + 1) {
          layer.set(target, from + 1);
          changed = true;
        }
      }
    }
  }
  return layer;
}

/**
 * A simple layered layout, top to bottom, computed at build time. Within a layer, steps are sorted
 * by the average position of the steps that lead to them (the barycenter heuristic), which keeps
 * most arrows short and uncrossed without a layout library.
 */
export function layoutDiagram(tree: WizardTree): DiagramLayout {
  const order = stepOrder(tree);
  const layerOf = layers(tree, order);
  const rows: string[][] = [];
  for (const id of order) {
    const layer = layerOf.get(id);
    if (layer !== undefined) (rows[layer] ??= []).push(id);
  }
  const position = new Map<string, number>();
  rows.forEach((row, r) => {
    if (r > 0) {
      const parentsAt = (id: string) =>
        order.flatMap((p) => ((tree.steps[p]?.answers ?? []).some((a) => a.target === id) ? [position.get(p) ?? 0] : []));
      const weight = new Map(row.map((id) => [id, average(parentsAt(id))]));
      row.sort((a, b) => (weight.get(a) ?? 0) - (weight.get(b) ?? 0));
    }
    row.forEach((id, i) => position.set(id, i - (row.length - 1) / 2));
  });

  const widest = Math.max(1, ...rows.map((row) => row.length));
  const width = widest * NODE_W + (widest - 1) * GAP_X + 2 * MARGIN;
  const height = rows.length * NODE_H + Math.max(0, rows.length - 1) * GAP_Y + 2 * MARGIN;
  const nodes: DiagramNode[] = rows.flatMap((row, layer) =>
    row.map((id) => ({
      id,
      kind: tree.steps[id]?.kind ?? 'question',
      layer,
      x: width / 2 + (position.get(id) ?? 0) * (NODE_W + GAP_X) - NODE_W / 2,
      y: MARGIN + layer * (NODE_H + GAP_Y),
    })),
  );
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: DiagramEdge[] = nodes.flatMap((from) =>
    (tree.steps[from.id]?.answers ?? []).flatMap(({ id: answer, target }) => {
      const to = at.get(target);
      if (!to) return [];
      const x1 = from.x + NODE_W / 2;
      const y1 = from.y + NODE_H;
      const x2 = to.x + NODE_W / 2;
      const y2 = to.y;
      const bend = Math.min(GAP_Y, (y2 - y1) / 2);
      return [{ from: from.id, answer, to: target, d: `M${r(x1)} ${r(y1)} C${r(x1)} ${r(y1 + bend)} ${r(x2)} ${r(y2 - bend)} ${r(x2)} ${r(y2)}` }];
    }),
  );
  return { width, height, nodeWidth: NODE_W, nodeHeight: NODE_H, nodes, edges };
}

const average = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
const r = (value: number) => Math.round(value * 10) / 10;

/**
 * Splits a label into at most `lines` lines of about `width` px: Latin words stay whole, CJK
 * characters may break anywhere and count as wide. SVG text does not wrap by itself; the full
 * title is in the node's `<title>` anyway, so an over-long label just ends in an ellipsis.
 */
export function wrapLabel(text: string, width: number, lines = 2, fontSize = 13): string[] {
  const wide = (c: string) => /[\u2e80-\uffff]/.test(c);
  const measure = (s: string) => [...s].reduce((sum, c) => sum + (wide(c) ? fontSize : fontSize * 0.58), 0);
  const pieces = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  const out: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line !== '' && measure(line + piece.trimEnd()) > width) {
      out.push(line.trimEnd());
      line = '';
      if (out.length === lines) {
        let last = [...(out[lines - 1] ?? '')];
        while (last.length > 1 && measure(`${last.join('')}…`) > width) last = last.slice(0, -1);
        out[lines - 1] = `${last.join('').trimEnd()}…`;
        return out;
      }
    }
    line += line === '' ? piece.trimStart() : piece;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}
