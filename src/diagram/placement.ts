/**
 * A box in one layer of the diagram: a step, or a waypoint of an arrow crossing that layer. The
 * placement works along the layer only, so it serves any orientation.
 */
export interface Slot {
  readonly key: string;
  /** Extent along the layer (a box's height when layers are columns). */
  readonly width: number;
  /** Slots in the row above that connect to this one. */
  readonly parents: string[];
  /** Slots in the row below that this one connects to. */
  readonly children: string[];
}

const SWEEPS = 8;
const average = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Orders every row to reduce crossings: alternating down and up sweeps, each sorting a row by the
 * mean position of its neighbours in the row just placed (the barycenter heuristic). Sorts in place.
 */
export function orderRows(rows: Slot[][]): void {
  const index = new Map<string, number>();
  const reindex = (row: readonly Slot[]) => row.forEach((slot, i) => index.set(slot.key, i));
  rows.forEach(reindex);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    for (const row of down ? rows.slice(1) : rows.slice(0, -1).reverse()) {
      const key = new Map(
        row.map((slot, i) => {
          const near = down ? slot.parents : slot.children;
          return [slot.key, near.length > 0 ? average(near.map((k) => index.get(k) ?? 0)) : i];
        }),
      );
      row.sort((a, b) => (key.get(a.key) ?? 0) - (key.get(b.key) ?? 0));
      reindex(row);
    }
  }
}

/**
 * Centre of every slot along its layer, keeping each row's order and minimum spacing: rows are packed, then
 * nudged several times towards the mean position of their neighbours above and below, so arrows
 * run as straight as the spacing allows. Coordinates are relative; the caller translates them.
 */
export function placeRows(rows: readonly Slot[][], gap: (left: Slot, right: Slot) => number): Map<string, number> {
  const x = new Map<string, number>();
  const pack = (row: readonly Slot[], wanted: (slot: Slot) => number) => {
    let previous: Slot | undefined;
    const placed = row.map((slot) => {
      const min = previous ? (x.get(previous.key) ?? 0) + previous.width / 2 + gap(previous, slot) + slot.width / 2 : -Infinity;
      const at = Math.max(wanted(slot), min);
      x.set(slot.key, at);
      previous = slot;
      return at - wanted(slot);
    });
    // Packing only pushes right; shift back so the row sits, on average, where it wanted to be.
    const shift = placed.length > 0 ? average(placed) : 0;
    for (const slot of row) x.set(slot.key, (x.get(slot.key) ?? 0) - shift);
  };
  for (const row of rows) pack(row, () => 0);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    for (const row of down ? rows.slice(1) : rows.slice(0, -1).reverse()) {
      const current = new Map(row.map((slot) => [slot.key, x.get(slot.key) ?? 0]));
      pack(row, (slot) => {
        const near = down ? slot.parents : slot.children;
        return near.length > 0 ? average(near.map((k) => x.get(k) ?? 0)) : (current.get(slot.key) ?? 0);
      });
    }
  }
  return x;
}
