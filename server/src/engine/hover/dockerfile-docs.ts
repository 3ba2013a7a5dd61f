/**
 * Hover texts for Dockerfile keywords, flags, `RUN --mount` types and parser directives.
 *
 * Plain data only: this module is bundled into a browser worker, so it must not import anything from Node,
 * VS Code or the LSP libraries. Every text is written for Shipshape; the facts behind them are in
 * `PRACTICES.md` and were checked against the Dockerfile reference.
 */

export interface KeywordDoc {
  /** One line: what it does. */
  summary: string;
  /**
   * Whether it makes a filesystem layer or only changes image metadata / build behaviour. One short phrase,
   * e.g. 'Adds a layer.' / 'Metadata only: no layer.' / 'Build-time only.'
   */
  layer: string;
  /** The production pitfall people hit, 1–3 sentences. */
  pitfall: string;
  /** A two-line Dockerfile example (exactly 2 lines, '\n'-separated), good practice. */
  example: string;
}

const ADDS_LAYER = 'Adds a layer.';
const METADATA_ONLY = 'Metadata only: no layer.';
const BUILD_TIME_ONLY = 'Build-time only.';

/** The 18 Dockerfile instructions, keyed by upper-case keyword. */
export const instructionDocs: Record<string, KeywordDoc> = {
  FROM: {
    summary: 'Starts a new build stage on top of a base image (or an earlier stage), optionally naming it with `AS`.',
    layer: "Starts a stage on the base image's layers.",
    pitfall:
      'An image with `:latest` or no tag changes under you, so builds stop being reproducible and unreviewed code slips in; pin an exact version, or an `@sha256:` digest for full immutability, and let Renovate or Dependabot bump it. Each FROM begins from scratch: only what you `COPY --from` an earlier stage reaches the final image.',
    example: 'FROM node:20.11.0-alpine3.19 AS build\nWORKDIR /app',
  },
  RUN: {
    summary: 'Executes a command at build time and records the filesystem changes it makes.',
    layer: ADDS_LAYER,
    pitfall:
      'Whatever a RUN writes is frozen in its layer, so deleting files in a later RUN does not make the image smaller: install and clean up in the same command. Keep `apt-get update` in the same RUN as `apt-get install`; on its own it is cached and later installs run against stale package lists.',
    example:
      'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\\n    && rm -rf /var/lib/apt/lists/*',
  },
  CMD: {
    summary: 'Sets the default command, or the default arguments to ENTRYPOINT, for containers started from the image.',
    layer: METADATA_ONLY,
    pitfall:
      'In shell form `/bin/sh -c` becomes PID 1 and does not pass SIGTERM on, so `docker stop` or a Kubernetes rollout waits out the grace period and then SIGKILLs the app mid-request. Only the last CMD of the final stage counts, and any arguments given to `docker run` replace it completely.',
    example: 'USER node\nCMD ["node", "dist/server.js"]',
  },
  LABEL: {
    summary: 'Attaches key/value metadata to the image, such as its source repository, revision or version.',
    layer: METADATA_ONLY,
    pitfall:
      "Labels are inherited from the base image, so unless you set your own `org.opencontainers.image.*` keys your image may advertise the base image's source and version. Anyone who can pull the image can read its labels, so keep credentials and internal details out of them.",
    example:
      'ARG GIT_SHA\nLABEL org.opencontainers.image.source="https://github.com/acme/api" org.opencontainers.image.revision=$GIT_SHA',
  },
  MAINTAINER: {
    summary: 'Deprecated way of recording the image author in a dedicated metadata field.',
    layer: METADATA_ONLY,
    pitfall:
      'It is deprecated and BuildKit warns about it (`MaintainerDeprecated`); tooling reads the OCI `org.opencontainers.image.authors` label instead. Replace it with a LABEL that points at a team address rather than one person.',
    example: 'FROM python:3.12.4-slim\nLABEL org.opencontainers.image.authors="platform-team@example.com"',
  },
  EXPOSE: {
    summary: 'Documents the ports the application listens on, for readers and tooling.',
    layer: METADATA_ONLY,
    pitfall:
      'It publishes nothing: traffic still needs `-p`, Compose `ports:` or a Kubernetes Service, and the app must listen on `0.0.0.0` rather than `127.0.0.1` to be reachable at all. Non-root processes often may not bind ports below 1024 outside Docker, so serve on 8080 instead of 80.',
    example: 'EXPOSE 8080\nCMD ["./server", "--listen=0.0.0.0:8080"]',
  },
  ENV: {
    summary: 'Sets environment variables for the rest of the build and for every container started from the image.',
    layer: METADATA_ONLY,
    pitfall:
      'Values persist into running containers and into stages built from this one, and `docker inspect` shows them to anyone with the image, so secrets never belong here. Build-only settings like `DEBIAN_FRONTEND=noninteractive` should be an ARG or set inline on the RUN, so they do not leak into runtime.',
    example: 'ENV NODE_ENV=production\nENV PATH="/app/node_modules/.bin:$PATH"',
  },
  ADD: {
    summary: 'Copies files into the image like COPY, and additionally unpacks local tar archives and fetches URLs or Git repositories.',
    layer: ADDS_LAYER,
    pitfall:
      'Local tar files are unpacked silently and remote files are not verified, so a tampered download ships unnoticed. Use COPY for plain local files; reserve ADD for deliberate archive extraction, Git sources, or URLs pinned with `--checksum`.',
    example: 'FROM scratch\nADD alpine-minirootfs-3.20.0-x86_64.tar.gz /',
  },
  COPY: {
    summary: 'Copies files from the build context, an earlier stage or another image into the image.',
    layer: ADDS_LAYER,
    pitfall:
      'A broad `COPY . .` before installing dependencies busts the cache on every code change, so every build reinstalls everything; copy the manifest and lockfile first, install, then copy the source. Without a `.dockerignore` it also pulls in `.git`, `node_modules` and `.env` files, which can put secrets into a layer.',
    example: 'COPY package.json package-lock.json ./\nRUN npm ci --omit=dev',
  },
  ENTRYPOINT: {
    summary: 'Sets the executable that always runs when the container starts; CMD and `docker run` arguments are passed to it.',
    layer: METADATA_ONLY,
    pitfall:
      'Shell form ignores CMD and `docker run` arguments and makes `sh` PID 1, so the app never receives SIGTERM. A wrapper script must end with `exec "$@"` so the real process replaces the shell; an init such as tini also reaps zombie processes.',
    example: 'ENTRYPOINT ["/sbin/tini", "--"]\nCMD ["node", "server.js"]',
  },
  VOLUME: {
    summary: 'Marks a path as a mount point whose data lives outside the container filesystem.',
    layer: 'Metadata only: the volume is created at run time.',
    pitfall:
      'Every container started without a mount for that path gets a new anonymous volume, and these pile up on the host disk. Images built on top of yours cannot remove the declaration, so declare it only for real data directories, and give the data a named volume in production.',
    example: 'RUN mkdir -p /var/lib/app && chown 10001:10001 /var/lib/app\nVOLUME ["/var/lib/app"]',
  },
  USER: {
    summary: 'Sets the user (and optionally group) for later RUN instructions and for the container process.',
    layer: METADATA_ONLY,
    pitfall:
      'Without it the container runs as root, so any code-execution bug starts with root privileges inside the container. Prefer a numeric `UID:GID`: Kubernetes `runAsNonRoot` cannot verify a user name, and a name missing from `/etc/passwd` makes the container fail at start.',
    example: 'RUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app\nUSER 10001:10001',
  },
  WORKDIR: {
    summary: 'Sets the working directory for later instructions and for the container, creating it if it does not exist.',
    layer: 'Metadata; a tiny layer if it must create the directory.',
    pitfall:
      "BuildKit creates a missing directory owned by the current USER, so a WORKDIR placed before `USER` leaves a root-owned directory the app cannot write to. Use absolute paths, and prefer WORKDIR over `RUN cd …`, which only lasts for that one RUN.",
    example: 'WORKDIR /app\nCOPY --chown=10001:10001 data/ ./data/',
  },
  ARG: {
    summary: 'Declares a build argument that `--build-arg` can set, with an optional default value.',
    layer: BUILD_TIME_ONLY,
    pitfall:
      'Values used by a RUN are recorded in the image history, so tokens passed as build arguments leak: use a secret mount instead. An ARG declared before the first FROM is visible only to FROM lines; declare it again, without a value, inside each stage that needs it.',
    example: 'ARG NODE_VERSION=20.11.0\nFROM node:${NODE_VERSION}-alpine3.19',
  },
  ONBUILD: {
    summary: 'Stores an instruction that runs later, when another Dockerfile uses this image as its base.',
    layer: 'Metadata only: triggers run in child builds.',
    pitfall:
      'Triggers run silently at the start of someone else\'s build, against their build context, which makes child builds hard to understand and reproduce. They fire only in the direct child image, and cannot wrap FROM, MAINTAINER or another ONBUILD.',
    example: 'ONBUILD COPY requirements.txt /app/\nONBUILD RUN pip install --no-cache-dir -r /app/requirements.txt',
  },
  STOPSIGNAL: {
    summary: 'Sets the signal sent to the container process to ask it to stop (SIGTERM by default).',
    layer: METADATA_ONLY,
    pitfall:
      'A different signal helps only if PID 1 handles it; behind a shell-form CMD nothing does. Pick the signal the app treats as graceful: nginx finishes in-flight requests on SIGQUIT but drops them on SIGTERM.',
    example: 'STOPSIGNAL SIGQUIT\nCMD ["nginx", "-g", "daemon off;"]',
  },
  HEALTHCHECK: {
    summary: 'Defines a command the engine runs periodically to mark the container healthy or unhealthy, or disables an inherited one with `NONE`.',
    layer: METADATA_ONLY,
    pitfall:
      'Plain Docker only reports the status and never restarts an unhealthy container; Swarm and Compose `depends_on: condition: service_healthy` act on it, while Kubernetes ignores it in favour of its own probes. The probe tool must exist in the image (slim and distroless images often lack `curl`), and it should test this process, not its database, or one outage marks every replica unhealthy.',
    example:
      'HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \\\n  CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1',
  },
  SHELL: {
    summary: 'Replaces the shell used by shell-form RUN, CMD and ENTRYPOINT (by default `/bin/sh -c` on Linux).',
    layer: METADATA_ONLY,
    pitfall:
      'The default shell judges a pipeline by its last command only, so `curl … | tar -x` succeeds even when the download fails. Switch to a shell with `pipefail` before such RUNs; SHELL must be written in JSON form, and the shell must exist in the image.',
    example:
      'SHELL ["/bin/bash", "-euo", "pipefail", "-c"]\nRUN curl -fsSL https://get.helm.sh/helm-v3.15.2-linux-amd64.tar.gz | tar -xz -C /usr/local/bin --strip-components=1 linux-amd64/helm',
  },
};

