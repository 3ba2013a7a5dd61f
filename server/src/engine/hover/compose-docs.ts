/**
 * Hover texts for Compose keys, in our own words: what the key does, what goes wrong with it in production, and a
 * short example. Keyed by the section a key lives in (`service`, `build`, `healthcheck`…); see `docSectionOf` in
 * ../compose/features/hover.ts for how a position maps to a section. Keys missing here fall back to the schema's
 * description.
 */

export interface ComposeKeyDoc {
  summary: string;
  /** The production pitfall, when there is one worth a line. */
  pitfall?: string;
  example: string;
}

type Entry = [summary: string, pitfall: string, example: string];

const section = (entries: Record<string, Entry>): Record<string, ComposeKeyDoc> =>
  Object.fromEntries(Object.entries(entries).map(([key, [summary, pitfall, example]]) => [key, { summary, ...(pitfall ? { pitfall } : {}), example }]));

const top = section({
  version: ['Obsolete. Compose reads every file with the current specification and ignores this key.', 'Compose prints a warning for it; delete the line rather than bumping the number.', '# delete it\nservices:\n  api:\n    image: nginx:1.27'],
  name: ['The project name: prefix of container, network and volume names.', 'Two checkouts with the same project name share containers and volumes; give each environment its own name.', 'name: shop-staging'],
  include: ['Pulls other Compose files (with their own relative paths) into this project.', 'Names must not collide: an included service with the same name as a local one is an error, not an override.', 'include:\n  - ./db/compose.yaml'],
  services: ['The containers of the application, one entry per service.', 'Service names are also DNS names on the project network: keep them short, lowercase, without underscores.', 'services:\n  web:\n    image: nginx:1.27'],
  networks: ['Networks the services can join. Compose creates a `default` network when none is declared.', 'Services only reach each other over a shared network; splitting front and back ends limits what a compromised container can reach.', 'networks:\n  backend:\n    internal: true'],
  volumes: ['Named volumes: storage managed by Docker that outlives containers.', '`docker compose down -v` deletes them with all data; back up database volumes before cleaning up.', 'volumes:\n  pgdata:'],
  secrets: ['Sensitive values (files or environment variables) mounted into services under /run/secrets.', 'Prefer them to `environment:` for passwords: environment variables show up in `docker inspect` and crash reports.', 'secrets:\n  db_password:\n    file: ./secrets/db_password.txt'],
  configs: ['Non-secret configuration files mounted into services without rebuilding the image.', 'A config is read-only in the container; an app that rewrites its config file needs a volume instead.', 'configs:\n  nginx_conf:\n    file: ./nginx.conf'],
  models: ['AI models the application uses, run by Docker Model Runner and wired into services.', 'Model files are large: the first `up` pulls gigabytes; pin the model tag like an image.', 'models:\n  llm:\n    model: ai/smollm2'],
});

