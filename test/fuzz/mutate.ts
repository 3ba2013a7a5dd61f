/**
 * Seeded mutations of Dockerfiles and Compose files: line surgery, cuts, continuations, unclosed quotes and
 * heredocs, random bytes, line-ending and encoding oddities, very long lines, deep YAML nesting, alias bombs.
 * Everything is drawn from one PRNG, so (seed, mutant index) reproduces a mutant exactly.
 */
import type { Language } from '../../server/src/engine';

/** sfc32: small, fast, good enough for fuzzing; state from a 32-bit seed through splitmix32. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A seed for mutant `index` of a run with `seed`: each mutant is reproducible on its own. */
export function mutantSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) + Math.imul(index + 1, 0x165667b1)) >>> 0;
}

interface Lines {
  lines: string[];
  eol: string;
}

const split = (text: string): Lines => ({ lines: text.split(/\r?\n/), eol: text.includes('\r\n') ? '\r\n' : '\n' });
const join = ({ lines, eol }: Lines) => lines.join(eol);

const DOCKERFILE_SNIPPETS = [
  'FROM',
  'FROM scratch',
  'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
  'FROM build AS final',
  'FROM ${BASE:-alpine}:${TAG}',
  'FROM alpine@sha256:0000',
  'ARG',
  'ARG A=1 B',
  'ENV A=1 B="two words" C',
  'ENV KEY value with spaces',
  'RUN',
  'RUN <<EOF',
  'RUN <<-"EOT" bash\n\techo hi\n\tEOT',
  'RUN <<EOF cat > /x\nno terminator',
  'COPY <<EOF /etc/conf\nkey=value\nEOF',
  'RUN --mount=type=cache,target=/root/.cache,sharing=locked pip install -r requirements.txt',
  'RUN --mount=type=secret,id=npm,',
  'RUN --network=none --security=insecure true',
  'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
  'RUN echo "unterminated',
  "RUN echo 'unterminated",
  'RUN echo $((1 + 2)) `date` $(echo $(id -u)) ${A:-${B:+c}} \\$HOME',
  'RUN if [ -f a ]; then echo a; elif true; then :; else exit 1; fi; for i in 1 2; do echo $i; done; case x in x) ;; esac',
  'RUN cd /app && npm ci || exit 1 | tee log &',
  'RUN ["sh", "-c", "echo hi"]',
  'RUN ["unterminated", ',
  "RUN ['single', 'quotes']",
  'CMD',
  'CMD []',
  'CMD ["node", "server.js"]',
  'CMD node server.js',
  'ENTRYPOINT ["/tini", "--"]',
  'ENTRYPOINT exec "$@"',
  'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
  'SHELL not-json',
  'COPY --from=build --chown=1000:1000 --chmod=755 /src /dst',
  'COPY --link . .',
  'COPY',
  'ADD https://example.com/x.tar.gz /tmp/',
  'ADD --checksum=sha256:abc git@github.com:org/repo.git /src',
  'USER',
  'USER root',
  'USER 1000:1000',
  'WORKDIR',
  'WORKDIR relative/path',
  'EXPOSE 80/tcp 443/udp 8080-8090 ${PORT}',
  'EXPOSE notaport',
  'HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1',
  'HEALTHCHECK NONE',
  'HEALTHCHECK CMD',
  'ONBUILD RUN echo hi',
  'ONBUILD ONBUILD RUN nested',
  'ONBUILD',
  'STOPSIGNAL SIGKILL',
  'VOLUME ["/data", "/logs"]',
  'VOLUME /data',
  'LABEL a=b "c d"="e f" g',
  'MAINTAINER someone',
  'UNKNOWN instruction',
  '# syntax=docker/dockerfile:1',
  '# escape=`',
  '# escape=\\',
  '# check=skip=JSONArgsRecommended;error=true',
  '# hadolint ignore=DL3008,DL3025',
  '# a comment',
  '\\',
  '`',
];

