/**
 * A progress bar on stderr for long runs on a terminal: it appears only after half a second (short runs stay quiet),
 * redraws at most ten times a second, and erases itself at the end so reports printed after it stay clean.
 */
const DELAY_MS = 500;
const INTERVAL_MS = 100;
const WIDTH = 30;

export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly write: ((text: string) => void) | undefined,
  ) {}

  update(done: number): void {
    if (!this.write) return;
    const now = Date.now();
    if (now - this.started < DELAY_MS || now - this.lastDraw < INTERVAL_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    const filled = Math.round((WIDTH * done) / Math.max(1, this.total));
    this.write(`\r\x1b[Kshipshape [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${this.total} files`);
  }

  finish(): void {
    if (this.drawn) this.write?.('\r\x1b[K');
  }
}