const service = section({
  annotations: ['Annotations on the container (OCI metadata read by the runtime).', '', 'annotations:\n  com.example.team: payments'],
  attach: ['Whether `docker compose up` streams this service\'s logs to the terminal.', '', 'attach: false'],
  blkio_config: ['Block-device I/O weights and read/write limits.', 'Limits apply per device path; a wrong device path is silently ineffective.', 'blkio_config:\n  weight: 300'],
  build: ['How to build the service\'s image: a context path, or a mapping with context, dockerfile, args and more.', 'With both `build` and `image`, Compose tags the built image with `image` and pushes/pulls that name: make sure it is yours.', 'build:\n  context: .\n  dockerfile: Dockerfile'],
  cap_add: ['Linux capabilities to grant on top of Docker\'s default set.', '`ALL`, `SYS_ADMIN` or `NET_ADMIN` give a container host-level powers; add only the one capability the app needs.', 'cap_add:\n  - NET_BIND_SERVICE'],
  cap_drop: ['Linux capabilities to remove from Docker\'s default set.', 'Dropping `ALL` and adding back what is needed is the hardened baseline.', 'cap_drop:\n  - ALL'],
  cgroup: ['Which cgroup namespace the container joins: `private` or `host`.', '`host` exposes the host\'s cgroup tree to the container.', 'cgroup: private'],
  cgroup_parent: ['The parent cgroup for the container, for host-level resource accounting.', '', 'cgroup_parent: /compose.slice'],
  command: ['Replaces the image\'s CMD (the default arguments of its entrypoint).', 'A string runs through `/bin/sh -c` only if the image\'s entrypoint does so; prefer the list form so signals reach the app.', 'command: ["node", "server.js"]'],
  configs: ['Configs from the top-level `configs` this service mounts.', 'The config must be declared at the top level, or Compose refuses the file.', 'configs:\n  - source: nginx_conf\n    target: /etc/nginx/nginx.conf'],
  container_name: ['A fixed container name instead of `<project>-<service>-<n>`.', 'Fixed names cannot scale past one replica and clash between two checkouts of the project.', 'container_name: shop-db'],
  cpu_count: ['Number of usable CPUs (Windows containers).', '', 'cpu_count: 2'],
  cpu_percent: ['Share of the CPUs the container may use (Windows containers).', '', 'cpu_percent: 50'],
  cpu_shares: ['Relative CPU weight against other containers when the CPU is contended.', 'Shares only matter under contention; they are not a limit. Use `cpus` for a ceiling.', 'cpu_shares: 512'],
  cpu_quota: ['CFS quota in microseconds per `cpu_period`: a hard CPU ceiling.', '`cpus: 1.5` says the same thing more readably.', 'cpu_quota: 50000'],
  cpu_period: ['CFS scheduler period in microseconds, paired with `cpu_quota`.', '', 'cpu_period: 100000'],
  cpu_rt_period: ['Real-time scheduler period for the container.', 'Real-time scheduling needs the host kernel configured for it.', 'cpu_rt_period: 1000000'],
  cpu_rt_runtime: ['Real-time scheduler runtime the container may use per period.', '', 'cpu_rt_runtime: 95000'],
  cpus: ['The number of CPUs the container may use, fractions allowed.', 'Without a limit one busy container can starve every other service on the host.', 'cpus: "1.5"'],
  cpuset: ['The CPUs (by number) the container may run on.', '', 'cpuset: "0,1"'],
  credential_spec: ['Credential spec for a managed service account (Windows containers).', '', 'credential_spec:\n  file: my-credential-spec.json'],
  depends_on: ['Services to start before this one; the long form can wait for them to be healthy.', 'The short form only orders start-up: the database may still be initialising when the app connects. Use `condition: service_healthy` with a healthcheck.', 'depends_on:\n  db:\n    condition: service_healthy'],
  deploy: ['Replicas, resource limits, restart policy and placement for the service.', 'Memory and CPU limits live under `deploy.resources.limits`; without them a leak takes the host down.', 'deploy:\n  resources:\n    limits:\n      memory: 512M'],
  develop: ['Development-mode settings for `docker compose watch`: sync or rebuild on file changes.', 'Ignored outside `watch`: it is not a substitute for building a proper image.', 'develop:\n  watch:\n    - path: ./src\n      action: sync\n      target: /app/src'],
  device_cgroup_rules: ['Device cgroup rules: which device nodes the container may create or use.', 'Broad rules (`a *:* rwm`) hand the container raw host devices.', 'device_cgroup_rules:\n  - "c 1:3 mr"'],
  devices: ['Host devices mapped into the container.', 'A device such as a disk or `/dev/mem` gives the container direct access to host hardware.', 'devices:\n  - "/dev/ttyUSB0:/dev/ttyUSB0"'],
  dns: ['Custom DNS servers for the container.', 'Overriding DNS can break resolution of other services by name; Docker\'s embedded DNS answers those.', 'dns:\n  - 1.1.1.1'],
  dns_opt: ['Options written to the container\'s resolv.conf.', '', 'dns_opt:\n  - use-vc'],
  dns_search: ['DNS search domains for short host names.', '', 'dns_search: example.com'],
  domainname: ['The container\'s domain name.', '', 'domainname: example.com'],
  entrypoint: ['Replaces the image\'s ENTRYPOINT.', 'Overriding it also drops the image\'s CMD unless `command` is set too; the exec (list) form keeps signals working.', 'entrypoint: ["/docker-entrypoint.sh"]'],
  env_file: ['Files of `KEY=value` lines added to the container\'s environment.', 'Keep the file out of version control when it holds secrets; a missing file is an error unless `required: false`.', 'env_file:\n  - path: .env\n    required: false'],
  environment: ['Environment variables of the container, as a mapping or `KEY=value` list.', 'Values written here end up in the file, the image history of derived tools and `docker inspect`: use secrets for passwords.', 'environment:\n  LOG_LEVEL: info'],
  expose: ['Ports the service listens on, documented for other services; nothing is published to the host.', 'Other services on the same network reach any port anyway; `expose` is documentation.', 'expose:\n  - "8080"'],
  extends: ['Reuses another service\'s configuration (in this file or another) as a base.', 'Relative paths in the base are resolved from the base\'s file, which surprises people.', 'extends:\n  file: common.yaml\n  service: base'],
  external_links: ['Links to containers started outside this project.', 'Legacy: put the containers on a shared external network instead.', 'external_links:\n  - redis_1'],
  extra_hosts: ['Extra lines for the container\'s /etc/hosts.', '`host.docker.internal:host-gateway` reaches the host on Linux too.', 'extra_hosts:\n  - "host.docker.internal:host-gateway"'],
  gpus: ['GPUs to hand to the container (`all`, or a list of device requests).', 'Needs the NVIDIA (or CDI) runtime on the host; without it the container fails to start.', 'gpus: all'],
  group_add: ['Extra groups the container\'s user belongs to.', '', 'group_add:\n  - video'],
  healthcheck: ['How Docker checks that the container works: a command run at an interval.', 'Without it Docker only knows the process runs; `depends_on: service_healthy` and orchestrators need a real probe.', 'healthcheck:\n  test: ["CMD", "curl", "-f", "http://localhost:8080/health"]\n  interval: 30s'],
  hostname: ['The container\'s host name.', 'Other services reach it by service name, not by this name.', 'hostname: api'],
  image: ['The image to run, `[registry/]name[:tag|@digest]`.', 'A missing tag means `latest`: a different image on every pull. Pin a version or digest.', 'image: postgres:16.4-alpine'],
  init: ['Runs a tiny init process as PID 1 that forwards signals and reaps zombie processes.', 'Useful when the app cannot act as PID 1 (shell scripts, apps spawning children).', 'init: true'],
  ipc: ['IPC namespace: `private`, `shareable`, `host` or `service:<name>`.', '`host` lets the container use the host\'s shared memory.', 'ipc: private'],
  isolation: ['Container isolation technology (Windows: `process` or `hyperv`).', '', 'isolation: process'],
  label_file: ['Files of labels to add to the container.', '', 'label_file: ./labels.env'],
  labels: ['Metadata labels on the container (read by proxies, monitoring, backups).', 'Labels that configure a reverse proxy (Traefik) are part of your routing: review them like code.', 'labels:\n  com.example.team: payments'],
  links: ['Legacy links to other services, with optional aliases.', 'Obsolete: services on the same network already reach each other by name.', 'links:\n  - db:database'],
  logging: ['Logging driver and its options for the container.', 'The default json-file driver keeps logs forever: set `max-size` and `max-file`, or use `local`.', 'logging:\n  driver: json-file\n  options:\n    max-size: "10m"\n    max-file: "3"'],
  mac_address: ['A fixed MAC address for the container.', '', 'mac_address: 02:42:ac:11:65:43'],
  mem_limit: ['Hard memory limit (legacy spelling of `deploy.resources.limits.memory`).', 'A process that exceeds it is OOM-killed (exit 137); with a restart policy that becomes a restart loop.', 'mem_limit: 512m'],
  mem_reservation: ['Soft memory reservation, applied when the host runs short.', '', 'mem_reservation: 256m'],
  mem_swappiness: ['How eagerly the kernel swaps this container\'s memory (0–100).', '', 'mem_swappiness: 0'],
  memswap_limit: ['Memory plus swap the container may use; `-1` for unlimited swap.', 'Equal to the memory limit means no swap at all.', 'memswap_limit: 1g'],
  models: ['Top-level models this service uses; Compose injects their endpoint and name as environment variables.', '', 'models:\n  - llm'],
  network_mode: ['Network mode: `bridge`, `host`, `none`, `service:<name>` or `container:<name>`.', '`host` removes network isolation and makes `ports` meaningless; it cannot be combined with `networks`.', 'network_mode: "service:vpn"'],
  networks: ['Networks the service joins, with optional aliases and addresses per network.', 'A service on no shared network cannot reach the others; each network must be declared at the top level.', 'networks:\n  - backend'],
  oom_kill_disable: ['Stops the kernel OOM killer from killing this container.', 'Without a memory limit this lets the container exhaust the host\'s memory.', 'oom_kill_disable: false'],
  oom_score_adj: ['Adjusts how likely the kernel OOM killer picks this container (-1000 to 1000).', '', 'oom_score_adj: -500'],
  pid: ['PID namespace: `host` or `service:<name>`.', '`host` shows and lets the container signal every process on the host.', 'pid: "service:app"'],
  pids_limit: ['Maximum number of processes in the container.', 'A limit stops a fork bomb or thread leak from exhausting the host.', 'pids_limit: 200'],
  platform: ['The platform of the image to run or build (`linux/amd64`, `linux/arm64`).', 'A foreign platform runs under emulation: much slower, and some syscalls fail.', 'platform: linux/amd64'],
  ports: ['Container ports published on the host, `[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]`.', 'Without a host IP the port listens on every interface; quote the mapping, since YAML 1.1 reads some `xx:yy` as base-60 numbers.', 'ports:\n  - "127.0.0.1:5432:5432"'],
  post_start: ['Commands run inside the container right after it starts.', 'They run in parallel with the entrypoint: the app may not be ready yet.', 'post_start:\n  - command: ["chown", "-R", "1000", "/data"]\n    user: root'],
  pre_start: ['Init steps run, each in a short-lived container, before the service\'s containers start.', 'A failing step keeps the service from starting; make steps idempotent, since they re-run when the service is recreated.', 'pre_start:\n  - command: ["./migrate.sh"]'],
  pre_stop: ['Commands run inside the container before it is stopped.', 'They count against `stop_grace_period`; a slow hook gets the container killed.', 'pre_stop:\n  - command: ["./drain.sh"]'],
  privileged: ['Runs the container with all capabilities and access to all host devices.', 'A privileged container is root on the host in all but name; find the one capability or device it needs instead.', 'privileged: false'],
  profiles: ['Profiles that enable this service; without one it always starts.', 'A service in a profile is skipped by plain `docker compose up` — dependents then fail to find it.', 'profiles: ["debug"]'],
  provider: ['Delegates the service to an external provider (a plugin) instead of a container.', '', 'provider:\n  type: awesomecloud\n  options:\n    type: mysql'],
  pull_policy: ['When to pull the image: `always`, `missing`, `never`, `build`, or `daily`/`weekly`/`every_<duration>`.', '`always` with a floating tag changes what runs on every `up`.', 'pull_policy: missing'],
  pull_refresh_after: ['How long a pulled image stays fresh under `pull_policy: refresh`.', '', 'pull_refresh_after: 24h'],
  read_only: ['Mounts the container\'s root filesystem read-only.', 'Hardens the container; give writable paths (`/tmp`, caches) a tmpfs or volume.', 'read_only: true\ntmpfs:\n  - /tmp'],
  restart: ['Restart policy: `no`, `always`, `on-failure[:max]` or `unless-stopped`.', 'Without one a crashed service stays down; with one and a too-low memory limit, it loops (OOM, restart, OOM).', 'restart: unless-stopped'],
  runtime: ['The OCI runtime for the container (`runc`, `runsc`, `nvidia`).', '', 'runtime: runsc'],
  scale: ['Number of containers to run for the service.', 'Fixed `container_name` or a fixed published host port make more than one impossible.', 'scale: 3'],
  secrets: ['Secrets from the top-level `secrets` mounted under /run/secrets.', 'The app must read the file; most official images accept `*_FILE` variables for that.', 'secrets:\n  - db_password'],
  security_opt: ['Security options: seccomp and AppArmor profiles, SELinux labels, `no-new-privileges`.', '`seccomp:unconfined` or `apparmor:unconfined` removes a layer of protection; `no-new-privileges:true` is cheap hardening.', 'security_opt:\n  - no-new-privileges:true'],
  shm_size: ['Size of /dev/shm.', 'Browsers, PostgreSQL parallel queries and ML workloads fail with the 64 MB default.', 'shm_size: 256m'],
  stdin_open: ['Keeps STDIN open (`docker run -i`).', '', 'stdin_open: true'],
  stop_grace_period: ['How long Compose waits after the stop signal before killing the container.', 'An app that ignores SIGTERM is killed after this delay on every deploy.', 'stop_grace_period: 30s'],
  stop_signal: ['The signal sent to stop the container (default SIGTERM).', 'Use the signal the app handles gracefully, e.g. `SIGQUIT` for nginx.', 'stop_signal: SIGQUIT'],
  storage_opt: ['Storage driver options for the container (such as its size).', '', 'storage_opt:\n  size: 20G'],
  sysctls: ['Kernel parameters set in the container\'s namespaces.', 'Only namespaced sysctls are allowed; others fail at start.', 'sysctls:\n  net.core.somaxconn: 1024'],
  tmpfs: ['In-memory filesystems mounted in the container.', 'Their content counts against the memory limit.', 'tmpfs:\n  - /tmp'],
  tty: ['Allocates a pseudo-terminal (`docker run -t`).', '', 'tty: true'],
  ulimits: ['Per-process resource limits (open files, processes…) inside the container.', 'Databases and proxies often need a higher `nofile`.', 'ulimits:\n  nofile:\n    soft: 65536\n    hard: 65536'],
  use_api_socket: ['Gives the container access to the Docker API socket (and the host\'s registry credentials).', 'Access to the Docker API is root on the host: only for trusted tooling.', 'use_api_socket: true'],
  user: ['The user (and group) the container\'s process runs as.', 'Running as root lets a compromised process own the container; use a numeric non-root user.', 'user: "1000:1000"'],
  userns_mode: ['User namespace mode; `host` disables user-namespace remapping.', '', 'userns_mode: host'],
  uts: ['UTS namespace (host name); `host` shares the host\'s.', '', 'uts: host'],
  volumes: ['Mounts: named volumes, host paths (bind mounts) and tmpfs, in short or long syntax.', 'Bind mounts of host paths are for development; sensitive paths (`/`, `/etc`, the Docker socket) hand over the host.', 'volumes:\n  - pgdata:/var/lib/postgresql/data'],
  volumes_from: ['Mounts all volumes of another service or container.', 'Couples the two services tightly; a named volume shared by both is clearer.', 'volumes_from:\n  - app:ro'],
  working_dir: ['The working directory of the container\'s process.', '', 'working_dir: /app'],
});