/** Instruction flags, keyed `INSTRUCTION --flag` (`COPY --from`). */
export const flagDocs: Record<string, KeywordDoc> = {
  'FROM --platform': {
    summary: 'Chooses the platform of the base image for this stage, typically `$BUILDPLATFORM` for a cross-compiling builder stage.',
    layer: BUILD_TIME_ONLY,
    pitfall:
      'Hard-coding `--platform=linux/amd64` makes ARM hosts (Apple Silicon, Graviton) build under slow emulation or ship the wrong architecture; BuildKit warns about constant values. With `$BUILDPLATFORM` the stage runs natively, so the compiler must target `TARGETOS`/`TARGETARCH` or the image gets build-host binaries.',
    example: 'FROM --platform=$BUILDPLATFORM golang:1.22.5-alpine3.20 AS build\nARG TARGETOS TARGETARCH',
  },
  'RUN --mount': {
    summary: 'Mounts a cache, secret, SSH agent, bind source or tmpfs into the filesystem for this one command.',
    layer: 'Mounted content stays out of the layer.',
    pitfall:
      'Mounts exist only while the command runs, so anything the app needs at runtime must be written to a normal path, not into the mount. The flag requires BuildKit; the legacy builder rejects it.',
    example: 'RUN --mount=type=cache,target=/root/.cache/pip \\\n    pip install -r requirements.txt',
  },
  'RUN --network': {
    summary: 'Sets the network for this command: `default`, `none` (no network) or `host`.',
    layer: BUILD_TIME_ONLY,
    pitfall:
      '`host` needs the `network.host` entitlement granted both to the builder and to the build command, and it removes network isolation for that step. `none` is the useful one: it proves a compile step is hermetic once dependencies were fetched in an earlier RUN.',
    example: 'RUN go mod download\nRUN --network=none CGO_ENABLED=0 go build -o /out/app ./cmd/app',
  },
  'RUN --security': {
    summary: 'Runs this command with full privileges (`insecure`) instead of the default sandbox.',
    layer: BUILD_TIME_ONLY,
    pitfall:
      '`insecure` is the build-time equivalent of `docker run --privileged`: a compromised script in that step can take over the builder host. It requires the `security.insecure` entitlement on the builder and the build, and before Dockerfile frontend 1.20 only the `1-labs` syntax accepts it.',
    example:
      '# needs: docker buildx build --allow security.insecure (builder started with that entitlement)\nRUN --security=insecure ./scripts/build-kernel-module.sh',
  },
  'COPY --from': {
    summary: 'Copies from an earlier build stage, a named build context or another image instead of the build context.',
    layer: ADDS_LAYER,
    pitfall:
      'Refer to stages by name: numeric indexes break silently when someone inserts a stage. When copying from an external image, pin it by version or digest, or an upstream change alters your image without a diff.',
    example: 'FROM gcr.io/distroless/java21-debian12:nonroot\nCOPY --from=build /src/target/app.jar /app/app.jar',
  },
  'COPY --chown': {
    summary: 'Sets the owner and group of the copied files (root by default).',
    layer: ADDS_LAYER,
    pitfall:
      'A later `RUN chown -R` duplicates every file into a new layer and can double the image size; set ownership during the copy instead. Give the runtime user ownership only of what it must write: root-owned, read-only code is harder to tamper with.',
    example: 'COPY --chown=10001:10001 config/ /var/lib/app/config/\nUSER 10001:10001',
  },
  'COPY --chmod': {
    summary: 'Sets the permission bits of the copied files during the copy.',
    layer: ADDS_LAYER,
    pitfall:
      'A follow-up `RUN chmod` rewrites the affected files into another layer, doubling their size; set the mode here instead. Grant execute where needed but avoid making code writable for the runtime user.',
    example: 'COPY --chmod=0755 docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]',
  },
  'COPY --link': {
    summary: 'Writes the copied files into an independent layer that is laid over the earlier ones instead of being built on them.',
    layer: 'Adds an independent layer.',
    pitfall:
      'Because the files go into an empty directory, the copy cannot see earlier content: a destination path that is a symlink in the base image is not followed. In return, a changed base image no longer invalidates this layer, so it can be reused, or rebased without re-copying.',
    example: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --link --from=build /out/app /app',
  },
  'COPY --parents': {
    summary: 'Keeps the source paths\' directory structure under the destination instead of flattening matches.',
    layer: ADDS_LAYER,
    pitfall:
      'It needs Dockerfile frontend 1.20 or newer (earlier only `1-labs`), and older builders reject the flag. Paths are kept relative to the context root; a `/./` in a source path marks where the preserved part starts.',
    example:
      'COPY --parents package.json pnpm-lock.yaml pnpm-workspace.yaml packages/*/package.json ./\nRUN pnpm install --frozen-lockfile',
  },
  'COPY --exclude': {
    summary: 'Skips files matching a pattern in this copy (repeatable; `.dockerignore` syntax).',
    layer: ADDS_LAYER,
    pitfall:
      'It filters only this one copy: the files are still part of the build context, so secrets and bulky directories belong in `.dockerignore`. It needs Dockerfile frontend 1.19 or newer (earlier only `1-labs`).',
    example: "COPY --exclude=**/*.test.ts --exclude=**/__fixtures__ src/ ./src/\nRUN npm run build",
  },
  'ADD --chown': {
    summary: 'Sets the owner and group of the added files, including those fetched from URLs or Git.',
    layer: ADDS_LAYER,
    pitfall:
      'Without it everything ADD writes belongs to root, and fixing that with `RUN chown -R` copies the files into a second layer. User and group names are looked up in the image\'s `/etc/passwd` and `/etc/group`; numeric IDs avoid the lookup.',
    example: 'ADD --chown=10001:10001 https://github.com/acme/site-assets.git#v3.2.0 /srv/static\nUSER 10001:10001',
  },
  'ADD --chmod': {
    summary: 'Sets the permission bits of the added files.',
    layer: ADDS_LAYER,
    pitfall:
      'A file fetched from a URL lands with mode 600, so a downloaded binary is not executable; a later `RUN chmod` would store the file twice. Set the mode here instead.',
    example:
      'ARG TINI_SHA256\nADD --chmod=0755 --checksum=sha256:${TINI_SHA256} https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /sbin/tini',
  },
  'ADD --link': {
    summary: 'Writes the added files into an independent layer that is laid over the earlier ones instead of being built on them.',
    layer: 'Adds an independent layer.',
    pitfall:
      'The files go into an empty directory, so ADD cannot see earlier content: a destination that is a symlink in the base image is not followed. In return the layer survives base-image changes and can be reused instead of rebuilt.',
    example: 'FROM scratch\nADD --link alpine-minirootfs-3.20.0-x86_64.tar.gz /',
  },
  'ADD --checksum': {
    summary: 'Verifies a downloaded source against a digest (`sha256:…`) and fails the build on a mismatch.',
    layer: ADDS_LAYER,
    pitfall:
      'Without it, a URL is trusted blindly: a compromised mirror or a re-tagged release changes your image without a trace. Record the digest in the Dockerfile or pass it from a reviewed place, and bump it together with the version.',
    example:
      'ARG TINI_SHA256\nADD --checksum=sha256:${TINI_SHA256} --chmod=0755 https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /sbin/tini',
  },
  'ADD --keep-git-dir': {
    summary: 'Keeps the `.git` directory when adding a Git repository (it is dropped by default).',
    layer: ADDS_LAYER,
    pitfall:
      'The whole history lands in the layer: more size, plus anything ever committed, including secrets that were later removed. Keep it only in a builder stage that needs `git describe`, and pin the ref to a tag or commit.',
    example:
      'ADD --keep-git-dir=true https://github.com/acme/api.git#v2.3.1 /src\nRUN git -C /src describe --tags > /src/VERSION',
  },
  'ADD --exclude': {
    summary: 'Skips files matching a pattern in this ADD (repeatable; `.dockerignore` syntax).',
    layer: ADDS_LAYER,
    pitfall:
      'It filters only this one instruction; for local files the same filtering works with COPY, which avoids ADD\'s extra behaviour. It needs Dockerfile frontend 1.19 or newer (earlier only `1-labs`).',
    example:
      'ADD --exclude=docs --exclude=*.md https://github.com/acme/proto.git#v1.8.0 /src/proto\nRUN buf generate /src/proto',
  },
  'HEALTHCHECK --interval': {
    summary: 'Time between health probes once the container is running (default 30s).',
    layer: METADATA_ONLY,
    pitfall:
      'Very short intervals multiply probe load across every replica; long ones delay detection and slow Compose services that wait for `service_healthy`. Use `--start-interval` for fast checks during startup instead of shortening this.',
    example: 'HEALTHCHECK --interval=30s --timeout=3s \\\n  CMD ["/app/healthcheck"]',
  },
  'HEALTHCHECK --timeout': {
    summary: 'How long one probe may run before it counts as failed (default 30s).',
    layer: METADATA_ONLY,
    pitfall:
      'A timed-out probe is a failure, so a slow endpoint under load flips healthy replicas to unhealthy exactly when they are busiest. Keep the probe cheap and the timeout short but above its worst normal latency.',
    example: 'HEALTHCHECK --interval=30s --timeout=3s --retries=3 \\\n  CMD ["/app/healthcheck"]',
  },
  'HEALTHCHECK --start-period': {
    summary: 'Grace period after start during which failed probes do not count toward `--retries`.',
    layer: METADATA_ONLY,
    pitfall:
      'Set it longer than the slowest realistic startup (JVM warm-up, migrations), or the container is marked unhealthy before it is ready and Swarm replaces it in a loop. A successful probe inside the period marks the container healthy right away, so a generous value costs nothing.',
    example: 'HEALTHCHECK --start-period=60s --start-interval=2s \\\n  CMD ["/app/healthcheck"]',
  },
  'HEALTHCHECK --start-interval': {
    summary: 'Time between probes during the start period (default 5s), so readiness is detected quickly.',
    layer: METADATA_ONLY,
    pitfall:
      'It takes effect only with Docker Engine 25 or newer and only while the start period lasts, so it does nothing without `--start-period`.',
    example: 'HEALTHCHECK --interval=1m --start-period=30s --start-interval=2s \\\n  CMD ["/app/healthcheck"]',
  },
  'HEALTHCHECK --retries': {
    summary: 'Number of consecutive failed probes before the container is marked unhealthy (default 3).',
    layer: METADATA_ONLY,
    pitfall:
      'Detection time is roughly interval × retries: with the defaults an outage goes unnoticed for about 90 seconds. A value of 1 turns every slow response into an unhealthy status.',
    example: 'HEALTHCHECK --interval=10s --timeout=2s --retries=3 \\\n  CMD ["/app/healthcheck"]',
  },
};

