# syntax=docker/dockerfile:1
# briefgraph: API + web client in one image. Neo4j is NOT in this image: point NEO4J_URI at a
# server (docker-compose.yml runs one beside the app). Without Java the local Neo4j cannot start,
# so NEO4J_URI must stay set.

# ---- build: install everything, build the client (client/dist) and the server bundle
# (server/dist/main.js, with graph/ and neo4j-local/ inlined), then drop dev dependencies
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV CI=true
# Manifests first so the dependency layer is cached until they change. Add new workspaces here.
COPY package.json package-lock.json ./
COPY graph/package.json graph/
COPY server/package.json server/
COPY client/package.json client/
COPY neo4j-local/package.json neo4j-local/
RUN npm ci --no-audit --no-fund
COPY . .
# The workspace links in node_modules/@briefgraph point at sources the runtime does not need:
# the bundle already holds that code.
RUN npm run build -- --force \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/@briefgraph \
 && mkdir -p /out/client /out/server \
 && cp -a package.json node_modules seeds /out/ \
 && cp -a client/dist /out/client/ \
 && cp -a server/package.json server/dist /out/server/

# ---- runtime: production dependencies, the compiled server, the built client, the seeds
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    NEO4J_URI=bolt://neo4j:7687
# Files stay owned by root (read-only for the app); the app runs as the image's unprivileged user.
COPY --from=build /out/ /app/
USER node
EXPOSE 3000
# `npm start` without the build step (done above) and without npm as PID 1 in between, so
# SIGTERM from `docker stop` reaches node, which closes the server and the driver.
CMD ["node", "--enable-source-maps", "server/dist/main.js"]
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