const build = section({
  context: ['The build context: a directory (relative to the Compose file) or a Git URL.', 'Everything in it is sent to the builder: keep a .dockerignore next to it.', 'context: ./api'],
  dockerfile: ['The Dockerfile, relative to the context.', '', 'dockerfile: Dockerfile.prod'],
  dockerfile_inline: ['A Dockerfile written inline instead of a file.', 'Fine for one-liners; a real Dockerfile is easier to lint and review.', 'dockerfile_inline: |\n  FROM nginx:1.27\n  COPY . /usr/share/nginx/html'],
  entitlements: ['Extra privileges the build may use (`network.host`, `security.insecure`).', 'Insecure entitlements let RUN steps escape the build sandbox.', 'entitlements:\n  - network.host'],
  args: ['Build arguments (ARG values) passed to the Dockerfile.', 'Build arguments are stored in the image history: never pass secrets this way.', 'args:\n  NODE_ENV: production'],
  ssh: ['SSH agent sockets or keys exposed to `RUN --mount=type=ssh`.', '', 'ssh:\n  - default'],
  labels: ['Labels added to the built image.', '', 'labels:\n  org.opencontainers.image.source: https://github.com/acme/api'],
  cache_from: ['External caches the build may reuse (registry refs, `type=gha`…).', '', 'cache_from:\n  - type=registry,ref=registry.example.com/api:cache'],
  cache_to: ['Where the build exports its cache.', '', 'cache_to:\n  - type=inline'],
  no_cache: ['Builds without using the cache.', 'Slow: every layer is rebuilt on every build.', 'no_cache: true'],
  additional_contexts: ['Named extra build contexts, usable with `COPY --from=<name>`.', '', 'additional_contexts:\n  shared: ../shared'],
  network: ['The network RUN steps use during the build (`default`, `none`, `host`).', '', 'network: host'],
  pull: ['Always pull a newer version of the base images before building.', '', 'pull: true'],
  target: ['The stage of a multi-stage Dockerfile to build.', 'Without it the last stage is built: make sure that is the lean runtime stage.', 'target: runtime'],
  shm_size: ['Size of /dev/shm during the build.', '', 'shm_size: 256m'],
  extra_hosts: ['Extra /etc/hosts lines during the build.', '', 'extra_hosts:\n  - "mirror.local:10.0.0.5"'],
  isolation: ['Isolation technology for the build (Windows).', '', 'isolation: process'],
  privileged: ['Runs the build with extended privileges.', 'A privileged build can change the builder host.', 'privileged: false'],
  secrets: ['Top-level secrets available to `RUN --mount=type=secret` during the build.', 'The right way to use a token at build time: it never lands in a layer.', 'secrets:\n  - npm_token'],
  tags: ['Extra tags for the built image.', '', 'tags:\n  - registry.example.com/api:1.4.0'],
  ulimits: ['Resource limits for the build\'s containers.', '', 'ulimits:\n  nofile: 65536'],
  platforms: ['Platforms to build the image for.', 'More than one platform needs a builder that can export a multi-platform image.', 'platforms:\n  - linux/amd64\n  - linux/arm64'],
  provenance: ['Attaches a provenance attestation (how and from what the image was built).', '', 'provenance: mode=max'],
  sbom: ['Attaches an SBOM attestation (the packages in the image).', '', 'sbom: true'],
});

