/** Inputs for the benchmark: the shared corpus (when present) and generated large files, the same for every tool. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..');
export const CORPUS_DIR = join(REPO_ROOT, '..', 'shared', 'corpus');

export interface CorpusFile {
  name: string;
  text: string;
}

/** The corpus files of one kind, or undefined (with the reason printed by the caller) when the corpus is absent. */
export function loadCorpus(kind: 'dockerfile' | 'compose'): CorpusFile[] | undefined {
  const dir = join(CORPUS_DIR, kind);
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** One block of a realistic multi-stage Dockerfile (every line a plausible instruction, continuations included). */
function dockerfileBlock(i: number): string[] {
  return [
    `# step ${i}: fetch and build component ${i}`,
    `ARG COMPONENT_${i}_VERSION=1.${i}.0`,
    `ENV APP_${i}_HOME=/opt/app${i} \\`,
    `    PATH=/opt/app${i}/bin:$PATH`,
    `RUN apt-get update \\`,
    ` && apt-get install -y --no-install-recommends curl ca-certificates \\`,
    ` && curl -fsSL https://example.com/c${i}-\${COMPONENT_${i}_VERSION}.tar.gz | tar -xz -C /opt \\`,
    ` && rm -rf /var/lib/apt/lists/*`,
    `COPY --chown=app:app src/component-${i}/ /opt/app${i}/`,
    `WORKDIR /opt/app${i}`,
    `RUN ["sh", "-c", "make -j2 component-${i}"]`,
    `LABEL org.example.component${i}="${i}"`,
  ];
}

/** A Dockerfile of exactly `lines` lines: a new stage every ~100 lines, a final USER and CMD. */
export function generateDockerfile(lines: number): string {
  const out: string[] = [];
  let i = 0;
  while (out.length + 16 <= lines) {
    if (i % 8 === 0) out.push(`FROM debian:12-slim AS stage${i / 8}`);
    out.push(...dockerfileBlock(i++));
  }
  out.push('USER app', 'CMD ["/opt/app0/bin/server", "--port", "8080"]');
  while (out.length < lines) out.splice(out.length - 2, 0, `# padding ${out.length}`);
  return out.join('\n') + '\n';
}

/** A Compose file with `services` services (about eight lines each). */
export function generateCompose(services: number): string {
  const out = ['name: generated', 'services:'];
  for (let i = 0; i < services; i++) {
    out.push(
      `  svc${i}:`,
      `    image: registry.example.com/team/svc${i}:1.${i % 50}.0`,
      '    restart: unless-stopped',
      '    environment:',
      `      SERVICE_INDEX: "${i}"`,
      '    ports:',
      `      - "127.0.0.1:${10000 + (i % 50000)}:8080"`,
      ...(i > 0 ? ['    depends_on:', `      - svc${i - 1}`] : []),
    );
  }
  return out.join('\n') + '\n';
}

/** Where "typing" happens in a generated file: just before the continuation of a RUN line in the middle. */
export function typingOffset(text: string, language: 'dockerfile' | 'compose'): number {
  const marker = language === 'dockerfile' ? 'RUN apt-get update \\' : 'SERVICE_INDEX: "';
  const middle = text.indexOf(marker, Math.floor(text.length / 2));
  const at = middle >= 0 ? middle : text.indexOf(marker);
  return language === 'dockerfile' ? at + 'RUN apt-get update'.length : at + marker.length;
}
