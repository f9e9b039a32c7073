/**
 * A seed folder of two briefs for tests and for a look by hand: the real Sejong seed files,
 * copied byte for byte, and the second brief of tests/fixtures/second-brief/ (it shares South
 * Korea, the United States and kor-alliance-usa with Sejong). `SEED_DIR=<folder>` serves it.
 */
import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEEDS_DIR } from './database.ts';

export const SECOND_BRIEF_DIR = fileURLToPath(new URL('../fixtures/second-brief', import.meta.url));
export const SECOND_BRIEF_ID = 'alliance-outlook-2024-01';
export const SEJONG_BRIEF_ID = 'sejong-focus-2023-04-no25';

/** A new folder under the system's temporary one holding both briefs' files. */
export async function twoBriefSeedDir(into?: string): Promise<string> {
  const dir = into ?? (await mkdtemp(join(tmpdir(), 'briefgraph-two-briefs-')));
  for (const from of [SEEDS_DIR, SECOND_BRIEF_DIR]) {
    for (const name of await readdir(from)) {
      if (name.endsWith('.txt') || name.endsWith('.annotations.json'))
        await copyFile(join(from, name), join(dir, name));
    }
  }
  return dir;
}