const deploy = section({
  mode: ['`replicated` (a number of containers), `global` (one per node) or the job variants.', '', 'mode: replicated'],
  endpoint_mode: ['How clients find the replicas: a virtual IP (`vip`) or DNS round robin (`dnsrr`).', '', 'endpoint_mode: vip'],
  replicas: ['Number of containers to run.', 'More than one replica rules out a fixed `container_name` and a fixed published host port.', 'replicas: 2'],
  labels: ['Labels on the service (not on its containers).', '', 'labels:\n  com.example.tier: web'],
  rollback_config: ['How a failed update is rolled back (Swarm).', '', 'rollback_config:\n  parallelism: 1'],
  update_config: ['How replicas are updated: how many at a time, delay, order (Swarm).', '`order: start-first` avoids downtime when there is room for an extra replica.', 'update_config:\n  parallelism: 1\n  order: start-first'],
  resources: ['Resource limits and reservations.', 'Set memory limits: one leaking service should not take the host down.', 'resources:\n  limits:\n    memory: 512M'],
  restart_policy: ['Restart policy under `deploy` (Swarm-style, with delay and attempts).', '', 'restart_policy:\n  condition: on-failure\n  max_attempts: 3'],
  placement: ['Where replicas may run: node constraints and spread preferences (Swarm).', '', 'placement:\n  constraints:\n    - node.role == worker'],
});

