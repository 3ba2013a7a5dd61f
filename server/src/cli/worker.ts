/** A worker thread of the CLI: starts its own shell parser, then lints the batches the main thread sends. */
import { parentPort, workerData } from 'node:worker_threads';
import { bundledShellParserWasm, initShellParserFromFiles } from '../node/shell-parser';
import { lintTask, type LintSettings } from './lint-file';
import type { WorkerAnswer, WorkerBatch } from './lint-pool';

export function startLintWorker(bundleDirectory: string): void {
  const port = parentPort!;
  const settings = (workerData as { settings: LintSettings }).settings;
  const ready = initShellParserFromFiles(bundledShellParserWasm(bundleDirectory));
  port.on('message', (batch: WorkerBatch) => {
    void ready.then(
      () => {
        let answer: WorkerAnswer;
        try {
          answer = { first: batch.first, results: batch.tasks.map((task) => lintTask(task, settings)) };
        } catch (error) {
          answer = { first: batch.first, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
        }
        port.postMessage(answer);
      },
      (error: unknown) => port.postMessage({ first: batch.first, error: `cannot load the shell parser (${String(error)})` } satisfies WorkerAnswer),
    );
  });
}
