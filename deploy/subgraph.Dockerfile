# One image definition for the five subgraphs. Build from the repository root:
#
#   docker build -f deploy/subgraph.Dockerfile --build-arg SUBGRAPH=security --build-arg PORT=4005 \
#     -t kaz/security:<version> .
#
# SUBGRAPH is the folder under subgraphs/ (municipalities 4001, organisations 4002, projects 4003,
# contracts 4004, security 4005). The image runs in production mode on PostgreSQL (DATABASE_URL);
# the same image migrates with `--migrate-only` (docs/operations.md, "Deployment").
#
# Node.js 24 LTS, the release CI runs the whole suite on against PostgreSQL (.ci/run's NODE24_VERSION;
# test/deploy.test.ts checks that they agree).
ARG NODE_VERSION=24.21.0

FROM node:${NODE_VERSION}-bookworm-slim AS build
ARG PNPM_VERSION=10.34.8
RUN npm install -g "pnpm@${PNPM_VERSION}" --no-fund --no-audit
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile
ARG SUBGRAPH
ARG PORT
# `pnpm deploy --prod` copies the subgraph with its production dependencies only (the workspace
# packages it uses injected as copies); deploy/bundle.mjs then compiles its TypeScript to dist/main.js
# so that plain `node` runs it and no TypeScript loader ships. Its tests do not ship either.
RUN test -n "${SUBGRAPH}" && test -n "${PORT}" \
 && pnpm --filter "@kaz/${SUBGRAPH}" deploy --legacy --prod /srv/app \
 && node deploy/bundle.mjs /srv/app \
 && rm -rf /srv/app/test

FROM node:${NODE_VERSION}-bookworm-slim
ARG SUBGRAPH
ARG PORT
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=${PORT} \
    MIGRATE=false \
    SHUTDOWN_DELAY_MS=5000 \
    KAZ_SERVICE=${SUBGRAPH}
WORKDIR /srv/app
# Owned by root, run as the unprivileged `node` user (uid 1000): the service cannot change its code.
COPY --from=build /srv/app /srv/app
COPY deploy/secret-env.sh /usr/local/bin/kaz-secret-env
USER 1000:1000
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/local/bin/kaz-secret-env"]
CMD ["node", "--enable-source-maps", "dist/main.js"]
