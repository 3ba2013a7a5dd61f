/**
 * The engine as it ships: bundled and minified by esbuild (as scripts/build.mjs does for the server and CLI), loaded
 * from a temporary file. Measuring the TypeScript sources through tsx would also time tsx's transforms.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './inputs';
import { installedShellParserWasm } from '../server/src/node/shell-parser';

export type Engine = typeof import('../server/src/engine');

let engine: Engine | undefined;

/** `minify: false` keeps function names, for reading a CPU profile. The bundle's shell parser is started too. */
export async function bundledEngine(minify = true): Promise<Engine> {
  if (engine) return engine;
  const outfile = join(mkdtempSync(join(tmpdir(), 'shipshape-engine-')), 'engine.js');
  buildSync({
    entryPoints: [join(REPO_ROOT, 'server/src/engine/index.ts')],
    outfile,
    bundle: true,
    minify,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    logLevel: 'warning',
    // As scripts/build.mjs does: the ES module build of web-tree-sitter needs import.meta.url, which CommonJS lacks.
    alias: { 'web-tree-sitter': join(REPO_ROOT, 'node_modules/web-tree-sitter/web-tree-sitter.cjs') },
  });
  const loaded = require(outfile) as Engine;
  const wasm = installedShellParserWasm(join(REPO_ROOT, 'node_modules'));
  await loaded.initShellParser({ coreWasm: readFileSync(wasm.coreWasm), bashWasm: readFileSync(wasm.bashWasm) });
  engine = loaded;
  return engine;
}
