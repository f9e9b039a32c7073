/**
 * Pointing at a big graph (the `large` stylesheet): what the pointer is on, found fast, and
 * presses that leave Cytoscape's cached drawing alone.
 *
 * 1. Cytoscape's canvas renderer finds the element under the pointer by testing every element,
 *    labels and arrows included: 65 ms at 10,000 actors / 25,000 relationships (measured), for
 *    every mouse move over the canvas. Its WebGL renderer replaces the same method for the same
 *    reason. Here a coarse test (an actor's box with its name, a straight line's segment; kept
 *    in typed arrays, taken again after anything moves or restyles) picks the few candidates,
 *    and Cytoscape's own test runs on those, in its z-order: the same answer, in a millisecond.
 * 2. A press on an element makes Cytoscape activate it and grab it, two state changes that
 *    restyle it; any restyle throws away the one cached layer all elements are drawn from, and
 *    the next frames draw all 35,000 directly (1–2 s of frozen frames, measured). So on a big
 *    graph the press itself finds nothing: to Cytoscape it is a press on the background (a drag
 *    pans, a click is a `tap` on the core), and `elementAt` names what the click was on.
 *    Actors cannot be dragged there; the server's layout placed them.
 *
 * Small graphs keep Cytoscape's own behaviour throughout.
 */
import type cytoscape from 'cytoscape';

type Ele = cytoscape.SingularElementReturnValue;
/** Cytoscape's parsed style (not in its types): what the renderer itself reads. */
type Parsed = { pstyle(name: string): { value: unknown; strValue?: string; pfValue: number } };
const pstyle = (el: Ele, name: string) => (el as unknown as Parsed).pstyle(name);
type ZSorted = Ele[] & { interactive: Ele[] };

interface Renderer {
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): Ele[];
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
}

/** Cytoscape's hit thresholds in model units (a line: 8 px, 24 for a touch), and some room. */
const slack = (zoom: number, touch: boolean) => (touch ? 24 : 8) / zoom + 4;

export interface HitTest {
  /** The element a pointer at this model position is on (a node before a line), or null. */
  elementAt(position: { x: number; y: number }, touch: boolean): Ele | null;
  /** Takes the shapes while the page is idle (the first hit test after a change would). */
  prepare(): void;
  destroy(): void;
}

/**
 * Where each z-sorted element can be hit: a box (x1, y1, x2, y2) for an actor with its name, or
 * for a straight line the segment between its ends (x1, y1 → x2, y2) and its half width.
 */
interface Shapes {
  readonly eles: ZSorted;
  readonly interactive: ReadonlySet<Ele>;
  readonly segment: Uint8Array;
  readonly c: Float64Array;
  readonly half: Float64Array;
}

/** Shapes being taken: those of `eles[0 … done)` are in. */
type Taking = Shapes & { done: number };

function startShapes(eles: ZSorted): Taking {
  const n = eles.length;
  return {
    eles,
    interactive: new Set(eles.interactive),
    segment: new Uint8Array(n),
    c: new Float64Array(4 * n),
    half: new Float64Array(n),
    done: 0,
  };
}

/** Takes the shapes of the next elements, until `more()` says stop (asked every 256) or all are in. */
function takeShapes(shapes: Taking, more: () => boolean): void {
  while (shapes.done < shapes.eles.length) {
    if (shapes.done % 256 === 0 && !more()) return;
    takeShape(shapes, shapes.done);
    shapes.done++;
  }
}

function takeShape(shapes: Shapes, i: number): void {
  const el = shapes.eles[i] as Ele;
  const straight =
    el.isEdge() &&
    !el.isLoop() &&
    pstyle(el, 'curve-style').value === 'haystack' &&
    !pstyle(el, 'label').strValue;
  if (straight) {
    const edge = el as cytoscape.EdgeSingular;
    const [a, b] = [edge.source().position(), edge.target().position()];
    shapes.segment[i] = 1;
    shapes.c.set([a.x, a.y, b.x, b.y], 4 * i);
    shapes.half[i] = pstyle(el, 'width').pfValue / 2;
  } else {
    const bb = el.boundingBox();
    shapes.c.set([bb.x1, bb.y1, bb.x2, bb.y2], 4 * i);
  }
}

