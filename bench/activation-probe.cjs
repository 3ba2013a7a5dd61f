// Loads the bundled extension with a stub `vscode` module and prints how long `require` took, in milliseconds.
// Approximates activation cost: bundle load and module evaluation, not VS Code's extension host or server start.
const Module = require('node:module');
const { performance } = require('node:perf_hooks');

const stub = () => {
  const target = function () {};
  return new Proxy(target, {
    get: (t, key) => (key === 'prototype' ? t.prototype : key === Symbol.toPrimitive ? () => '' : stub()),
    construct: () => stub(),
    apply: () => stub(),
  });
};
const vscode = stub();
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const started = performance.now();
const extension = require(process.argv[2]);
const elapsed = performance.now() - started;
if (typeof extension.activate !== 'function') throw new Error('the bundle exports no activate()');
process.stdout.write(String(elapsed));