const COMPOSE_SNIPPETS = [
  'services:',
  'version: "3.8"',
  'name: ${PROJECT:-demo}',
  '  web:',
  '    image: nginx:latest',
  '    image:',
  '    build: .',
  '    build:\n      context: .\n      dockerfile: Dockerfile\n      args:\n        - A=1',
  '    ports:\n      - "80:80"\n      - 8080:8080\n      - target: 80\n        published: "8080"',
  '    environment:\n      - A=1\n      - B\n    env_file: .env',
  '    environment:\n      A: 1\n      B: null',
  '    depends_on:\n      db:\n        condition: service_healthy',
  '    depends_on: [db, cache]',
  '    volumes:\n      - ./data:/data:ro\n      - type: bind\n        source: /\n        target: /host',
  '    privileged: true',
  '    network_mode: host',
  '    restart: always',
  '    command: ["npm", "start"]',
  '    command: npm start',
  '    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost"]\n      interval: 10s',
  '    deploy:\n      resources:\n        limits:\n          memory: 512M',
  '    extends:\n      file: base.yaml\n      service: base',
  '    labels: !reset []',
  '    ports: !override\n      - "9000:9000"',
  'x-common: &common\n  restart: unless-stopped',
  '  app:\n    <<: *common\n    image: app',
  '  ref: *undefined_anchor',
  'include:\n  - other.yaml',
  'volumes:\n  data: {}',
  'networks:\n  default:\n    external: true',
  'secrets:\n  token:\n    file: ./token.txt',
  'key: [unclosed',
  'key: {unclosed: 1',
  'key: "unclosed',
  "key: 'unclosed",
  'key: |\n  block\n text',
  '? complex key\n: value',
  '--- ',
  '...',
  '%YAML 1.2',
  '!!binary aGVsbG8=',
  '- list at top',
  '\t tab indented: 1',
  'dup: 1\ndup: 2',
];

const RANDOM_CHARS = ['\0', '\x01', '\x7f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ud800', '\udfff', '😀', 'é', '\u200b', '\r', '\t', '\\', '"', "'", '$', '{', '}', '[', ']', ':', '-', '#', '`', '&', '*', '<<', '\n'];

export interface MutationLimits {
  /** Longest line `longLine` inserts (characters). */
  longLine: number;
  /** Deepest nesting `deepNesting` builds. */
  nesting: number;
}

/** What `npm run fuzz` uses; the short run inside `npm test` passes smaller limits to stay fast. */
export const FULL_LIMITS: MutationLimits = { longLine: 30_000, nesting: 2000 };

type Mutation = (text: string, random: Random, language: Language, limits: MutationLimits) => string;

