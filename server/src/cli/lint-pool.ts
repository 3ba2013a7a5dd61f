/**
 * Runs the lint tasks on this thread, or on worker threads when there are enough files to pay for starting them
 * (each worker loads the bundle and the shell parser, about a tenth of a second). Workers take batches from a shared
 * queue, so a few large files do not leave the other workers idle; results come back in the order of the tasks, so
 * the output is the same whatever the number of workers.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { lintTask, type LintSettings, type LintTask, type LintTaskResult } from './lint-file';

/** Below this many files per worker, one thread is faster than starting workers. */
const FILES_PER_WORKER = 100;

export const WORKER_MARK = 'shipshapeLintWorker';

export interface WorkerBatch {
  first: number;
  tasks: LintTask[];
}

export interface WorkerAnswer {
  first: number;
  results?: LintTaskResult[];
  error?: string;
}

export function workerCount(files: number, jobs: number | undefined): number {
  if (jobs !== undefined) return Math.min(jobs, Math.max(1, files));
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)));
}

export async function lintAll(
  tasks: readonly LintTask[],
  settings: LintSettings,
  options: { workers: number; workerScript: string; onProgress: (done: number) => void },
): Promise<LintTaskResult[]> {
  if (options.workers <= 1) {
    return tasks.map((task, i) => {
      const result = lintTask(task, settings);
      options.onProgress(i + 1);
      return result;
    });
  }
  const results: LintTaskResult[] = new Array(tasks.length);
  const batchSize = Math.max(1, Math.min(64, Math.ceil(tasks.length / (options.workers * 8))));
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolvePool, rejectPool) => {
      let running = 0;
      const feed = (worker: Worker) => {
        if (next >= tasks.length) {
          if (--running === 0) resolvePool();
          return;
        }
        const batch: WorkerBatch = { first: next, tasks: tasks.slice(next, next + batchSize) };
        next += batch.tasks.length;
        worker.postMessage(batch);
      };
      for (let i = 0; i < options.workers; i++) {
        const worker = new Worker(options.workerScript, { workerData: { [WORKER_MARK]: true, settings } });
        workers.push(worker);
        running++;
        worker.on('message', (answer: WorkerAnswer) => {
          if (answer.error !== undefined) return rejectPool(new Error(answer.error));
          answer.results!.forEach((result, j) => (results[answer.first + j] = result));
          done += answer.results!.length;
          options.onProgress(done);
          feed(worker);
        });
        worker.on('error', rejectPool);
        worker.on('exit', (code) => {
          if (code !== 0) rejectPool(new Error(`a worker thread stopped with exit code ${code}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
