# Corridor: multi-stage image. Stage 1 installs every dependency, builds dist/ (server and client)
# and writes the binary timetable cache of the shipped feeds; stage 2 is the production install
# (no TypeScript runtime, no build tools) with dist/, the feeds and the warm cache, run as `node`.
#   docker build -t corridor .
#   docker run --rm -p 8080:8080 -e ADMIN_TOKEN=... corridor
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && node scripts/warm-cache.mjs /app/.cache data/feeds/corridor-2024 data/feeds/corridor-2026-plan

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    CORRIDOR_CACHE=/app/.cache \
    CORRIDOR_DATA_DIR=/data \
    LOG_FORMAT=json
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/data ./data
COPY --from=build /app/bin ./bin
COPY --from=build /app/scripts/start.mjs ./scripts/start.mjs
# The cache is read-only at run time for the shipped feeds; a feed mounted at run time (another
# version) is parsed and its cache written to /data/.cache when CORRIDOR_CACHE points there.
COPY --from=build /app/.cache ./.cache
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=2s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/api/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node is PID 1 and start.mjs imports the server into that very process, so SIGTERM from `docker stop`
# reaches the server's own handler (readiness goes 503, requests in flight finish, then exit).
CMD ["node", "scripts/start.mjs"]
