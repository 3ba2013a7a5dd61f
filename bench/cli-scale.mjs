// The CLI on a large repository: a generated tree of Dockerfiles and Compose files (10,000 by default), linted by the
// bundled dist/cli.js as a whole process: single-threaded (--jobs 1), on all cores, and again with a warm --cache.
// Prints a Markdown table of wall time and files/second, and checks that every mode reports the same findings.
//
//   node bench/cli-scale.mjs [--files N] [--runs N] [--keep] [--write]      (npm run bench:cli builds, then --write)
//
// --write puts the table in bench/results.md, between its cli-scale markers (the rest of that file is bench/run.ts's).
// Needs `node scripts/build.mjs` first. The tree is deterministic (same files for the same --files), so numbers
// from two machines or two commits compare.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const FILES = option('--files', 10_000);
const RUNS = option('--runs', 1);
const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const CORES = availableParallelism();

// ---- the tree: service directories of a monorepo, each with a Dockerfile, one in five also with a Compose file ----

const NODE = (i) => `FROM node:${18 + (i % 3) * 2}-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
${i % 4 === 0 ? 'USER node\n' : ''}EXPOSE ${3000 + (i % 100)}
${i % 3 === 0 ? 'CMD node server.js' : 'CMD ["node", "server.js"]'}
`;

const PYTHON = (i) => `FROM python:3.${10 + (i % 3)}-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /srv
RUN apt-get update && apt-get install -y --no-install-recommends build-essential${i % 2 ? ' && rm -rf /var/lib/apt/lists/*' : ''}
COPY requirements.txt .
RUN pip install ${i % 5 === 0 ? '' : '--no-cache-dir '}-r requirements.txt
COPY . .
USER 10001
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app${i}:app"]
`;

const GO = (i) => `# syntax=docker/dockerfile:1
FROM golang:1.2${i % 3} AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/svc${i} ./cmd/svc${i}

FROM gcr.io/distroless/static-debian12${i % 2 ? ':nonroot' : ''}
COPY --from=build /out/svc${i} /svc
${i % 2 ? '' : 'USER 65532:65532\n'}ENTRYPOINT ["/svc"]
`;

const DEBIAN = (i) => `FROM debian:${i % 2 ? 'bookworm' : 'latest'}
MAINTAINER team${i % 40}@example.com
RUN apt-get update
RUN apt-get install -y curl ca-certificates${i % 3 ? '' : ' wget'}
RUN curl -fsSL https://example.com/install-${i}.sh | sh
WORKDIR opt/app
ADD release-${i}.tar.gz /opt/app/
ENV API_TOKEN=changeme
CMD /opt/app/bin/start --port ${8000 + (i % 500)}
`;

const JAVA = (i) => `FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -q dependency:go-offline
COPY src ./src
RUN mvn -q package -DskipTests

FROM eclipse-temurin:21-jre
COPY --from=build /build/target/app-${i}.jar /app/app.jar
USER 1000
HEALTHCHECK CMD curl -f http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
`;

const TEMPLATES = [NODE, PYTHON, GO, DEBIAN, JAVA];

const COMPOSE = (i) => `${i % 3 === 0 ? 'version: "3.8"\n' : ''}services:
  app${i}:
    build: .
    image: registry.example.com/team/app${i}:1.${i % 50}.0
    restart: unless-stopped
    ports:
      - "${10000 + i}:8080"
    environment:
      SERVICE_INDEX: "${i}"
    depends_on:
      - db
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: example
    volumes:
      - data${i}:/var/lib/postgresql/data
volumes:
  data${i}:
`;

