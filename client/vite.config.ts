import { defineConfig, loadEnv } from 'vite';

// Root is this folder whichever directory Vite is started from (npm scripts run at the repo root).
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, root, '');
  const api = env.BRIEFGRAPH_API || 'http://localhost:3000';
  // Keys starting with ^ are regular expressions: a bare '/s' prefix would also catch '/src/'.
  const proxy = Object.fromEntries(
    ['^/api/', '^/s/', '^/embed(/|$)'].map((path) => [path, { target: api, changeOrigin: true }]),
  );
  return {
    root,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // Cytoscape alone is ~110 KB gzip; the budget is 250 KB gzip of initial JavaScript.
      chunkSizeWarningLimit: 900,
      // The brief workbench (/briefs/new, /briefs/:id/review) is a page of its own, without Cytoscape.
      rollupOptions: { input: { main: `${root}index.html`, briefs: `${root}briefs.html` } },
    },
    server: { proxy },
    preview: { proxy },
  };
});
