import { NODE_LABEL } from '@briefgraph/graph/drawing/nodes';
import { describe, expect, it } from 'vitest';
import { pinnedFontSize, pinnedSides } from './cy-pinned-names.ts';

describe('pinnedFontSize', () => {
  it('leaves the stylesheet alone from zoom 1 on', () => {
    expect(pinnedFontSize(1)).toBeNull();
    expect(pinnedFontSize(2.5)).toBeNull();
    expect(pinnedFontSize(0)).toBeNull();
  });

  it('draws a pinned name at the usual size on screen, however far out the view is', () => {
    for (const zoom of [0.05, 0.066, 0.1, 0.136, 0.25, 0.4, 0.5, 0.77, 0.99]) {
      const onScreen = pinnedFontSize(zoom)! * zoom;
      expect(onScreen, `zoom ${zoom}`).toBeGreaterThanOrEqual(NODE_LABEL.size);
      expect(onScreen, `zoom ${zoom}`).toBeLessThanOrEqual(NODE_LABEL.size * 1.091);
    }
    expect(pinnedFontSize(0.5)).toBe(24);
  });

  it('changes in steps, so a zoom that hardly moved restyles nothing', () => {
    expect(pinnedFontSize(0.305)).toBe(pinnedFontSize(0.3));
    expect(pinnedFontSize(0.25)).not.toBe(pinnedFontSize(0.3));
  });
});

describe('pinnedSides', () => {
  const name = (id: string, x: number, y: number) => ({ id, x, y, radius: 4, lines: [`Actor ${id}`] });
  // Far out, a name is many model units wide: 96 units of font at zoom 0.125.
  const font = 96;

  it('keeps every name below its actor when none collide', () => {
    const sides = pinnedSides([name('a', 0, 0), name('b', 5_000, 0), name('c', 0, 5_000)], font);
    expect([...sides.values()]).toEqual(['below', 'below', 'below']);
  });

  it("puts the upper of two close actors' names above, the lower one's below", () => {
    // b sits just right of a and a little lower: both names below would cover each other.
    const sides = pinnedSides([name('a', 0, 0), name('b', 300, 40)], font);
    expect(Object.fromEntries(sides)).toEqual({ a: 'above', b: 'below' });
  });

  it('leaves a name below when no side is clear', () => {
    const crowd = [name('a', 0, 0), name('b', 0, 0)];
    const ring = [-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j) => name(`r${i}${j}`, 600 * i, 300 * j)));
    const sides = pinnedSides([...ring, ...crowd], font);
    expect(sides.get('b')).toBe('below');
  });
});
