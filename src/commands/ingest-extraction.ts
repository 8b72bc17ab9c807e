import { createExtractionPool } from "../ingest/extraction-pool.js";
import type { PrepareArticle } from "../ingest/ingest-articles.js";
import { extractionWorkerFile } from "./extraction-worker.js";

/**
 * Articles each extraction thread should have before `kg ingest` starts one more by default: a
 * worker thread loads the extraction resources again and warms up its own JIT. Measured with
 * `kg ingest --dry-run` over 1,000 bench articles on the 2-core machine (load average 1.7), two
 * threads took 35.5 s of CPU against 18.9 s for one, the extra as much as extracting about 1,150
 * articles, so a second thread pays back only on runs well beyond that.
 */
export const ARTICLES_PER_THREAD = 2000;

/** Where `kg ingest` (and the bench that measures it) extracts: `prepare` for the ingest service, and `close`. */
export interface IngestExtraction {
  /** Undefined for one thread: the ingest service then extracts on the main thread with the resources it has. */
  prepare?: PrepareArticle;
  close(): Promise<void>;
}

/**
 * Extraction in `threads` threads: with one, on the main thread, which has loaded the resources
 * already; with more, in a worker pool of that size (src/ingest/extraction-pool.ts), while the main
 * thread writes.
 */
export function createIngestExtraction(options: { threads: number; seedDir: string }): IngestExtraction {
  if (options.threads <= 1) return { close: async () => undefined };
  const pool = createExtractionPool({
    workerFile: extractionWorkerFile,
    seedDir: options.seedDir,
    threads: options.threads,
  });
  return { prepare: pool.prepare, close: () => pool.close() };
}
