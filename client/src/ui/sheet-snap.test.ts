import { describe, expect, it } from 'vitest';
import { dragHeight, releaseVelocity, snapFor, stepSnap } from './sheet-snap.ts';

const heights = { peek: 100, half: 400, full: 780 };

describe('the bottom sheet comes to rest', () => {
  it('at the nearest height after a slow drag', () => {
    expect(snapFor(130, 0, heights)).toBe('peek');
    expect(snapFor(300, 0.1, heights)).toBe('half');
    expect(snapFor(700, -0.2, heights)).toBe('full');
  });

  it('at the next height in the direction of a flick', () => {
    expect(snapFor(130, 1.2, heights)).toBe('half');
    expect(snapFor(420, 1.2, heights)).toBe('full');
    expect(snapFor(380, -1.2, heights)).toBe('peek');
    expect(snapFor(780, 2, heights)).toBe('full');
  });

  it('steps one height at a time with the buttons and keys, within peek..full', () => {
    expect(stepSnap('peek', 1)).toBe('half');
    expect(stepSnap('full', 1)).toBe('full');
    expect(stepSnap('half', -1)).toBe('peek');
    expect(stepSnap('peek', -1)).toBe('peek');
  });

  it('follows the finger while dragging, never past peek or full', () => {
    expect(dragHeight(100, 700, 500, heights)).toBe(300);
    expect(dragHeight(100, 700, 0, heights)).toBe(780);
    expect(dragHeight(400, 300, 900, heights)).toBe(100);
  });
});

describe('a release after the finger rested', () => {
  it('is no flick, however fast the last move was: the sheet goes to the nearest height', () => {
    // Dragged down fast to just under half, then held still 120 ms before lifting.
    expect(snapFor(380, releaseVelocity(-0.7, 120), heights)).toBe('half');
    // Lifted while still moving: the flick counts.
    expect(snapFor(380, releaseVelocity(-0.7, 10), heights)).toBe('peek');
  });
});
