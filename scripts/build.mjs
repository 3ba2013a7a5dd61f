// One build script, five bundles: node client, node server, CLI, and the engine for the browser platform
// (which fails the build the moment the engine imports a Node built-in).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

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

await Promise.all([
  build({ ...common, entryPoints: ['client/src/node/main.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/browser/engine.js', platform: 'browser', format: 'esm' }),
]);
