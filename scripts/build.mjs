// One build script: node client, node server, CLI, the engine for the browser platform (which fails the build the
// moment the engine imports a Node built-in), the web extension's client and worker server, the extension-host tests.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { generateComposeSchema } from './compose-schema.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  define: { SHIPSHAPE_VERSION: JSON.stringify(pkg.version) },
};

// The shell parser's .wasm files ship beside the bundles (they are loaded at start-up, never bundled).
const copyShellParserWasm = () => Promise.all([
  copyFile('node_modules/web-tree-sitter/web-tree-sitter.wasm', 'dist/web-tree-sitter.wasm'),
  copyFile('node_modules/tree-sitter-bash/tree-sitter-bash.wasm', 'dist/tree-sitter-bash.wasm'),
]);
// web-tree-sitter's ES module build finds itself through import.meta.url, which a CommonJS bundle lacks: use its CJS build.
const nodeServer = { ...common, platform: 'node', format: 'cjs', alias: { 'web-tree-sitter': './node_modules/web-tree-sitter/web-tree-sitter.cjs' } };

// web-tree-sitter works out its .wasm URL from import.meta.url even when handed the bytes (as the web extension does);
// a classic-script worker has no import.meta, so it gets a placeholder that is never fetched.
const browserWorkerDefines = { ...common.define, 'import.meta.url': JSON.stringify('https://shipshape.invalid/dist/browser/server.js') };

// The Compose schema validator is generated from node_modules before bundling (see scripts/compose-schema.mjs).
generateComposeSchema();
await mkdir('dist', { recursive: true });
await Promise.all([
  copyShellParserWasm(), // after mkdir: a fresh clone has no dist/
  build({ ...common, entryPoints: ['client/src/node/main.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] }),
  build({ ...nodeServer, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' }),
  build({ ...nodeServer, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/browser/engine.js', platform: 'browser', format: 'esm' }),
  // The web extension: its client runs in the web extension host (CommonJS), its server in a Web Worker started from
  // that client (a classic script: VS Code loads nested workers with importScripts).
  build({ ...common, entryPoints: ['client/src/browser/main.ts'], outfile: 'dist/browser/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browser/server.js', platform: 'browser', format: 'iife', inject: ['server/src/browser/buffer-shim.ts'], define: browserWorkerDefines }),
  // The extension-host test suite (mocha, loaded from node_modules at run time), one file per test file.
  build({ ...common, entryPoints: ['test/vscode/suite/*.ts'], outdir: 'dist/test/vscode', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] }),
]);
