# syntax=docker/dockerfile:1
# The vemtas image, in three stages (docs/operations.md):
#   build  — npm ci, the Prisma client, `next build` with output: "standalone";
#   ops    — the one-off job: migrations, the reference-data seed and `admin:create` (full tooling);
#   app    — the default target: only the standalone server, its traced node_modules and the static files,
#            run as the unprivileged `node` user.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The dependency layer is rebuilt only when the lockfile, the schema or the Prisma config change.
# (postinstall runs `prisma generate`, which needs the schema and prisma.config.ts.)
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY tools/prisma-schema-engine ./tools/prisma-schema-engine
RUN npm ci --no-audit --no-fund
COPY . .
RUN NODE_ENV=production npm run build

FROM build AS ops
# Migrations need the schema engine stand-in and the seed needs tsx: both come with the full node_modules.
ENV NODE_ENV=production
USER node
ENTRYPOINT ["/app/deploy/with-secrets.sh"]
CMD ["sh", "-c", "npx prisma migrate deploy && npm run -s db:seed"]

FROM ${NODE_IMAGE} AS app
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
COPY --chmod=755 deploy/with-secrets.sh ./with-secrets.sh
USER node
EXPOSE 3000
# Liveness and database reachability; the slim image has no curl, so Node's fetch asks.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/app/with-secrets.sh"]
# The garbage collector settings of tools/dev/standalone.ts APP_NODE_FLAGS (less of the app's CPU goes to it).
CMD ["node", "--max-semi-space-size=64", "--no-allocation-site-pretenuring", "server.js"]