/** Types for `RUN --mount=type=X`. */
export const mountTypeDocs: Record<string, KeywordDoc> = {
  cache: {
    summary: 'Mounts a persistent cache directory (package downloads, compiler caches) that survives between builds.',
    layer: 'Kept by the builder, never in the image.',
    pitfall:
      'Nothing written to the target ends up in the image, so never point it at something the app needs at runtime, such as `node_modules`. The cache is local to the builder: ephemeral CI runners start empty unless the builder state is preserved, and apt needs `sharing=locked` to avoid concurrent-build corruption.',
    example: 'RUN --mount=type=cache,target=/root/.npm \\\n    npm ci --omit=dev',
  },
  secret: {
    summary: 'Exposes a build secret as a file (by default `/run/secrets/<id>`) or an environment variable for one command only.',
    layer: 'Never written to a layer.',
    pitfall:
      'If the build is not given the secret, the step runs without it unless you add `required=true`, and then fails later with a confusing authentication error. Do not copy the secret elsewhere or print it: anything the command writes to the filesystem ends up in the layer, and its output lands in build logs.',
    example:
      'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true \\\n    npm ci --omit=dev',
  },
  ssh: {
    summary: "Forwards the host's SSH agent into one command, for cloning private repositories without copying keys.",
    layer: 'Never written to a layer.',
    pitfall:
      'The build must be started with `--ssh default`, and the host key must be known inside the image, or Git stops with a host-key verification error. Never COPY a private key instead: it stays in the layer even after deletion.',
    example:
      'RUN mkdir -p -m 0700 ~/.ssh && ssh-keyscan github.com >> ~/.ssh/known_hosts\nRUN --mount=type=ssh git clone git@github.com:acme/private-lib.git /src/lib',
  },
  bind: {
    summary: 'Mounts files from the build context or another stage, read-only by default, for one command without copying them.',
    layer: 'Mounted files stay out of the layer.',
    pitfall:
      'The files are not in the image afterwards, and with `rw` any writes to them are thrown away when the command ends. Their content still counts for the cache key, so a changed file re-runs the step as a COPY would.',
    example:
      'RUN --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt \\\n    pip install --no-cache-dir -r /tmp/requirements.txt',
  },
  tmpfs: {
    summary: 'Mounts an in-memory scratch filesystem for one command.',
    layer: 'Never written to a layer.',
    pitfall:
      "It consumes the builder's memory, so large temporary files can make the build fail with out-of-memory errors; cap it with `size`. Its contents vanish when the command ends, so nothing later can rely on them.",
    example: 'RUN --mount=type=tmpfs,target=/tmp,size=512m \\\n    ./scripts/run-tests.sh',
  },
};

