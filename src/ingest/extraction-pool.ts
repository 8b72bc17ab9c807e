import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { ArticleInput } from "../extract/types.js";
import type { prepareArticle } from "./prepare-article.js";

/** What the extraction pool hands a worker thread. */
export interface ExtractionTask {
  input: ArticleInput;
  seedDir: string;
}

/** Worker threads that run the extraction half of ingestion, off the caller's event loop. */
export interface ExtractionPool {
  prepare(input: ArticleInput): Promise<ReturnType<typeof prepareArticle>>;
  close(): Promise<void>;
}

/**
 * A pool of `threads` worker threads (one per core by default) for the server's ingest
 * mutations: extraction is synchronous and takes seconds on a large article, and run on the
 * server's thread it stalled every other request, `/health` included. Each thread loads the
 * extraction resources on its first article (the worker is an entry point: src/commands). Inputs should be checked first
 * (check-article-input.ts): an error crosses the thread boundary as a plain Error.
 */
export function createExtractionPool(options: {
  /** The worker module's URL (src/commands/extraction-worker.ts, which loads the resources). */
  workerFile: string;
  seedDir: string;
  threads?: number;
}): ExtractionPool {
  const fromSource = options.workerFile.endsWith(".ts");
  const pool = new Piscina<ExtractionTask, ReturnType<typeof prepareArticle>>({
    filename: options.workerFile,
    maxThreads: options.threads ?? availableParallelism(),
    minThreads: 0,
    // Run from the TypeScript sources (tsx, vitest), a thread needs tsx to load the worker.
    execArgv: fromSource ? ["--import", "tsx"] : [],
  });
  return {
    prepare: (input) => pool.run({ input, seedDir: options.seedDir }),
    close: () => pool.destroy(),
  };
}