/** Squared distance from (x, y) to the segment (x1, y1)–(x2, y2). */
function segmentDistance2(x: number, y: number, x1: number, y1: number, x2: number, y2: number): number {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length2)) : 0;
  const [px, py] = [x1 + t * dx - x, y1 + t * dy - y];
  return px * px + py * py;
}

export function installHitTest(cy: cytoscape.Core, container: HTMLElement, large: () => boolean): HitTest {
  const r = (cy as unknown as { renderer(): Renderer }).renderer();
  const ownFind = r.findNearestElements;
  const ownSorted = r.getCachedZSortedEles;

  // Null when something moved, restyled or changed its data since they were taken.
  let shapes: Taking | null = null;
  const stale = () => {
    shapes = null;
  };
  cy.on('add remove position style data', stale);
  function shapesNow(): Shapes {
    const eles = ownSorted.call(r);
    if (shapes?.eles !== eles) shapes = startShapes(eles);
    takeShapes(shapes, () => true);
    return shapes;
  }
  // Taking them all costs about 0.1 s at 10,000 actors: in slices of the page's idle time, so
  // that neither the first pointer move nor Cytoscape's own idle work (building its layer
  // cache) waits for it.
  let slicing = false;
  function takeWhenIdle() {
    if (slicing || !('requestIdleCallback' in globalThis)) return;
    slicing = true;
    requestIdleCallback((deadline) => {
      slicing = false;
      if (cy.destroyed() || !large()) return;
      const eles = ownSorted.call(r);
      if (shapes?.eles !== eles) shapes = startShapes(eles);
      takeShapes(shapes, () => deadline.timeRemaining() > 1);
      if (shapes.done < eles.length) takeWhenIdle();
    });
  }

  /** The elements a pointer here may be on, in z-order, as Cytoscape's list is. */
  function candidates(x: number, y: number, touch: boolean): ZSorted {
    const { eles, interactive, segment, c, half } = shapesNow();
    const pad = slack(cy.zoom(), touch);
    const out = [] as unknown as ZSorted;
    for (let i = 0; i < eles.length; i++) {
      const [x1, y1, x2, y2] = [
        c[4 * i] as number,
        c[4 * i + 1] as number,
        c[4 * i + 2] as number,
        c[4 * i + 3] as number,
      ];
      const near = segment[i]
        ? segmentDistance2(x, y, x1, y1, x2, y2) <= ((half[i] as number) + pad) ** 2
        : x >= x1 - pad && x <= x2 + pad && y >= y1 - pad && y <= y2 + pad;
      if (near) out.push(eles[i] as Ele);
    }
    out.interactive = out.filter((e) => interactive.has(e));
    return out;
  }

  function nearest(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): Ele[] {
    const list = candidates(x, y, isTouch);
    // Cytoscape's own test, on the candidates only: it reads its list from this method.
    r.getCachedZSortedEles = () => list;
    try {
      return ownFind.call(r, x, y, interactiveOnly, isTouch);
    } finally {
      r.getCachedZSortedEles = ownSorted;
    }
  }

  // Set by a press, for Cytoscape's handler of that same event (it runs after this capture
  // listener, on the same container), and cleared once that event has been dispatched.
  let pressing = false;
  const press = () => {
    if (large()) pressing = true;
  };
  const pressed = () => {
    pressing = false;
  };
  const win = container.ownerDocument.defaultView ?? window;
  for (const type of ['mousedown', 'touchstart'] as const) {
    container.addEventListener(type, press, { capture: true, passive: true });
    win.addEventListener(type, pressed, { passive: true });
  }

  r.findNearestElements = (x, y, interactiveOnly, isTouch) => {
    if (!large()) return ownFind.call(r, x, y, interactiveOnly, isTouch);
    if (pressing) return [];
    return nearest(x, y, interactiveOnly, isTouch);
  };

  return {
    prepare() {
      takeWhenIdle();
    },
    elementAt({ x, y }, touch) {
      return (large() ? nearest(x, y, true, touch) : ownFind.call(r, x, y, true, touch))[0] ?? null;
    },
    destroy() {
      r.findNearestElements = ownFind;
      cy.off('add remove position style data', stale);
      for (const type of ['mousedown', 'touchstart'] as const) {
        container.removeEventListener(type, press, { capture: true });
        win.removeEventListener(type, pressed);
      }
    },
  };
}
