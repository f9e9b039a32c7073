/**
 * The annotation's front matter (line ranges of the text file that are the source page's
 * furniture: a view counter, an e-mail address, the masthead) checked against the text and
 * turned into character ranges of it, which the API serves and the reader shows apart. Pure.
 */
import type { TextRange } from '../domain/brief.ts';
import type { Evidence } from '../domain/schemas.ts';

export interface FrontMatterLines {
  readonly fromLine: number;
  readonly toLine: number;
}

/** Where each line starts and ends (end excludes its LF), lines split at LF as the file is stored. */
export function lineRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (;;) {
    const lf = text.indexOf('\n', start);
    if (lf < 0) {
      ranges.push({ start, end: text.length });
      return ranges;
    }
    ranges.push({ start, end: lf });
    start = lf + 1;
  }
}

/**
 * The character ranges of the front matter, from the start of `fromLine` to the end of `toLine`;
 * `problem` hears each range that is out of the text, out of order, overlapping another, or that
 * holds evidence (a quote hidden in a collapsed block could not be read where it is cited).
 */
export function frontMatterRanges(
  entries: readonly FrontMatterLines[],
  text: string,
  evidence: readonly Evidence[],
  problem: (index: number, message: string) => void,
): TextRange[] {
  const lines = lineRanges(text);
  const ranges: TextRange[] = [];
  let lastLine = 0;
  entries.forEach((entry, i) => {
    const first = lines[entry.fromLine - 1];
    const last = lines[entry.toLine - 1];
    if (entry.toLine < entry.fromLine) {
      problem(i, `toLine ${entry.toLine} is before fromLine ${entry.fromLine}`);
      return;
    }
    if (!first || !last) {
      problem(
        i,
        `lines ${entry.fromLine}-${entry.toLine} are outside the text, which has ${lines.length} lines`,
      );
      return;
    }
    if (entry.fromLine <= lastLine) {
      problem(i, `lines ${entry.fromLine}-${entry.toLine} overlap or come before the previous front matter`);
      return;
    }
    lastLine = entry.toLine;
    const range = { start: first.start, end: last.end };
    const quoted = evidence.find((ev) => ev.start < range.end && ev.end > range.start);
    if (quoted) {
      problem(i, `lines ${entry.fromLine}-${entry.toLine} hold evidence ("${quoted.quote.slice(0, 40)}")`);
      return;
    }
    ranges.push(range);
  });
  return ranges;
}
