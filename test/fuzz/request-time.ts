/**
 * How long an engine call kept the thread that made it busy: the smaller of its wall time and that thread's CPU time.
 *
 * Engine calls are synchronous, so a request's latency in the server is the main thread's work. Wall time measures it
 * exactly on an idle machine but grows while the process waits for a core on a loaded one; the process's CPU time
 * (`process.cpuUsage`) also counts V8's background threads (concurrent GC marking, optimising compilers), which run
 * beside the request, not in it, and often double the figure. The thread's own CPU time comes from Linux's
 * /proc/thread-self/stat in clock ticks (10 ms); elsewhere the process's CPU time stands in for it.
 */
import { readFileSync } from 'node:fs';

export type Stopwatch = () => number;

export function startStopwatch(): Stopwatch {
  const wallStarted = performance.now();
  const cpuStarted = threadCpuMs();
  return () => Math.min(performance.now() - wallStarted, threadCpuMs() - cpuStarted);
}

let perThread = process.platform === 'linux';

function threadCpuMs(): number {
  if (perThread) {
    try {
      const stat = readFileSync('/proc/thread-self/stat', 'utf8');
      // Fields after the command name (which may hold blanks): state is the first, utime the 12th, stime the 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS_PER_SECOND);
    } catch {
      perThread = false;
    }
  }
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** USER_HZ, which Linux fixes at 100 for every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
