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

  it('refuses anonymous writes on a non-loopback HOST unless they are allowed explicitly', () => {
    expect(() => assertConfig({ HOST: '0.0.0.0' })).toThrow(
      /HOST: 0\.0\.0\.0 is reachable from other machines.*WRITE_TOKEN/s,
    );
    expect(() => assertConfig({ HOST: '192.168.1.20', ALLOW_ANONYMOUS_WRITES: 'false' })).toThrow(
      ConfigError,
    );
    expect(assertConfig({ HOST: '0.0.0.0', WRITE_TOKEN: 'a-token-of-16-chars' }).HOST).toBe('0.0.0.0');
    expect(assertConfig({ HOST: '0.0.0.0', ALLOW_ANONYMOUS_WRITES: 'true' }).ALLOW_ANONYMOUS_WRITES).toBe(
      true,
    );
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) {
      expect(assertConfig({ HOST: host }).HOST).toBe(host);
    }
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

  it('has a shutdown deadline and per-client rate limits, checked at start-up', () => {
    const config = assertConfig({});
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(10_000);
    expect(config.RATE_LIMIT_RENDERS_PER_MINUTE).toBe(30);
    expect(config.RATE_LIMIT_IMAGES_PER_MINUTE).toBe(300);
    expect(assertConfig({ RATE_LIMIT_RENDERS_PER_MINUTE: '0' }).RATE_LIMIT_RENDERS_PER_MINUTE).toBe(0);
    expect(() =>
      assertConfig({
        SHUTDOWN_TIMEOUT_MS: 'soon',
        RATE_LIMIT_RENDERS_PER_MINUTE: '-1',
        RATE_LIMIT_IMAGES_PER_MINUTE: '2.5',
      }),
    ).toThrow(/SHUTDOWN_TIMEOUT_MS[\s\S]*RATE_LIMIT_RENDERS_PER_MINUTE[\s\S]*RATE_LIMIT_IMAGES_PER_MINUTE/);
  });

  it('maps TRUST_PROXY to Express: off by default, a number of proxies, or their addresses', () => {
    expect(assertConfig({}).TRUST_PROXY).toBe(false);
    expect(assertConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(assertConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(assertConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
      '::1',
    ]);
  });

  it('refuses TRUST_PROXY=true (any client could choose its address) and addresses that are none', () => {
    for (const value of ['true', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/8']) {
      expect(() => assertConfig({ TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY: must be false/);
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
