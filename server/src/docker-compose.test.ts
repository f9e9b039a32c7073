/**
 * No Docker engine runs in CI, so this keeps docker-compose.yml honest another way: the app
 * service is configured only through variables the config schema knows, points at the neo4j
 * service, waits for its health check, and publishes the configured port.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertConfig, ConfigSchema } from './config.ts';

const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8')) as {
  services: Record<string, Record<string, any>>;
  volumes?: Record<string, unknown>;
};

/** Compose files write environment as a map or as a list of NAME=value. */
function environment(service: Record<string, any>): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((line: string) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)]),
    );
  }
  return env;
}

/** `${NAME:-default}` → default, as compose would substitute with NAME unset. */
const substitute = (value: string) => String(value).replace(/\$\{\w+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  const app = compose.services.app ?? {};
  const neo4j = compose.services.neo4j ?? {};

  it('has an app and a neo4j service', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'neo4j']);
  });

  it('runs Neo4j 5.26 Community with a health check and a data volume', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(neo4j.healthcheck?.test).toBeDefined();
    expect((neo4j.volumes ?? []).some((v: string) => String(v).endsWith(':/data'))).toBe(true);
  });

  it('configures the app only with variables of the config schema, and they parse', () => {
    const env = environment(app);
    const known = Object.keys(ConfigSchema.shape);
    for (const name of Object.keys(env)) expect(known, `unknown variable ${name}`).toContain(name);
    const config = assertConfig(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, substitute(v)])));
    expect(config.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(config.HOST).toBe('0.0.0.0');
  });

  it('gives the app the same password the neo4j service is started with', () => {
    const password = substitute(environment(app).NEO4J_PASSWORD ?? '');
    expect(substitute(environment(neo4j).NEO4J_AUTH ?? '')).toBe(`neo4j/${password}`);
  });

  it('starts the app after Neo4j is healthy and publishes its port on loopback only (it takes anonymous writes)', () => {
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    const port = assertConfig(
      Object.fromEntries(Object.entries(environment(app)).map(([k, v]) => [k, substitute(v)])),
    ).PORT;
    expect((app.ports ?? []).map(String)).toEqual([`127.0.0.1:${port}:${port}`]);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
  const runtime = dockerfile.slice(dockerfile.indexOf(' AS runtime'));
  const { workspaces } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    workspaces: string[];
  };

  it('copies every workspace manifest before npm ci, so the dependency layer is complete', () => {
    const install = dockerfile.indexOf('RUN npm ci');
    for (const workspace of workspaces) {
      const copy = dockerfile.indexOf(`COPY ${workspace}/package.json ${workspace}/`);
      expect(copy, workspace).toBeGreaterThan(-1);
      expect(copy, workspace).toBeLessThan(install);
    }
  });

  it('runs the compiled server with node: no tsx, no sources, no scripts in the runtime stage', () => {
    expect(runtime).toContain('CMD ["node", "--enable-source-maps", "server/dist/main.js"]');
    expect(runtime).not.toMatch(/tsx|scripts\/|\/src\//);
  });
});
