import { stepOrder } from '~/wizards/engine/paths';
import { wrapLabel } from '~/diagram/label';
import { orderRows, placeRows, type Slot } from '~/diagram/placement';
import type { StepKind, WizardTree } from '~/wizards/engine/types';

interface DiagramNode {
  readonly id: string;
  readonly kind: StepKind;
  readonly layer: number;
  readonly x: number;
  readonly y: number;
  /** Grows with the label: the whole title is shown, never cut, so what is read is what is linked. */
  readonly height: number;
  readonly lines: readonly string[];
}

interface DiagramEdge {
  readonly from: string;
  readonly answer: string;
  readonly to: string;
  /** SVG path data: curves from the right side of `from` through each waypoint to the left of `to`. */
  readonly d: string;
  /** Centre y of the arrow in each layer it passes through (empty for neighbouring layers). */
  readonly waypoints: readonly { readonly layer: number; readonly y: number }[];
}

export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly nodeWidth: number;
  readonly lineHeight: number;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

const NODE_W = 168;
const NODE_H = 48;
const LINE_H = 16;
const PADDING = 8;
/** Between two boxes in one layer (a column). */
const GAP_ALONG = 12;
/** Height reserved in a layer for an arrow passing through it. */
const WAYPOINT_H = 8;
/** Between two layers: room for the arrows to bend. */
const GAP_LAYERS = 64;
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
 * A simple layered layout, left to right, computed at build time. Layers are columns: boxes are
 * wider than tall, so stacking a wide layer vertically keeps the drawing far narrower than a
 * top-to-bottom layout of the same tree. An arrow that skips layers gets
 * an invisible waypoint in each layer it crosses, so it bends around the steps in between instead
 * of running through them. Rows are then ordered and spaced by `diagram-placement`.
 */
export function layoutDiagram(tree: WizardTree, labelOf: (step: string) => string): DiagramLayout {
  const order = stepOrder(tree);
  const lines = new Map(order.map((id) => [id, wrapLabel(labelOf(id), NODE_W - 2 * PADDING, 8)]));
  const heightOf = (id: string) => Math.max(NODE_H, (lines.get(id)?.length ?? 1) * LINE_H + 2 * PADDING);
  const layerOf = layers(tree, order);
  const rows: Slot[][] = [];
  const slots = new Map<string, Slot>();
  const add = (layer: number, slot: Slot) => ((rows[layer] ??= []).push(slot), slots.set(slot.key, slot));
  for (const id of order) {
    const layer = layerOf.get(id);
    if (layer !== undefined) add(layer, { key: id, width: heightOf(id), parents: [], children: [] });
  }
  const chains: { from: string; answer: string; to: string; via: string[] }[] = [];
  for (const from of order) {
    for (const { id: answer, target } of tree.steps[from]?.answers ?? []) {
      const [a, b] = [layerOf.get(from), layerOf.get(target)];
      if (a === undefined || b === undefined) continue;
      const via: string[] = [];
      for (let layer = a + 1; layer < b; layer++) {
        const key = `${from}.${answer}@${layer}`;
        const above = via.at(-1) ?? from;
        add(layer, { key, width: WAYPOINT_H, parents: [above], children: [] });
        slots.get(above)?.children.push(key);
        via.push(key);
      }
      const above = via.at(-1) ?? from;
      slots.get(target)?.parents.push(above);
      slots.get(above)?.children.push(target);
      chains.push({ from, answer, to: target, via });
    }
  }

  orderRows(rows);
  // Waypoints of neighbouring arrows may run close together; steps keep their full gap.
  const along = placeRows(rows, (a, b) => (a.width === WAYPOINT_H && b.width === WAYPOINT_H ? 3 : GAP_ALONG));
  const low = Math.min(...[...slots.values()].map((s) => (along.get(s.key) ?? 0) - s.width / 2));
  const high = Math.max(...[...slots.values()].map((s) => (along.get(s.key) ?? 0) + s.width / 2));
  const cy = (key: string) => (along.get(key) ?? 0) - low + MARGIN;
  const left = (layer: number) => MARGIN + layer * (NODE_W + GAP_LAYERS);

  const nodes: DiagramNode[] = order.flatMap((id) => {
    const layer = layerOf.get(id);
    if (layer === undefined) return [];
    const height = heightOf(id);
    return [{ id, kind: tree.steps[id]?.kind ?? 'question', layer, x: left(layer), y: cy(id) - height / 2, height, lines: lines.get(id) ?? [] }];
  });
  const edges: DiagramEdge[] = chains.map(({ from, answer, to, via }) => {
    const a = layerOf.get(from) ?? 0;
    let x = left(a) + NODE_W;
    let y = cy(from);
    let d = `M${r(x)} ${r(y)}`;
    const curveTo = (x2: number, y2: number) => {
      const bend = (x2 - x) / 2;
      d += ` C${r(x + bend)} ${r(y)} ${r(x2 - bend)} ${r(y2)} ${r(x2)} ${r(y2)}`;
      [x, y] = [x2, y2];
    };
    via.forEach((key, i) => {
      curveTo(left(a + 1 + i), cy(key));
      x = left(a + 1 + i) + NODE_W;
      d += ` L${r(x)} ${r(y)}`;
    });
    curveTo(left(layerOf.get(to) ?? 0), cy(to));
    return { from, answer, to, d, waypoints: via.map((key, i) => ({ layer: a + 1 + i, y: cy(key) })) };
  });
  const width = rows.length * NODE_W + Math.max(0, rows.length - 1) * GAP_LAYERS + 2 * MARGIN;
  return { width, height: high - low + 2 * MARGIN, nodeWidth: NODE_W, lineHeight: LINE_H, nodes, edges };
}

const r = (value: number) => Math.round(value * 10) / 10;
