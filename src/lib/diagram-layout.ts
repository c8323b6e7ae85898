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
  /** SVG path data: curves from the bottom of `from` through each waypoint to the top of `to`. */
  readonly d: string;
  /** Centre x of the arrow in each layer it passes through (empty for neighbouring layers). */
  readonly waypoints: readonly { readonly layer: number; readonly x: number }[];
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
/** Width reserved in a row for an arrow passing through it. */
const WAYPOINT_W = 12;
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

interface Slot {
  readonly key: string;
  readonly width: number;
  /** Slots in the row above that connect to this one. */
  readonly parents: string[];
}

/**
 * A simple layered layout, top to bottom, computed at build time. An arrow that skips layers gets
 * an invisible waypoint in each layer it crosses, so it bends around the steps in between instead
 * of running through them. Row by row, every step and waypoint sits near the average position of
 * what leads to it (the barycenter heuristic), which keeps most arrows short and uncrossed.
 */
export function layoutDiagram(tree: WizardTree): DiagramLayout {
  const order = stepOrder(tree);
  const layerOf = layers(tree, order);
  const rows: Slot[][] = [];
  const slots = new Map<string, Slot>();
  const add = (layer: number, slot: Slot) => ((rows[layer] ??= []).push(slot), slots.set(slot.key, slot));
  for (const id of order) {
    const layer = layerOf.get(id);
    if (layer !== undefined) add(layer, { key: id, width: NODE_W, parents: [] });
  }
  const chains: { from: string; answer: string; to: string; via: string[] }[] = [];
  for (const from of order) {
    for (const { id: answer, target } of tree.steps[from]?.answers ?? []) {
      const [a, b] = [layerOf.get(from), layerOf.get(target)];
      if (a === undefined || b === undefined) continue;
      const via: string[] = [];
      for (let layer = a + 1; layer < b; layer++) {
        const key = `${from}.${answer}@${layer}`;
        add(layer, { key, width: WAYPOINT_W, parents: [via.at(-1) ?? from] });
        via.push(key);
      }
      slots.get(target)?.parents.push(via.at(-1) ?? from);
      chains.push({ from, answer, to: target, via });
    }
  }

  const center = new Map<string, number>();
  for (const row of rows) {
    const wanted = new Map(row.map((s) => [s.key, average(s.parents.map((p) => center.get(p) ?? 0))]));
    row.sort((a, b) => (wanted.get(a.key) ?? 0) - (wanted.get(b.key) ?? 0));
    let right = -Infinity;
    for (const slot of row) {
      const x = Math.max(wanted.get(slot.key) ?? 0, right + GAP_X + slot.width / 2);
      center.set(slot.key, x);
      right = x + slot.width / 2;
    }
    // Packing only pushes right; shift the row back so it stays centred on what it wanted.
    const shift = average(row.map((s) => center.get(s.key) ?? 0)) - average(row.map((s) => wanted.get(s.key) ?? 0));
    for (const slot of row) center.set(slot.key, (center.get(slot.key) ?? 0) - shift);
  }
  const left = Math.min(...[...slots.values()].map((s) => (center.get(s.key) ?? 0) - s.width / 2));
  const right = Math.max(...[...slots.values()].map((s) => (center.get(s.key) ?? 0) + s.width / 2));
  const cx = (key: string) => (center.get(key) ?? 0) - left + MARGIN;
  const top = (layer: number) => MARGIN + layer * (NODE_H + GAP_Y);

  const nodes: DiagramNode[] = order.flatMap((id) => {
    const layer = layerOf.get(id);
    if (layer === undefined) return [];
    return [{ id, kind: tree.steps[id]?.kind ?? 'question', layer, x: cx(id) - NODE_W / 2, y: top(layer) }];
  });
  const edges: DiagramEdge[] = chains.map(({ from, answer, to, via }) => {
    const a = layerOf.get(from) ?? 0;
    let x = cx(from);
    let y = top(a) + NODE_H;
    let d = `M${r(x)} ${r(y)}`;
    const curveTo = (x2: number, y2: number) => {
      const bend = (y2 - y) / 2;
      d += ` C${r(x)} ${r(y + bend)} ${r(x2)} ${r(y2 - bend)} ${r(x2)} ${r(y2)}`;
      [x, y] = [x2, y2];
    };
    via.forEach((key, i) => {
      curveTo(cx(key), top(a + 1 + i));
      y = top(a + 1 + i) + NODE_H;
      d += ` L${r(x)} ${r(y)}`;
    });
    curveTo(cx(to), top(layerOf.get(to) ?? 0));
    return { from, answer, to, d, waypoints: via.map((key, i) => ({ layer: a + 1 + i, x: cx(key) })) };
  });
  return { width: right - left + 2 * MARGIN, height: rows.length * NODE_H + Math.max(0, rows.length - 1) * GAP_Y + 2 * MARGIN, nodeWidth: NODE_W, nodeHeight: NODE_H, nodes, edges };
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
