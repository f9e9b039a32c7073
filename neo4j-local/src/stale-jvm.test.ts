import { describe, expect, it } from 'vitest';
import { neo4jJavaArgs } from './configure.ts';
import { isNeo4jJvmFor } from './stale-jvm.ts';

describe('isNeo4jJvmFor', () => {
  const home = '/tmp/neo4j-home';
  const argv = neo4jJavaArgs({ libDir: '/lib', home });
  it('recognises our JVM for this home only', () => {
    expect(isNeo4jJvmFor(['/usr/lib/jvm/java-17-openjdk-amd64/bin/java', ...argv], home)).toBe(true);
    expect(isNeo4jJvmFor(['java', ...argv], '/tmp/neo4j')).toBe(false); // a prefix of the home is not the home
    expect(isNeo4jJvmFor(['node', ...argv], home)).toBe(false);
    expect(isNeo4jJvmFor([], home)).toBe(false);
  });
});
