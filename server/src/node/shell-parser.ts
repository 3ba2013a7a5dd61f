/** Starts the engine's shell parser on Node from the two .wasm files on disk (the engine never reads files). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initShellParser } from '../engine';

/** Where npm installs the .wasm files (for tests and scripts that run the sources). */
export function installedShellParserWasm(nodeModules: string): { coreWasm: string; bashWasm: string } {
  return { coreWasm: join(nodeModules, 'web-tree-sitter', 'web-tree-sitter.wasm'), bashWasm: join(nodeModules, 'tree-sitter-bash', 'tree-sitter-bash.wasm') };
}

/** Where the build puts the .wasm files: beside the bundles in dist/. */
export function bundledShellParserWasm(directory: string): { coreWasm: string; bashWasm: string } {
  return { coreWasm: join(directory, 'web-tree-sitter.wasm'), bashWasm: join(directory, 'tree-sitter-bash.wasm') };
}

export function initShellParserFromFiles(paths: { coreWasm: string; bashWasm: string }): Promise<void> {
  return initShellParser({ coreWasm: readFileSync(paths.coreWasm), bashWasm: readFileSync(paths.bashWasm) });
}
