/**
 * The time bar's arithmetic, pure: the briefs' publication dates on a line of days, and a range
 * of days back to the brief ids whose date falls in it (the `briefs` filter of the query model).
 */

export interface DatedBrief {
  readonly id: string;
  readonly publishedOn: string;
}

const DAY_MS = 86_400_000;
const toDay = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/** YYYY-MM-DD of a day number (days since 1970-01-01, UTC). */
export function dayDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface Timeline {
  /** Day numbers of the first and last publication date. */
  readonly first: number;
  readonly last: number;
  /** Each brief's day, oldest first (ties by id). */
  readonly marks: ReadonlyArray<{ readonly id: string; readonly day: number }>;
}

/** The line the briefs sit on; null when fewer than two briefs have a date (nothing to narrow). */
export function timeline(briefs: readonly DatedBrief[]): Timeline | null {
  const marks = briefs
    .map((b) => ({ id: b.id, day: toDay(b.publishedOn) }))
    .filter((m) => Number.isFinite(m.day))
    .sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (marks.length < 2) return null;
  return { first: marks[0]!.day, last: marks.at(-1)!.day, marks };
}

/** The ids of the briefs published from day `from` to day `to`, both included. */
export function briefsInRange(line: Timeline, from: number, to: number): string[] {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return line.marks.filter((m) => m.day >= lo && m.day <= hi).map((m) => m.id);
}

/**
 * The range that shows these briefs: from the oldest to the newest shown (the whole line when
 * every brief, null, is shown or none is).
 */
export function rangeOf(line: Timeline, shown: ReadonlySet<string> | null): { from: number; to: number } {
  const days = shown ? line.marks.filter((m) => shown.has(m.id)).map((m) => m.day) : [];
  if (!days.length) return { from: line.first, to: line.last };
  return { from: Math.min(...days), to: Math.max(...days) };
}

/** Where a day sits on the bar, 0..1. */
export function dayFraction(line: Timeline, day: number): number {
  return line.last === line.first ? 0.5 : (day - line.first) / (line.last - line.first);
}