const resources = section({
  limits: ['The most the container may use.', 'Over the memory limit the process is OOM-killed (exit 137).', 'limits:\n  cpus: "1"\n  memory: 512M'],
  reservations: ['What the container is guaranteed (and devices such as GPUs it needs).', '', 'reservations:\n  memory: 256M'],
});

const resourceAmounts = section({
  cpus: ['CPUs, fractions allowed.', '', 'cpus: "0.5"'],
  memory: ['Memory, with a unit suffix (`512M`, `2G`).', 'JVMs and Node need their heap sized below it (`-XX:MaxRAMPercentage=75`, `--max-old-space-size`).', 'memory: 512M'],
  pids: ['Maximum number of processes.', '', 'pids: 200'],
  generic_resources: ['Generic (named) resources the container reserves.', '', 'generic_resources:\n  - discrete_resource_spec:\n      kind: gpu\n      value: 1'],
  devices: ['Devices (GPUs) the container reserves.', 'Needs the matching runtime on the host.', 'devices:\n  - driver: nvidia\n    count: 1\n    capabilities: [gpu]'],
});

const restartPolicy = section({
  condition: ['When to restart: `none`, `on-failure` or `any`.', '', 'condition: on-failure'],
  delay: ['Wait between restart attempts.', '', 'delay: 5s'],
  max_attempts: ['How many restarts before giving up.', '', 'max_attempts: 3'],
  window: ['How long a restart must stay up to count as a success.', '', 'window: 120s'],
});

