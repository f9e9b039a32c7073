/**
 * Where this package keeps its files: the pom next to its package.json, and the jars and home
 * folders in <repo>/.neo4j (git-ignored). Found through the package's own name rather than this
 * file's URL, because the server bundles this code into server/dist, where import.meta.url points
 * somewhere else. Resolved on first use: an image without this folder (NEO4J_URI set) never asks.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { LocalNeo4jError } from './errors.ts';

let packageDir: string | undefined;

/** <repo>/neo4j-local */
export function neo4jLocalDir(): string {
  if (packageDir === undefined) {
    try {
      packageDir = path.dirname(
        createRequire(import.meta.url).resolve('@briefgraph/neo4j-local/package.json'),
      );
    } catch {
      // The Docker image ships the compiled server without this folder.
      throw new LocalNeo4jError(
        'The local Neo4j runtime (neo4j-local/) is not part of this installation: set NEO4J_URI to use an existing Neo4j.',
      );
    }
  }
  return packageDir;
}

/** <repo>, the folder that holds this package. */
export function repoRoot(): string {
  return path.dirname(neo4jLocalDir());
}

/** <repo>/neo4j-local/pom.xml */
export function pomPath(): string {
  return path.join(neo4jLocalDir(), 'pom.xml');
}

/** <repo>/.neo4j/<name> */
export function stateDir(name: string): string {
  return path.join(repoRoot(), '.neo4j', name);
}

/** A path relative to the working directory when it lies inside it, for messages. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
}
