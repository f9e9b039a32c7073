/**
 * Reads every `*.annotations.json` in a seeds folder with the brief text it names, and
 * validates them all before anything is loaded (one bad file stops the whole load).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SeedValidationError } from '../domain/errors.ts';
import { syntaxErrorLocation } from './json-locations.ts';
import { assertValidSeed, type Seed } from './validate-seed.ts';

export async function readSeedFolder(folder: string): Promise<Seed[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.annotations.json')).sort();
  const seeds: Seed[] = [];
  const problems: string[] = [];
  for (const name of names) {
    try {
      seeds.push(await readSeedFile(join(folder, name)));
    } catch (error) {
      if (error instanceof SeedValidationError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  const briefIds = new Set<string>();
  for (const seed of seeds) {
    if (briefIds.has(seed.brief.id))
      problems.push(`brief id ${seed.brief.id} is used by two annotation files`);
    briefIds.add(seed.brief.id);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return seeds;
}

export async function readSeedFile(annotationPath: string): Promise<Seed> {
  const name = annotationPath.split('/').pop() ?? annotationPath;
  const annotationText = await readFile(annotationPath, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(annotationText);
  } catch (error) {
    const at = syntaxErrorLocation(annotationText);
    const where = at ? `:${at.line}:${at.column}` : '';
    throw new SeedValidationError([`${name}${where}: not valid JSON (${(error as Error).message})`]);
  }
  const textFile = (raw as { brief?: { textFile?: unknown } })?.brief?.textFile;
  if (typeof textFile !== 'string' || textFile.includes('/')) {
    throw new SeedValidationError([`${name}: brief.textFile must name a .txt file in the same folder`]);
  }
  const folder = annotationPath.slice(0, annotationPath.length - name.length);
  let text: string;
  try {
    text = await readFile(join(folder, textFile), 'utf8');
  } catch {
    throw new SeedValidationError([`${name}: brief.textFile: cannot read ${textFile}`]);
  }
  return assertValidSeed(raw, text, name, annotationText);
}
