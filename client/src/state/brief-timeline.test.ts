import { describe, expect, it } from 'vitest';
import { briefsInRange, dayDate, dayFraction, rangeOf, timeline } from './brief-timeline.ts';

const briefs = [
  { id: 'sejong-2023', publishedOn: '2023-04-10' },
  { id: 'later-2024', publishedOn: '2024-01-15' },
  { id: 'same-day', publishedOn: '2024-01-15' },
  { id: 'first-2022', publishedOn: '2022-11-01' },
];

describe('the time bar', () => {
  it('puts the briefs on a line of days, oldest first', () => {
    const line = timeline(briefs)!;
    expect(line.marks.map((m) => m.id)).toEqual(['first-2022', 'sejong-2023', 'later-2024', 'same-day']);
    expect(dayDate(line.first)).toBe('2022-11-01');
    expect(dayDate(line.last)).toBe('2024-01-15');
    expect(dayFraction(line, line.first)).toBe(0);
    expect(dayFraction(line, line.last)).toBe(1);
  });

  it('has nothing to narrow with one brief', () => {
    expect(timeline(briefs.slice(0, 1))).toBeNull();
  });

  it('turns a range of days into the briefs published in it, both ends included', () => {
    const line = timeline(briefs)!;
    const day = (d: string) => line.marks.find((m) => dayDate(m.day) === d)!.day;
    expect(briefsInRange(line, day('2023-04-10'), line.last)).toEqual([
      'sejong-2023',
      'later-2024',
      'same-day',
    ]);
    expect(briefsInRange(line, line.first, day('2023-04-10') - 1)).toEqual(['first-2022']);
    // Dragged past each other, the handles still mean the days between them.
    expect(briefsInRange(line, line.last, day('2023-04-10'))).toEqual([
      'sejong-2023',
      'later-2024',
      'same-day',
    ]);
    expect(briefsInRange(line, day('2023-04-10') + 1, day('2024-01-15') - 1)).toEqual([]);
  });

  it('spans the briefs shown, or the whole line when every brief is', () => {
    const line = timeline(briefs)!;
    expect(rangeOf(line, null)).toEqual({ from: line.first, to: line.last });
    const shown = rangeOf(line, new Set(['sejong-2023']));
    expect(dayDate(shown.from)).toBe('2023-04-10');
    expect(dayDate(shown.to)).toBe('2023-04-10');
    // The range and the filter agree both ways.
    expect(briefsInRange(line, shown.from, shown.to)).toEqual(['sejong-2023']);
  });
});
