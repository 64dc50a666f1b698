# The gateway, with the Programm-Cockpit's static build (served at /cockpit/ when COCKPIT_DIR is set
# together with COCKPIT_OIDC_CLIENT_ID and a real issuer; docs/cockpit.md). Build from the
# repository root:
#
#   docker build -f deploy/gateway.Dockerfile -t kaz/gateway:<version> .
#
# Node.js 24 LTS, the release CI runs the whole suite on against PostgreSQL (.ci/run's NODE24_VERSION;
# test/deploy.test.ts checks that they agree). Not in the image: Chromium, so the programme report's PDF
# answers 503 CHROMIUM_MISSING and its HTML works (docs/report.md).
ARG NODE_VERSION=24.21.0

FROM node:${NODE_VERSION}-bookworm-slim AS build
ARG PNPM_VERSION=10.34.8
RUN npm install -g "pnpm@${PNPM_VERSION}" --no-fund --no-audit
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile
# The cockpit is static files (Vite); its build tools stay in this stage.
RUN pnpm cockpit:build \
 && cp -r apps/cockpit/dist /srv/cockpit
# The gateway with its production dependencies only, compiled to dist/main.js (deploy/bundle.mjs),
# in the repository's layout: /srv/hub/gateway and /srv/hub/schema (supergraph, persisted and
# registered operations, the operations the calendar feed and the programme report run), because the
# gateway finds schema/ as ../../ from its source files. @kaz/report looks for schema/ three levels
# above its source, which inside the deployed node_modules is the folder beside the package: a link
# to /srv/hub/schema puts it there. The link goes when the report reads its operation through the
# gateway's configuration instead of a path relative to its source.
RUN pnpm --filter @kaz/gateway deploy --legacy --prod /srv/hub/gateway \
 && node deploy/bundle.mjs /srv/hub/gateway \
 && rm -rf /srv/hub/gateway/test \
 && cp -r schema /srv/hub/schema \
 && for d in /srv/hub/gateway/node_modules/.pnpm/@kaz+report@*/node_modules; do ln -s /srv/hub/schema "$d/schema"; done

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    SHUTDOWN_DELAY_MS=5000 \
    SUPERGRAPH_PATH=/srv/hub/schema/supergraph.graphql \
    PERSISTED_OPERATIONS_PATH=/srv/hub/schema/persisted-operations.json \
    REGISTERED_CLIENTS_PATH=/srv/hub/schema/registered-clients.json \
    KAZ_SERVICE=gateway
WORKDIR /srv/hub/gateway
COPY --from=build /srv/hub /srv/hub
COPY --from=build /srv/cockpit /srv/cockpit
COPY deploy/secret-env.sh /usr/local/bin/kaz-secret-env
USER 1000:1000
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/local/bin/kaz-secret-env"]
CMD ["node", "--enable-source-maps", "dist/main.js"]
