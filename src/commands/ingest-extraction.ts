import { createExtractionPool } from "../ingest/extraction-pool.js";
import type { PrepareArticle } from "../ingest/ingest-articles.js";
import { extractionWorkerFile } from "./extraction-worker.js";

/**
 * Articles each extraction thread should have before `kg ingest` starts one more by default: a
 * thread loads its own extraction resources first, about 4.6 s of CPU on this project's 2-core
 * machine, as much as extracting some 500 bench articles, so a small run is faster on fewer.
 */
export const ARTICLES_PER_THREAD = 500;

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
