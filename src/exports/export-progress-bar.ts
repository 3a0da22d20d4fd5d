/** A one-line progress bar for a terminal, redrawn in place with a carriage return. */
export class ProgressBar {
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly out: { write(text: string): unknown },
    private readonly total: number,
    private readonly width = 30,
  ) {}

  update(done: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.out.write(`\r${renderProgress(done, this.total, (now - this.started) / 1000, this.width)}`);
  }

  finish(done: number): void {
    this.update(done, true);
    this.out.write('\n');
  }
}

export function renderProgress(done: number, total: number, seconds: number, width = 30): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * width);
  const percent = String(Math.floor(fraction * 100)).padStart(3);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% ${done}/${total} rows ${seconds.toFixed(1)} s`;
}