const updateConfig = section({
  parallelism: ['How many containers to update at once.', '', 'parallelism: 1'],
  delay: ['Wait between updating groups of containers.', '', 'delay: 10s'],
  failure_action: ['What to do when an update fails: `continue`, `rollback` or `pause`.', '', 'failure_action: rollback'],
  monitor: ['How long to watch each updated container for failure.', '', 'monitor: 30s'],
  max_failure_ratio: ['Tolerated share of failed updates.', '', 'max_failure_ratio: 0.1'],
  order: ['`stop-first` (old container stops before the new starts) or `start-first`.', '', 'order: start-first'],
});

const placement = section({
  constraints: ['Node conditions a replica requires.', '', 'constraints:\n  - node.labels.zone == a'],
  preferences: ['How replicas spread over nodes.', '', 'preferences:\n  - spread: node.labels.zone'],
  max_replicas_per_node: ['Cap on replicas per node.', '', 'max_replicas_per_node: 1'],
});

const healthcheck = section({
  test: ['The check: `["CMD", …]` runs a program, `["CMD-SHELL", "…"]` a shell line, `["NONE"]` disables the image\'s check.', 'The program must exist in the image: `curl` is missing from slim and distroless images.', 'test: ["CMD-SHELL", "pg_isready -U postgres"]'],
  interval: ['Time between checks (default 30s).', '', 'interval: 10s'],
  timeout: ['How long one check may take before it counts as failed (default 30s).', '', 'timeout: 5s'],
  retries: ['Consecutive failures before the container is unhealthy (default 3).', '', 'retries: 5'],
  start_period: ['Grace period after start during which failures do not count.', 'Slow starters (JVMs, migrations) need one, or they are marked unhealthy while booting.', 'start_period: 30s'],
  start_interval: ['Time between checks during the start period.', '', 'start_interval: 2s'],
  disable: ['Disables the image\'s healthcheck.', '', 'disable: true'],
});

const dependsOn = section({
  condition: ['What to wait for: `service_started`, `service_healthy` or `service_completed_successfully`.', '`service_healthy` needs a healthcheck on the dependency, or Compose refuses to start.', 'condition: service_healthy'],
  restart: ['Restart this service when the dependency is restarted or updated.', '', 'restart: true'],
  required: ['`false` lets this service start when the dependency is missing or failed.', '', 'required: false'],
});

const serviceNetwork = section({
  aliases: ['Extra DNS names for the service on this network.', '', 'aliases:\n  - database'],
  interface_name: ['Name of the network interface inside the container.', '', 'interface_name: eth1'],
  ipv4_address: ['A fixed IPv4 address on this network (needs an `ipam` subnet).', '', 'ipv4_address: 172.20.0.10'],
  ipv6_address: ['A fixed IPv6 address on this network.', '', 'ipv6_address: 2001:db8::10'],
  link_local_ips: ['Link-local addresses for the container on this network.', '', 'link_local_ips:\n  - 169.254.8.8'],
  mac_address: ['MAC address on this network.', '', 'mac_address: 02:42:ac:11:00:02'],
  driver_opts: ['Driver options for this attachment.', '', 'driver_opts:\n  com.docker.network.endpoint.sysctls: "net.ipv4.conf.IFNAME.log_martians=1"'],
  priority: ['Order in which Compose connects the container to its networks.', '', 'priority: 100'],
  gw_priority: ['Which network provides the default gateway (highest wins).', '', 'gw_priority: 1'],
});

const serviceVolume = section({
  type: ['Mount type: `volume`, `bind`, `tmpfs`, `image`, `npipe` or `cluster`.', '', 'type: volume'],
  source: ['What to mount: a volume name, a host path or an image.', '', 'source: pgdata'],
  target: ['Where it appears in the container.', '', 'target: /var/lib/postgresql/data'],
  read_only: ['Mounts it read-only.', 'Mount configuration and code read-only whenever the app does not write there.', 'read_only: true'],
  consistency: ['Mount consistency (macOS only, ignored elsewhere).', '', 'consistency: cached'],
  bind: ['Bind-mount options.', '', 'bind:\n  create_host_path: false'],
  volume: ['Volume options.', '', 'volume:\n  nocopy: true'],
  tmpfs: ['tmpfs options.', '', 'tmpfs:\n  size: 64m'],
  image: ['Image-mount options.', '', 'image:\n  subpath: /data'],
  propagation: ['Mount propagation (`rprivate`, `rshared`…).', '', 'propagation: rprivate'],
  create_host_path: ['Create the host path when missing (default true).', 'A typo then mounts an empty new directory instead of failing.', 'create_host_path: false'],
  recursive: ['Recursive read-only handling of sub-mounts.', '', 'recursive: enabled'],
  selinux: ['SELinux relabel: `z` (shared) or `Z` (private).', '', 'selinux: z'],
  labels: ['Labels for the volume created for this mount.', '', 'labels:\n  backup: "true"'],
  nocopy: ['Do not copy the image\'s content into a new empty volume.', '', 'nocopy: true'],
  subpath: ['Mount only this sub-path of the volume or image.', '', 'subpath: app1'],
  size: ['Size limit of the tmpfs.', '', 'size: 64m'],
  mode: ['File mode of the tmpfs root.', '', 'mode: 1777'],
});

