/**
 * The three arrangements of the explorer (styles/screens.css draws them): three columns from
 * 1280 px, the graph and one side sheet from 768 px, the graph and a bottom sheet below.
 * The widths here and the media queries there are the same numbers.
 */

export type ScreenMode = 'phone' | 'tablet' | 'wide';

export const PHONE_MAX_WIDTH = 767;
export const TABLET_MAX_WIDTH = 1279;

export function screenModeFor(width: number): ScreenMode {
  if (width <= PHONE_MAX_WIDTH) return 'phone';
  if (width <= TABLET_MAX_WIDTH) return 'tablet';
  return 'wide';
}

/** Calls `onChange` now and whenever the arrangement changes; returns the unsubscribe. */
export function watchScreenMode(onChange: (mode: ScreenMode) => void): () => void {
  const queries = [`(max-width: ${PHONE_MAX_WIDTH}px)`, `(max-width: ${TABLET_MAX_WIDTH}px)`].map((q) =>
    window.matchMedia(q),
  );
  let last: ScreenMode | null = null;
  const check = () => {
    const mode = screenModeFor(window.innerWidth);
    if (mode === last) return;
    last = mode;
    onChange(mode);
  };
  for (const q of queries) q.addEventListener('change', check);
  check();
  return () => {
    for (const q of queries) q.removeEventListener('change', check);
  };
}
