/**
 * The reader's highlighted passages as ONE Tab stop (a roving tabindex): Tab enters the passages
 * at the last one visited (or the first), arrow keys move to the previous or next, Home and End to
 * the first and last, and Tab leaves them. Forty-odd passages are then one stop, not forty.
 */

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

export interface RovingMarks {
  /** Makes this passage the Tab stop (it stays so when the focus leaves). */
  setStop(mark: HTMLElement): void;
  readonly stop: HTMLElement | null;
}

/** `marks` in reading order; only those a keyboard may stop on (role=button) take part. */
export function rovingMarks(body: HTMLElement, marks: readonly HTMLElement[]): RovingMarks {
  const stops = marks.filter((m) => m.getAttribute('role') === 'button');
  const index = new Map(stops.map((m, i) => [m, i]));
  let current: HTMLElement | null = null;
  for (const mark of stops) mark.tabIndex = -1;

  function setStop(mark: HTMLElement) {
    if (!index.has(mark) || mark === current) return;
    if (current) current.tabIndex = -1;
    current = mark;
    mark.tabIndex = 0;
  }
  if (stops[0]) setStop(stops[0]);

  const markOf = (e: Event) => {
    const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-relationship-ids]');
    return mark && index.has(mark) ? mark : null;
  };

  body.addEventListener('focusin', (e) => {
    const mark = markOf(e);
    if (mark) setStop(mark);
  });
  body.addEventListener('keydown', (e) => {
    const mark = markOf(e);
    if (!mark || e.altKey || e.ctrlKey || e.metaKey) return;
    const at = index.get(mark) ?? 0;
    let to: number | null = null;
    if (NEXT.has(e.key)) to = Math.min(stops.length - 1, at + 1);
    else if (PREVIOUS.has(e.key)) to = Math.max(0, at - 1);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = stops.length - 1;
    if (to === null) return;
    e.preventDefault();
    const target = stops[to];
    if (!target) return;
    setStop(target);
    target.focus();
  });

  return {
    setStop,
    get stop() {
      return current;
    },
  };
}
