import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SeedValidationError } from '../domain/errors.ts';
import { locationOf, syntaxErrorOffset, valueOffsets } from './json-locations.ts';
import { readSeedFile } from './seed-files.ts';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const BRIEF = 'sejong-focus-2023-04-no25';

let folder: string;
let annotation: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'briefgraph-seed-'));
  annotation = await readFile(new URL(`${BRIEF}.annotations.json`, SEEDS), 'utf8');
  await writeFile(join(folder, `${BRIEF}.txt`), await readFile(new URL(`${BRIEF}.txt`, SEEDS)));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function problemsOf(text: string): Promise<readonly string[]> {
  const path = join(folder, `${BRIEF}.annotations.json`);
  await writeFile(path, text);
  try {
    await readSeedFile(path);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  return [];
}

/** Line and column of the first occurrence of `needle`, counted independently of the code under test. */
function lineColumnOf(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

describe('seed file messages say where', () => {
  it('a quote that is not in the brief: line and column of the evidence, and the relationship id', async () => {
    const broken = annotation.replace('"quote": "', '"quote": "NOT IN THE BRIEF ');
    const at = lineColumnOf(broken, '{\n          "quote": "NOT IN THE BRIEF');
    const firstId = (JSON.parse(broken) as { relationships: { id: string }[] }).relationships[0]?.id;
    expect(await problemsOf(broken)).toEqual([
      `${BRIEF}.annotations.json:${at}: relationships[0] (${firstId}).evidence[0]: quote not found in brief text`,
    ]);
  });

  it('a JSON syntax error: its line and column', async () => {
    const broken = annotation.replace('"relationships": [', '"relationships": [,');
    const [problem] = await problemsOf(broken);
    const at = lineColumnOf(broken, '[,');
    const [line, column] = at.split(':').map(Number) as [number, number];
    expect(problem).toMatch(
      new RegExp(`^${BRIEF}\\.annotations\\.json:${line}:${column + 1}: not valid JSON \\(`),
    );
  });

  it('a field of the wrong type: where the value is', async () => {
    const broken = annotation.replace('"modality": "fact"', '"modality": "rumour"');
    const [problem] = await problemsOf(broken);
    expect(
      problem?.startsWith(`${BRIEF}.annotations.json:${lineColumnOf(broken, '"rumour"')}: relationships[`),
    ).toBe(true);
  });
});

describe('valueOffsets', () => {
  it('finds every value of a small document', () => {
    const text = '{\n  "a": [1, {"b": "x\\"y"}],\n  "c": null\n}';
    const offsets = valueOffsets(text);
    expect(offsets.get('a[1].b')).toBe(text.indexOf('"x'));
    expect(offsets.get('c')).toBe(text.indexOf('null'));
    expect(locationOf(text, text.indexOf('null'))).toEqual({ line: 3, column: 8 });
    expect(text.slice(offsets.get('a[0]'), (offsets.get('a[0]') ?? 0) + 1)).toBe('1');
  });
});

describe('syntaxErrorOffset', () => {
  it('points at the first character JSON does not allow', () => {
    expect(syntaxErrorOffset('{"a": [1, 2,]}')).toBe('{"a": [1, 2,'.length);
    expect(syntaxErrorOffset('{"a": tru}')).toBe('{"a": '.length);
    expect(syntaxErrorOffset('{"a": 1} x')).toBe('{"a": 1} '.length);
    expect(syntaxErrorOffset('{"a": "unterminated')).toBe('{"a": "unterminated'.length);
  });

  it('is null for valid JSON, as JSON.parse agrees', () => {
    for (const text of ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]}']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(syntaxErrorOffset(text)).toBeNull();
    }
  });
});
