/** Hostile documents, made on the fly (none is worth committing): each must get a bounded, clear answer. */

/** About 10 MB of plausible Dockerfile text. */
export function tenMegabyteDockerfile(): string {
  const block = 'RUN echo "a line of a very large generated file" && true\n';
  return 'FROM alpine:3.20\n' + block.repeat(Math.ceil((10 * 1024 * 1024) / block.length));
}

/** What a text editor shows for an executable opened as text: NULs, control characters, replacement characters. */
export function binaryText(): string {
  let out = '\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0';
  for (let i = 0; i < 4096; i++) out += String.fromCharCode((i * 7919) % 256 === 0 ? 0 : (i * 7919) % 256);
  return out.replace(/[\x80-\xff]/g, '\ufffd');
}

/** The same as bytes on disk. */
export function binaryBytes(): Buffer {
  const bytes = Buffer.alloc(8192);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  return bytes;
}

/** Bytes that are not UTF-8 (Latin-1 accents, a truncated sequence) in an otherwise ordinary Dockerfile. */
export function invalidUtf8Bytes(): Buffer {
  return Buffer.concat([Buffer.from('FROM alpine:3.20\nLABEL description="caf'), Buffer.from([0xe9, 0x22, 0x0a, 0xc3]), Buffer.from('\nCMD ["sh"]\n')]);
}

/** A Dockerfile with lone surrogates (what a broken decoder or a bad paste leaves in a string). */
export function loneSurrogates(): string {
  return 'FROM alpine:3.20\nLABEL a="\ud800" b="\udfff\ud83d"\nRUN echo \udc00 && true\nUSER app\nCMD ["sh", "-c", "echo \ud800"]\n';
}

/** Billion laughs: nine levels of nine aliases, about 387 million strings if anything expanded it. */
export function yamlAliasBomb(): string {
  const lines = ['x-a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 9; i++) lines.push(`x-a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  lines.push('services:', '  bomb:', '    image: alpine:3.20', '    command: *a8', '    environment:', '      A: *a8', '    labels: *a8');
  return lines.join('\n') + '\n';
}

/** One RUN continued over 100,000 lines. */
export function longContinuation(lines = 100_000): string {
  return 'FROM alpine:3.20\nRUN echo start \\\n' + '  && true \\\n'.repeat(lines) + '  && echo end\nUSER app\n';
}

/** One here-document of 100,000 lines. */
export function longHeredoc(lines = 100_000): string {
  return 'FROM alpine:3.20\nRUN <<EOF\n' + 'echo one more line\n'.repeat(lines) + 'EOF\nUSER app\n';
}

/** YAML flow collections nested 5,000 deep. */
export function deepYaml(depth = 5000): string {
  return `services:\n  web:\n    image: alpine:3.20\nx-deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** Block mappings and sequences nested by indentation (1 space a level, so 1,300 levels stay far below 2 MB). */
export function deepBlockYaml(depth = 1300): string {
  const lines = Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 1)}${i % 2 ? '- ' : `k${i}:`}`);
  return `services:\n  web:\n    image: alpine:3.20\nx-deep:\n${lines.join('\n')} v\n`;
}

/** Thousands of `k:` on one line, each a mapping nested in the one before: the yaml parser's time (and stack) grows with them. */
export function compactMappingChain(count = 5000): string {
  return `services:\n  web: ${'k: v, '.repeat(count)}\nx-next: 1\n`;
}
