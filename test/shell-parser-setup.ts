/** Starts the shell parser for in-process tests, from the .wasm files in node_modules (the build copies them to dist/). */
import { join } from 'node:path';
import { initShellParserFromFiles, installedShellParserWasm } from '../server/src/node/shell-parser';

export function initShellParserForTests(): Promise<void> {
  return initShellParserFromFiles(installedShellParserWasm(join(__dirname, '..', 'node_modules')));
}
