# Chronicle: the HTTP API, live feed and CLI, on Node.js 20 (package.json: engines >= 20.19).
#   docker build -t chronicle .
#   docker run -e CHRONICLE_TOKENS=… -e CHRONICLE_STORE=esdb://… -p 127.0.0.1:3000:3000 chronicle
# The server refuses to listen on 0.0.0.0 without CHRONICLE_TOKENS (or CHRONICLE_TOKENS_FILE), so
# the container does not start until tokens are given. See README, "EventStoreDB".

FROM node:20-slim AS dependencies
# better-sqlite3 (the read models, and the embedded store) is a native module: npm uses a
# prebuilt binary when one matches, and compiles it otherwise, which needs these.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
# Everything else the runtime reads (bin/, src/, projections/, examples/, web assets); .dockerignore
# leaves out tests, data, git and local secrets.
COPY . .
# The read models (CHRONICLE_READ_MODELS) and an embedded store live here; mount a volume on it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
ENV CHRONICLE_READ_MODELS=sqlite:/app/data/readmodels.db
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["bin/chronicle"]
CMD ["serve", "--host", "0.0.0.0", "--port", "3000"]
