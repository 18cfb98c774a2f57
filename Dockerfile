# The site served by Caddy with the Caddyfile the build writes (README, Deploy: container).
#   docker build --build-arg SITE_URL=https://adr.example.org -t adr-site .
#   docker run -p 8080:8080 adr-site
# Caddy speaks plain HTTP on 8080 here; TLS ends at the proxy or load balancer in front.
FROM node:24-slim AS build
WORKDIR /src
# git: the build reads each translation's age from the history (src/data/translationAge.ts).
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG SITE_URL=
ARG BASE_PATH=/
RUN SITE_URL="$SITE_URL" BASE_PATH="$BASE_PATH" npm run build

FROM caddy:2-alpine
ARG BASE_PATH=/
COPY --from=build /src/dist-servers/Caddyfile /etc/caddy/Caddyfile
# The Caddyfile serves /srv/site, with the site under its base path.
COPY --from=build /src/dist /srv/site${BASE_PATH}
EXPOSE 8080
