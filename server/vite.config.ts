import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// The server, with graph/ and neo4j-local/ inlined, as one ES module for Node: server/dist/main.js
// (npm run build; npm start runs it with plain node). Dependencies in node_modules stay imports.
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);
const repoRoot = path.dirname(path.resolve(root));
const outDir = path.join(root, 'dist');

/**
 * `new URL('<relative>', import.meta.url)` means "next to this source file", but in the bundle
 * import.meta.url is server/dist/main.js. Vite leaves such URLs alone in a server build, so this
 * rewrites them: a .ts file (a worker thread, say) becomes an entry of its own in dist/, another
 * file is copied into dist/, and a folder (the repository root, seeds/) is pointed at from dist/.
 */
function filesNextToSources(): Plugin {
  const pattern = /new URL\((['"])(\.{1,2}\/[^'"]*)\1,\s*import\.meta\.url\)/g;
  const chunks = new Map<string, string>();
  return {
    name: 'briefgraph:files-next-to-sources',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('/node_modules/') || !code.includes('import.meta.url')) {
        return null;
      }
      let changed = false;
      const rewritten = code.replace(pattern, (whole, _quote, relative: string) => {
        const target = path.resolve(path.dirname(id), relative);
        if (!existsSync(target)) return whole;
        let url: string;
        if (statSync(target).isDirectory()) {
          url = `${path.relative(outDir, target) || '.'}/`;
        } else if (/\.[cm]?ts$/.test(target)) {
          // Entry chunks sit at the top of dist/, like main.js, so URLs inside them stay right.
          url = path.basename(target).replace(/\.[cm]?ts$/, '.js');
          const taken = chunks.get(url);
          if (taken && taken !== target) this.error(`${target} and ${taken} would both be dist/${url}`);
          chunks.set(url, target);
          this.emitFile({ type: 'chunk', id: target, fileName: url });
        } else {
          url = path.join('files', path.relative(repoRoot, target));
          this.emitFile({ type: 'asset', fileName: url, source: readFileSync(target) });
        }
        changed = true;
        return `new URL(${JSON.stringify(url.startsWith('.') ? url : `./${url}`)}, import.meta.url)`;
      });
      return changed ? { code: rewritten, map: null } : null;
    },
  };
}

/** The bundle's imports must be dependencies, or the image (which drops devDependencies) breaks. */
function onlyRuntimeDependencies(): Plugin {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const allowed = new Set(Object.keys(manifest.dependencies ?? {}));
  const packageName = (id: string) =>
    id
      .split('/')
      .slice(0, id.startsWith('@') ? 2 : 1)
      .join('/');
  return {
    name: 'briefgraph:only-runtime-dependencies',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of [...chunk.imports, ...chunk.dynamicImports]) {
          if (id.startsWith('node:') || bundle[id] || allowed.has(packageName(id))) continue;
          this.error(`${chunk.fileName} imports ${id}, which is not in the dependencies of package.json`);
        }
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [filesNextToSources(), onlyRuntimeDependencies()],
  ssr: { noExternal: [/^@briefgraph\//] },
  build: {
    ssr: 'src/main.ts',
    ssrEmitAssets: true,
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: { output: { chunkFileNames: '[name]-[hash].js' } },
  },
});
