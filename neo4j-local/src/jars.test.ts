import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEO4J_VERSION, parseJavaMajorVersion, parseMavenVersion } from './jars.ts';

describe('parseJavaMajorVersion', () => {
  it('reads modern OpenJDK output', () => {
    const out = [
      'openjdk version "17.0.15" 2025-04-15',
      'OpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)',
      'OpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1, mixed mode, sharing)',
    ].join('\n');
    expect(parseJavaMajorVersion(out)).toBe(17);
  });

  it('reads the 1.x scheme of Java 8 as 8', () => {
    expect(
      parseJavaMajorVersion(
        'java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)',
      ),
    ).toBe(8);
  });

  it('reads versions without a minor part and early-access builds', () => {
    expect(parseJavaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('openjdk version "11.0.2-ea" 2019-01-15')).toBe(11);
    expect(parseJavaMajorVersion('openjdk version "25-ea" 2025-09-16')).toBe(25);
  });

  it('reads the unquoted `java --version` form', () => {
    expect(parseJavaMajorVersion('openjdk 17.0.15 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
  });

  it('returns null when there is no version', () => {
    expect(parseJavaMajorVersion('')).toBeNull();
    expect(parseJavaMajorVersion('bash: java: command not found')).toBeNull();
  });
});

describe('parseMavenVersion', () => {
  it('reads the banner, coloured or not', () => {
    expect(parseMavenVersion('\u001b[1mApache Maven 3.8.7\u001b[m\nMaven home: /usr/share/maven')).toEqual([
      3, 8,
    ]);
    expect(parseMavenVersion('Apache Maven 3.9.11 (3e54c93a704957b63ee3494413a2b544fd3d825b)')).toEqual([
      3, 9,
    ]);
    expect(parseMavenVersion('mvn: not found')).toBeNull();
  });
});

describe('pom.xml', () => {
  it('pins the same Neo4j version as the launcher, in one property, with no repository host', () => {
    const pom = readFileSync(new URL('../pom.xml', import.meta.url), 'utf8');
    expect(pom).toContain(`<neo4j.version>${NEO4J_VERSION}</neo4j.version>`);
    for (const artifact of [
      '<artifactId>neo4j</artifactId>',
      '<artifactId>neo4j-server</artifactId>',
      '<artifactId>neo4j-bootcheck</artifactId>',
    ]) {
      expect(pom).toContain(artifact);
    }
    expect(pom.match(/<version>\$\{neo4j\.version\}<\/version>/g)).toHaveLength(3);
    expect(pom).not.toMatch(/<repositor/);
  });
});
