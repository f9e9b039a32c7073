import type { SheetSnap } from '../state/app-state.ts';

/**
 * Where a phone's bottom sheet comes to rest after a drag: the nearest of its three heights, or
 * with a flick (faster than FLICK px/ms) the next one in the flick's direction. Pure.
 */

export const SNAPS: readonly SheetSnap[] = ['peek', 'half', 'full'];
const FLICK = 0.5;

export type SnapHeights = Readonly<Record<SheetSnap, number>>;

/** `velocity` in px/ms, positive when the finger moves up (the sheet grows). */
export function snapFor(height: number, velocity: number, heights: SnapHeights): SheetSnap {
  const nearest = SNAPS.reduce((best, snap) =>
    Math.abs(heights[snap] - height) < Math.abs(heights[best] - height) ? snap : best,
  );
  if (Math.abs(velocity) < FLICK) return nearest;
  const up = velocity > 0;
  // The next one past where the sheet is now, in the direction of the flick.
  const ordered = up ? SNAPS : [...SNAPS].reverse();
  return ordered.find((snap) => (up ? heights[snap] > height : heights[snap] < height)) ?? nearest;
}

/** A finger that rested this long (ms) before lifting did not flick, however fast it moved before. */
export const REST_MS = 80;

/** The velocity a release counts with: the last move's, unless the finger rested since. */
export function releaseVelocity(lastMoveVelocity: number, msSinceLastMove: number): number {
  return msSinceLastMove > REST_MS ? 0 : lastMoveVelocity;
}

/** One step up (+1) or down (-1) from `snap`, staying within peek..full. */
export function stepSnap(snap: SheetSnap, delta: number): SheetSnap {
  const i = Math.max(0, Math.min(SNAPS.length - 1, SNAPS.indexOf(snap) + delta));
  return SNAPS[i] ?? snap;
}

/** The sheet's height for a finger at `clientY`, given where the drag started; within peek..full. */
export function dragHeight(
  startHeight: number,
  startY: number,
  clientY: number,
  heights: SnapHeights,
): number {
  return Math.max(heights.peek, Math.min(heights.full, startHeight + (startY - clientY)));
}