const port = section({
  name: ['A name for the port mapping.', '', 'name: http'],
  mode: ['`host` (publish on each node) or `ingress` (load balanced).', '', 'mode: host'],
  host_ip: ['Host interface to listen on.', 'Without it the port is open on every interface; `127.0.0.1` keeps it local.', 'host_ip: 127.0.0.1'],
  target: ['The container port.', '', 'target: 80'],
  published: ['The host port (or range).', '', 'published: "8080"'],
  protocol: ['`tcp` or `udp`.', '', 'protocol: udp'],
  app_protocol: ['Application protocol of the port (`http`, `grpc`…), for tools that care.', '', 'app_protocol: http'],
});

const serviceSecret = section({
  source: ['The top-level secret or config to mount.', '', 'source: db_password'],
  target: ['File name (under /run/secrets for secrets) or absolute path in the container.', '', 'target: /run/secrets/password'],
  uid: ['Owner user id of the mounted file.', '', 'uid: "1000"'],
  gid: ['Owner group id of the mounted file.', '', 'gid: "1000"'],
  mode: ['File permissions, octal.', 'Keep secrets `0400`: readable by their owner only.', 'mode: 0400'],
});

const logging = section({
  driver: ['The logging driver (`json-file`, `local`, `syslog`, `fluentd`, `awslogs`…).', '', 'driver: local'],
  options: ['Options of the driver.', 'With json-file, set `max-size`: unbounded logs fill the disk.', 'options:\n  max-size: "10m"'],
});

const develop = section({ watch: ['Paths `docker compose watch` follows, and what to do on change.', '', 'watch:\n  - path: ./src\n    action: sync\n    target: /app/src'] });

const watch = section({
  path: ['The host path to watch, relative to the project.', '', 'path: ./src'],
  action: ['`sync` files, `rebuild` the image, `restart` the container, or `sync+restart` / `sync+exec`.', '', 'action: sync+restart'],
  target: ['Where synced files go in the container.', '', 'target: /app/src'],
  ignore: ['Patterns not to watch.', '', 'ignore:\n  - node_modules/'],
  include: ['Patterns to watch within the path.', '', 'include:\n  - "*.py"'],
  exec: ['Command run in the container after a `sync+exec`.', '', 'exec:\n  command: ["kill", "-HUP", "1"]'],
  initial_sync: ['Sync everything once when watch starts.', '', 'initial_sync: true'],
});

const hook = section({
  command: ['The command to run.', '', 'command: ["./migrate.sh"]'],
  user: ['The user it runs as.', '', 'user: root'],
  privileged: ['Run it with extended privileges.', '', 'privileged: false'],
  working_dir: ['Its working directory.', '', 'working_dir: /app'],
  environment: ['Extra environment for it.', '', 'environment:\n  STEP: migrate'],
  image: ['Image of the step\'s container (default: the service\'s image).', '', 'image: migrate/migrate:v4.17.1'],
});

const network = section({
  name: ['The actual network name, instead of `<project>_<key>`.', '', 'name: shared-net'],
  driver: ['Network driver: `bridge`, `overlay`, `macvlan`, `host`, `none`.', '', 'driver: bridge'],
  driver_opts: ['Options of the driver.', '', 'driver_opts:\n  com.docker.network.bridge.name: br-shop'],
  ipam: ['IP address management: driver and subnets.', 'Overlapping subnets with the host\'s or a VPN\'s networks break routing.', 'ipam:\n  config:\n    - subnet: 172.28.0.0/16'],
  external: ['The network exists already; Compose uses it and never creates or removes it.', '', 'external: true'],
  internal: ['No route to the outside world.', 'A simple way to keep databases off the internet.', 'internal: true'],
  enable_ipv4: ['Whether containers get IPv4 addresses on this network.', '', 'enable_ipv4: true'],
  enable_ipv6: ['Enables IPv6 on the network.', '', 'enable_ipv6: true'],
  attachable: ['Lets standalone containers join an overlay network.', '', 'attachable: true'],
  labels: ['Labels on the network.', '', 'labels:\n  com.example.tier: backend'],
  config: ['Subnets, ranges and gateways.', '', 'config:\n  - subnet: 172.28.0.0/16'],
  options: ['Options of the IPAM driver.', '', 'options:\n  foo: bar'],
});

