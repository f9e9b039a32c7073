import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { neo4jLocalDir, pomPath, repoRoot, stateDir } from './paths.ts';

describe('paths', () => {
  it('finds the pom and the repository through the package name, wherever the code runs from', () => {
    expect(neo4jLocalDir()).toBe(fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, ''));
    expect(existsSync(pomPath())).toBe(true);
    const root = JSON.parse(readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as {
      workspaces: string[];
    };
    expect(root.workspaces).toContain('neo4j-local');
    expect(stateDir('dev')).toBe(path.join(repoRoot(), '.neo4j', 'dev'));
  });
});
