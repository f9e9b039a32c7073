/**
 * Axis-aligned boxes and a uniform grid of them, for the label passes: "does this label's box
 * touch anything already drawn?" in about constant time, so a few thousand actors stay cheap.
 */

interface XY {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export function boxAround(cx: number, cy: number, halfWidth: number, halfHeight: number): Box {
  return { x1: cx - halfWidth, y1: cy - halfHeight, x2: cx + halfWidth, y2: cy + halfHeight };
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x1 < b.x2 + margin && b.x1 < a.x2 + margin && a.y1 < b.y2 + margin && b.y1 < a.y2 + margin;
}

export function union(boxes: Iterable<Box>): Box | null {
  let out: { x1: number; y1: number; x2: number; y2: number } | null = null;
  for (const b of boxes) {
    if (!out) out = { ...b };
    else {
      out.x1 = Math.min(out.x1, b.x1);
      out.y1 = Math.min(out.y1, b.y1);
      out.x2 = Math.max(out.x2, b.x2);
      out.y2 = Math.max(out.y2, b.y2);
    }
  }
  return out;
}

/** Liang–Barsky: does the segment a–b enter the box? */
export function segmentCrossesBox(a: XY, b: XY, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: Array<[number, number]> = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of edges) {
    if (Math.abs(p) < 1e-12) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Distance from p to the segment a–b. */
export function segmentDistance(p: XY, a: XY, b: XY): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 < 1e-12 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** A round obstacle (a round actor): a box test alone would keep labels too far from it. */
export interface Circle {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

export function boxTouchesCircle(box: Box, circle: Circle, margin = 0): boolean {
  const nx = Math.max(box.x1, Math.min(circle.cx, box.x2));
  const ny = Math.max(box.y1, Math.min(circle.cy, box.y2));
  return Math.hypot(nx - circle.cx, ny - circle.cy) < circle.r + margin;
}

/** What a box stands for, so a query can tell "my own actor" from "another actor's name". */
export interface Entry<T> {
  readonly box: Box;
  readonly owner: T;
  /** When set, the obstacle is this circle, and `box` only its bounds. */
  readonly circle?: Circle;
}

export class BoxGrid<T> {
  // Numeric cell keys: string keys for thousands of boxes made the collector the slowest part.
  private readonly cells = new Map<number, Entry<T>[]>();

  constructor(private readonly cell = 64) {}

  private forCells(box: Box, visit: (key: number) => void): void {
    const c = this.cell;
    const i2 = Math.floor(box.x2 / c);
    const j2 = Math.floor(box.y2 / c);
    for (let i = Math.floor(box.x1 / c); i <= i2; i++)
      for (let j = Math.floor(box.y1 / c); j <= j2; j++) visit((i + 0x8000) * 0x10000 + (j + 0x8000));
  }

  add(box: Box, owner: T, circle?: Circle): void {
    const entry: Entry<T> = circle ? { box, owner, circle } : { box, owner };
    this.forCells(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(entry);
      else this.cells.set(key, [entry]);
    });
  }

  /** The entries whose boxes overlap `box` (each once). */
  hits(box: Box, margin = 0): Entry<T>[] {
    const found: Entry<T>[] = [];
    const grown = { x1: box.x1 - margin, y1: box.y1 - margin, x2: box.x2 + margin, y2: box.y2 + margin };
    this.forCells(grown, (key) => {
      for (const entry of this.cells.get(key) ?? []) {
        if (found.includes(entry) || !overlaps(entry.box, box, margin)) continue;
        if (!entry.circle || boxTouchesCircle(box, entry.circle, margin)) found.push(entry);
      }
    });
    return found;
  }
}
