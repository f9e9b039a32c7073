import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertConfig, CONFIG_DOCS, ConfigError } from './config.ts';

describe('assertConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = assertConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_BOLT_PORT).toBe(7687);
    expect(config.AUTO_LOAD).toBe(true);
  });

  it('accepts bolt, neo4j and neo4j+s URIs', () => {
    for (const uri of [
      'bolt://localhost:7687',
      'neo4j://cluster.example:7687',
      'neo4j+s://abc.databases.example',
    ]) {
      expect(assertConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    }
  });

  it('names every bad variable in one clear message', () => {
    expect(() => assertConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' })).toThrow(
      ConfigError,
    );
    try {
      assertConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('NEO4J_URI: must be a bolt://');
      expect(message).toContain('LOG_LEVEL');
    }
  });

  it('treats an empty variable as unset', () => {
    expect(assertConfig({ NEO4J_URI: '' }).NEO4J_URI).toBeUndefined();
  });
});

describe('README configuration table', () => {
  it('lists every variable of the config schema with its default', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const doc of CONFIG_DOCS) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${doc.name}\``));
      expect(row, `README has no row for ${doc.name}`).toBeDefined();
      if (doc.default) expect(row).toContain(`\`${doc.default}\``);
    }
  });
});