function generateTree(count) {
  const root = mkdtempSync(join(tmpdir(), 'shipshape-scale-'));
  let written = 0;
  for (let i = 0; written < count; i++) {
    const dir = join(root, `team-${String(i % 50).padStart(2, '0')}`, `svc-${String(i).padStart(5, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, i % 7 === 0 ? 'Containerfile' : 'Dockerfile'), TEMPLATES[i % TEMPLATES.length](i));
    written++;
    if (i % 5 === 0 && written < count) {
      writeFileSync(join(dir, 'compose.yaml'), COMPOSE(i));
      written++;
    }
  }
  return root;
}

// ---- measuring ----

/**
 * Median wall time and CPU time (user + system, every thread) of `runs` runs. The CPU time comes from the POSIX shell's
 * `times` builtin after the run, which reports what its children used: Node cannot ask that of a child it spawned.
 */
function lint(tree, args) {
  const runs = [];
  const outFile = join(tree, '.bench-output');
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = spawnSync(
      '/bin/sh',
      ['-c', '"$0" "$@" > "$OUT"; status=$?; times >&2; exit $status', process.execPath, CLI, '--format', 'compact', '--fail-level', 'none', '--no-progress', ...args, '.'],
      { cwd: tree, encoding: 'utf8', env: { ...process.env, OUT: outFile } },
    );
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`shipshape ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
    const [user, system] = result.stderr.trimEnd().split('\n').at(-1).split(/\s+/).map(seconds);
    runs.push({ ms, cpuMs: (user + system) * 1000 });
  }
  runs.sort((a, b) => a.ms - b.ms);
  return { ...runs[Math.floor(runs.length / 2)], output: readFileSync(outFile, 'utf8') };
}

/** `1m2.345s` (the shell's `times` format) in seconds. */
function seconds(text) {
  const m = /^(?:(\d+)m)?([\d.]+)s$/.exec(text);
  if (!m) throw new Error(`unexpected times output: ${text}`);
  return Number(m[1] ?? 0) * 60 + Number(m[2]);
}

const tree = generateTree(FILES);
const cacheDir = join(tree, '.bench-cache');
const loadBefore = loadavg()[0];
process.stderr.write(`Generated ${FILES} files in ${tree}; linting (${RUNS} run${RUNS === 1 ? '' : 's'} each)…\n`);

const single = lint(tree, ['--jobs', '1']);
const parallel = lint(tree, ['--jobs', String(CORES)]);
rmSync(cacheDir, { recursive: true, force: true });
const cold = lint(tree, ['--cache-location', cacheDir]);
const warm = lint(tree, ['--cache-location', cacheDir]);
const loadAfter = loadavg()[0];

for (const [name, result] of [['all cores', parallel], ['cold cache', cold], ['warm cache', warm]]) {
  if (result.output !== single.output) throw new Error(`${name}: the findings differ from the single-threaded run`);
}

const findings = single.output.split('\n').filter(Boolean).length;
const rows = [
  ['single thread (--jobs 1)', single],
  [`all cores (--jobs ${CORES})`, parallel],
  ['--cache, first run (all cores)', cold],
  ['--cache, nothing changed', warm],
];
const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const lines = [
  `### CLI on ${fmt(FILES)} files (${fmt(findings)} findings; ${CORES} core${CORES === 1 ? '' : 's'}, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version})`,
  '',
  '| Mode | Wall time | Files/s | vs single thread | CPU time | Files per CPU-second |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ([name, r]) =>
      `| ${name} | ${(r.ms / 1000).toFixed(1)} s | ${fmt((FILES * 1000) / r.ms)} | ${(single.ms / r.ms).toFixed(2)}× | ${(r.cpuMs / 1000).toFixed(1)} s | ${fmt((FILES * 1000) / r.cpuMs)} |`,
  ),
  '',
  `Whole process (start-up, discovery, linting, output), median of ${RUNS} run${RUNS === 1 ? '' : 's'}; every mode reported the same findings. ` +
    `CPU time counts every thread. Load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after: on a busy machine the wall times, ` +
    'and so the gain from more cores, say more about the neighbours than about Shipshape.',
];
process.stdout.write(lines.join('\n') + '\n');
if (argv.includes('--write')) writeResults(lines);

/** Replaces the section between the cli-scale markers of bench/results.md (appends it the first time). */
function writeResults(table) {
  const path = new URL('results.md', import.meta.url).pathname;
  const begin = '<!-- cli-scale:begin -->';
  const end = '<!-- cli-scale:end -->';
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown';
  const section = [begin, '## CLI at scale (`npm run bench:cli`)', '', `- Date: ${new Date().toISOString()}`, `- Commit: ${commit}`, '', ...table, end].join('\n');
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  writeFileSync(path, from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : `${text.trimEnd()}\n\n${section}\n`);
}

if (!argv.includes('--keep')) rmSync(tree, { recursive: true, force: true });
