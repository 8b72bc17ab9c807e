import cliProgress from "cli-progress";
import type { IngestProgress } from "../ingest/ingest-articles.js";

/** Shows how an ingest run advances; `stop` leaves the terminal clean for the summary. */
export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

/**
 * On a terminal, a progress bar with articles/s and an ETA (when the total is known); otherwise
 * (a pipe, a CI log) one plain line every `intervalMs`, so logs stay readable.
 */
export function createProgressReporter(options: {
  stream: NodeJS.WriteStream;
  total: number | null;
  /** @default 2000 */
  intervalMs?: number;
}): ProgressReporter {
  const { stream, total, intervalMs = 2000 } = options;
  const started = performance.now();
  const rate = (done: number) => (done / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1);
  if (stream.isTTY) {
    const format =
      total === null
        ? "ingest {value} articles | {rate} articles/s | {failed} failed"
        : "ingest [{bar}] {value}/{total} | {rate} articles/s | ETA {eta_formatted} | {failed} failed";
    const bar = new cliProgress.SingleBar(
      { stream, format, etaBuffer: 200, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total ?? 0, 0, { rate: "0.0", failed: 0 });
    return {
      update: (progress) => bar.update(progress.done, { rate: rate(progress.done), failed: progress.failed }),
      stop: () => bar.stop(),
    };
  }
  let lastLine = 0;
  let last: IngestProgress = { done: 0, failed: 0 };
  const line = (progress: IngestProgress) =>
    stream.write(
      `ingest: ${progress.done}${total === null ? "" : `/${total}`} articles, ${progress.failed} failed, ${rate(progress.done)} articles/s\n`,
    );
  return {
    update: (progress) => {
      last = progress;
      if (performance.now() - lastLine < intervalMs) return;
      lastLine = performance.now();
      line(progress);
    },
    stop: () => {
      if (last.done > 0) line(last);
    },
  };
}