const volume = section({
  name: ['The actual volume name, instead of `<project>_<key>`.', '', 'name: shop-pgdata'],
  driver: ['Volume driver (`local` unless a plugin is installed).', '', 'driver: local'],
  driver_opts: ['Options of the driver (NFS mounts, for example).', '', 'driver_opts:\n  type: nfs\n  o: addr=10.0.0.2,rw\n  device: ":/exports/data"'],
  external: ['The volume exists already; Compose never creates or removes it.', 'Protects data from `docker compose down -v`.', 'external: true'],
  labels: ['Labels on the volume.', '', 'labels:\n  backup: daily'],
});

const secret = section({
  name: ['The actual secret name.', '', 'name: prod_db_password'],
  file: ['Read the secret from this file, relative to the Compose file.', 'Keep the file out of version control.', 'file: ./secrets/db_password.txt'],
  environment: ['Read the secret from this environment variable of the Compose process.', '', 'environment: DB_PASSWORD'],
  content: ['The config\'s content, written inline.', '', 'content: |\n  listen 80;'],
  external: ['The secret or config exists already on the platform.', '', 'external: true'],
  labels: ['Labels on it.', '', 'labels:\n  team: payments'],
  driver: ['Secret driver.', '', 'driver: vault'],
  driver_opts: ['Options of the secret driver.', '', 'driver_opts:\n  path: kv/db'],
  template_driver: ['Template engine to render it with.', '', 'template_driver: golang'],
});

const model = section({
  model: ['The model to run (an OCI reference such as `ai/smollm2`).', '', 'model: ai/smollm2'],
  name: ['Custom name for the model.', '', 'name: chat'],
  context_size: ['Context window in tokens.', 'Larger windows need much more memory.', 'context_size: 4096'],
  runtime_flags: ['Raw flags for the inference engine.', '', 'runtime_flags:\n  - "--threads=4"'],
  endpoint_var: ['Environment variable that receives the model\'s endpoint URL.', '', 'endpoint_var: LLM_URL'],
  model_var: ['Environment variable that receives the model\'s name.', '', 'model_var: LLM_MODEL'],
});

const include = section({
  path: ['The Compose file(s) to include, relative to this one.', '', 'path: ./db/compose.yaml'],
  env_file: ['Environment file used to interpolate the included files.', '', 'env_file: ./db/.env'],
  project_directory: ['Base directory for the included files\' relative paths.', '', 'project_directory: ./db'],
});

const extendsDocs = section({
  service: ['The service to extend.', '', 'service: base'],
  file: ['The file it is in, relative to this one.', '', 'file: common.yaml'],
});

const envFile = section({
  path: ['The env file, relative to the Compose file.', '', 'path: .env'],
  required: ['`false` tolerates a missing file.', '', 'required: false'],
  format: ['File format (`raw` reads values without interpolation).', '', 'format: raw'],
});

const device = section({
  capabilities: ['Device capabilities requested (`gpu`, `compute`…).', '', 'capabilities: [gpu]'],
  count: ['How many devices (or `all`).', '', 'count: 1'],
  device_ids: ['Specific device ids.', '', 'device_ids: ["0"]'],
  driver: ['Device driver.', '', 'driver: nvidia'],
  options: ['Driver-specific options.', '', 'options:\n  virtualization: false'],
});

const provider = section({
  type: ['The provider plugin that manages the service.', '', 'type: model'],
  options: ['Options passed to the provider.', '', 'options:\n  model: ai/smollm2'],
});

const blkio = section({
  weight: ['Relative block I/O weight (10–1000).', '', 'weight: 300'],
  weight_device: ['Weight per device.', '', 'weight_device:\n  - path: /dev/sda\n    weight: 400'],
  device_read_bps: ['Read rate limit per device, bytes per second.', '', 'device_read_bps:\n  - path: /dev/sda\n    rate: 12mb'],
  device_read_iops: ['Read operations per second limit per device.', '', 'device_read_iops:\n  - path: /dev/sda\n    rate: 120'],
  device_write_bps: ['Write rate limit per device, bytes per second.', '', 'device_write_bps:\n  - path: /dev/sda\n    rate: 1024k'],
  device_write_iops: ['Write operations per second limit per device.', '', 'device_write_iops:\n  - path: /dev/sda\n    rate: 30'],
});

const credentialSpec = section({
  config: ['A config holding the credential spec.', '', 'config: my_credential_spec'],
  file: ['A credential spec file.', '', 'file: my-credential-spec.json'],
  registry: ['A credential spec in the Windows registry.', '', 'registry: my-credential-spec'],
});

/** Docs by section, then key. Sections are named after where keys live; see `docSectionOf`. */
export const composeKeyDocs: Record<string, Record<string, ComposeKeyDoc>> = {
  top,
  service,
  build,
  deploy,
  resources,
  resourceAmounts,
  restartPolicy,
  updateConfig,
  placement,
  healthcheck,
  dependsOn,
  serviceNetwork,
  serviceVolume,
  port,
  serviceSecret,
  logging,
  develop,
  watch,
  hook,
  network,
  volume,
  secret,
  model,
  include,
  extends: extendsDocs,
  envFile,
  device,
  provider,
  blkio,
  credentialSpec,
};