const mutations: Record<string, Mutation> = {
  deleteLine(text, random) {
    const l = split(text);
    l.lines.splice(random.int(l.lines.length), 1 + (random.chance(0.2) ? random.int(5) : 0));
    return join(l);
  },
  duplicateLine(text, random) {
    const l = split(text);
    const i = random.int(l.lines.length);
    l.lines.splice(i, 0, ...l.lines.slice(i, i + 1 + random.int(3)));
    return join(l);
  },
  swapLines(text, random) {
    const l = split(text);
    const i = random.int(l.lines.length);
    const j = random.int(l.lines.length);
    [l.lines[i], l.lines[j]] = [l.lines[j], l.lines[i]];
    return join(l);
  },
  cutAt(text, random) {
    return text.slice(0, random.int(text.length + 1));
  },
  cutRange(text, random) {
    const start = random.int(text.length + 1);
    return text.slice(0, start) + text.slice(start + random.int(200));
  },
  continuation(text, random) {
    const l = split(text);
    const i = random.int(l.lines.length);
    l.lines[i] += random.pick([' \\', '\\', ' \\ ', ' `', '\\\\', ' \\\t']);
    return join(l);
  },
  unclosedQuote(text, random) {
    const at = random.int(text.length + 1);
    return text.slice(0, at) + random.pick(['"', "'", '`', '$(', '${', '[', '["']) + text.slice(at);
  },
  heredoc(text, random, language, limits) {
    if (language === 'compose') return mutations.unclosedQuote(text, random, language, limits);
    const l = split(text);
    const i = random.int(l.lines.length + 1);
    const name = random.pick(['EOF', 'EOT', '"END"', "'X'", '-EOF']);
    const body = random.chance(0.5) ? ['echo in heredoc', name.replace(/["'-]/g, '')] : ['echo never terminated'];
    l.lines.splice(i, 0, `${random.pick(['RUN', 'COPY', 'RUN cat', 'RUN python3'])} <<${name}${random.chance(0.3) ? ` <<EOF2` : ''} ${random.chance(0.5) ? '/dst' : ''}`, ...body);
    return join(l);
  },
  randomBytes(text, random) {
    let out = text;
    for (let n = 1 + random.int(8); n > 0; n--) {
      const at = random.int(out.length + 1);
      const ch = random.chance(0.5) ? random.pick(RANDOM_CHARS) : String.fromCharCode(random.int(0x10000));
      out = out.slice(0, at) + ch + out.slice(at);
    }
    return out;
  },
  crlf(text, random) {
    if (random.chance(0.5)) return text.replace(/\r?\n/g, '\r\n');
    // Mixed endings, including lone CRs.
    return text.replace(/\n/g, () => random.pick(['\n', '\r\n', '\r', '\n']));
  },
  bom(text) {
    return '\ufeff' + text;
  },
  tabs(text, random) {
    return random.chance(0.5) ? text.replace(/^ +/gm, '\t') : text.replace(/ /g, () => (random.chance(0.1) ? '\t' : ' '));
  },
  longLine(text, random, language, limits) {
    const l = split(text);
    const length = 500 + random.int(limits.longLine);
    const unit = language === 'dockerfile' ? random.pick(['a', 'x && ', '$A', '"q" ', '\\\n']) : random.pick(['a', ' ', '- x ', 'k: v, ']);
    const line = (language === 'dockerfile' ? random.pick(['RUN echo ', 'ENV A=', 'LABEL a=', '# ']) : random.pick(['  key: ', '    - ', 'x: '])) + unit.repeat(Math.ceil(length / unit.length));
    l.lines.splice(random.int(l.lines.length + 1), 0, line);
    return join(l);
  },
  snippet(text, random, language) {
    const l = split(text);
    const snippet = random.pick(language === 'dockerfile' ? DOCKERFILE_SNIPPETS : COMPOSE_SNIPPETS);
    l.lines.splice(random.int(l.lines.length + 1), 0, ...snippet.split('\n'));
    return join(l);
  },
  indent(text, random) {
    const l = split(text);
    const i = random.int(l.lines.length);
    l.lines[i] = random.chance(0.5) ? ' '.repeat(1 + random.int(8)) + l.lines[i] : l.lines[i].trimStart();
    return join(l);
  },
  caseChange(text, random) {
    const l = split(text);
    const i = random.int(l.lines.length);
    l.lines[i] = random.chance(0.5) ? l.lines[i].toLowerCase() : l.lines[i].toUpperCase();
    return join(l);
  },
  deepNesting(text, random, language, limits) {
    const depth = 50 + random.int(random.chance(0.2) ? limits.nesting : Math.min(300, limits.nesting));
    if (language === 'dockerfile') return text + `\nRUN ${'$('.repeat(depth)}x${')'.repeat(random.int(depth))}\nCMD ${'['.repeat(depth)}`;
    if (random.chance(0.5)) return text + `\nx-deep: ${'['.repeat(depth)}${']'.repeat(random.int(depth + 1))}\n`;
    return text + '\nx-deep:\n' + Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * (i + 1))}k${i}:`).join('\n') + ' leaf\n';
  },
  aliasBomb(text, random, language, limits) {
    if (language === 'dockerfile') return mutations.snippet(text, random, language, limits);
    const levels = 3 + random.int(8);
    const lines = ['x-a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < levels; i++) lines.push(`x-a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    lines.push(`x-bomb: *a${levels - 1}`);
    if (random.chance(0.5)) lines.push('services:', '  bomb:', `    <<: *a${levels - 1}`, '    image: alpine:3.20', `    environment: *a${levels - 1}`);
    return text + '\n' + lines.join('\n') + '\n';
  },
};

export const MUTATION_NAMES = Object.keys(mutations);

export interface Mutant {
  text: string;
  mutations: string[];
}

/** Applies 1–4 random mutations. */
export function mutate(text: string, language: Language, random: Random, limits: MutationLimits = FULL_LIMITS): Mutant {
  const applied: string[] = [];
  let out = text;
  for (let n = 1 + random.int(4); n > 0; n--) {
    const name = random.pick(MUTATION_NAMES);
    out = mutations[name](out, random, language, limits);
    applied.push(name);
  }
  return { text: out, mutations: applied };
}
