/**
 * Where things are in a JSON text, for messages a curator can act on: the line and column of
 * the value at a path (`relationships[7].evidence[0]`), and of a syntax error. Seed files are
 * written by hand, so "line 212, column 9" beats a JSON path alone.
 */

export interface Location {
  line: number;
  column: number;
}

/** 1-based line and column of a UTF-16 offset. */
export function locationOf(text: string, offset: number): Location {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** `relationships[7].evidence[0]` → the same path as it is written in messages. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc === '' ? String(key) : `${acc}.${String(key)}`;
  }, '');
}

/**
 * The offset where each value starts, by its formatted path ('' for the root). The text must be
 * valid JSON (JSON.parse accepted it); this only walks it.
 */
export function valueOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++; // closing quote
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: PropertyKey[]): void => {
    skipSpace();
    offsets.set(formatPath(path), i);
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      while (text[i] !== '}' && i < text.length) {
        skipSpace();
        const key = readString();
        skipSpace();
        i++; // colon
        value([...path, key]);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (c === '[') {
      i++;
      skipSpace();
      let index = 0;
      while (text[i] !== ']' && i < text.length) {
        value([...path, index++]);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i] as string)) i++;
    }
  };
  value([]);
  return offsets;
}

/**
 * The location of the value at `path`, or of the nearest enclosing value that exists (a missing
 * field is reported where its object starts).
 */
export function locatePath(
  text: string,
  offsets: Map<string, number>,
  path: readonly PropertyKey[],
): Location {
  for (let n = path.length; n >= 0; n--) {
    const offset = offsets.get(formatPath(path.slice(0, n)));
    if (offset !== undefined) return locationOf(text, offset);
  }
  return { line: 1, column: 1 };
}

/**
 * The offset of the first syntax error in `text`, or null when it is valid JSON: a strict
 * recursive-descent reading, because V8's own messages do not always say where.
 */
export function syntaxErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += (match as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    space();
    return i < text.length ? i : null;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}

/** The location of the syntax error JSON.parse refused `text` for. */
export function syntaxErrorLocation(text: string): Location | null {
  const offset = syntaxErrorOffset(text);
  return offset === null ? null : locationOf(text, offset);
}