/** Parser directives (`# name=value` lines at the very top of a Dockerfile). */
export const directiveDocs: Record<string, KeywordDoc> = {
  syntax: {
    summary: 'Selects the Dockerfile frontend image BuildKit uses to parse and build this file.',
    layer: BUILD_TIME_ONLY,
    pitfall:
      'It only works at the very top: after any comment, blank line or instruction it is treated as an ordinary comment without warning. The frontend image is pulled at build time, so air-gapped or rate-limited CI needs a mirror, and a floating `docker/dockerfile:1` changes behaviour as new releases appear; pin a minor version or digest for reproducibility.',
    example: '# syntax=docker/dockerfile:1.10\nFROM python:3.12.4-slim',
  },
  escape: {
    summary: 'Changes the escape and line-continuation character from a backslash to a backtick.',
    layer: BUILD_TIME_ONLY,
    pitfall:
      'It is meant for Windows images, where backslashes are path separators; it changes how every continued line in the file is read. Like all directives it must come before any comment, blank line or instruction.',
    example: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022',
  },
  check: {
    summary: "Configures BuildKit's built-in build checks: which rules to skip and whether violations fail the build.",
    layer: BUILD_TIME_ONLY,
    pitfall:
      'By default violations are only warnings that scroll past in build output; `error=true` makes them fail the build, which is what CI should use. Rule names in `skip=` are case-sensitive (`JSONArgsRecommended`), and `skip=all` silences every check.',
    example: '# check=error=true\nFROM node:20.11.0-alpine3.19',
  },
};
