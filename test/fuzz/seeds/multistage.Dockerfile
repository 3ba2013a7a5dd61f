# syntax=docker/dockerfile:1.7
ARG NODE_VERSION=20
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev

FROM deps AS build
COPY . .
RUN npm run build && \
    # keep only what runs
    npm prune --omit=dev

FROM gcr.io/distroless/nodejs20-debian12:nonroot AS final
ENV NODE_ENV=production PORT=8080
COPY --from=build --chown=nonroot:nonroot /app/dist /app/dist
COPY --from=deps /app/node_modules /app/node_modules
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/nodejs/bin/node", "/app/dist/health.js"]
USER nonroot
ENTRYPOINT ["/nodejs/bin/node"]
CMD ["/app/dist/server.js"]
