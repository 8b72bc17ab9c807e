import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { ArticleInput } from "../extract/types.js";
import { checkArticleInput } from "./check-article-input.js";
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
 * A pool of `threads` worker threads (one per core by default), for the server's ingest mutations
 * and `kg ingest`: extraction is synchronous and takes seconds on a large article, so on the
 * server's thread it stalled every other request, `/health` included, and on `kg ingest`'s it
 * used one core. Each thread loads the extraction resources on its first article (the worker is
 * an entry point: src/commands). `prepare` checks the input on the calling thread first, because
 * an error crosses the thread boundary as a plain Error and an `InvalidArticleError` would lose
 * its kind. A thread that dies fails only the article it held; the pool starts another.
 */
export function createExtractionPool(options: {
  /** The worker module's URL (src/commands/extraction-worker.ts, which loads the resources). */
  workerFile: string;
  seedDir: string;
  threads?: number;
  /** How long a thread may sit idle before it ends and frees its resources, in milliseconds. @default 60000 */
  idleTimeoutMs?: number;
}): ExtractionPool {
  const fromSource = options.workerFile.endsWith(".ts");
  const pool = new Piscina<ExtractionTask, ReturnType<typeof prepareArticle>>({
    filename: options.workerFile,
    maxThreads: options.threads ?? availableParallelism(),
    minThreads: 0,
    // Piscina ends an idle thread at once by default, and the next article then loads the
    // resources again (seconds): a run of `kg ingest` paused between two steps for that.
    idleTimeout: options.idleTimeoutMs ?? 60_000,
    // Run from the TypeScript sources (tsx, vitest), a thread needs tsx to load the worker.
    execArgv: fromSource ? ["--import", "tsx"] : [],
  });
  return {
    prepare: async (input) => {
      checkArticleInput(input);
      return pool.run({ input, seedDir: options.seedDir });
    },
    close: () => pool.destroy(),
  };
}
