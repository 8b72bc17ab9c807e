import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { ArticleInput } from "../extract/types.js";
import type { ExtractionTask } from "./extraction-worker.js";
import type { prepareArticle } from "./prepare-article.js";

/** Worker threads that run the extraction half of ingestion, off the caller's event loop. */
export interface ExtractionPool {
  prepare(input: ArticleInput): Promise<ReturnType<typeof prepareArticle>>;
  close(): Promise<void>;
}

/**
 * A pool of `threads` worker threads (one per core by default) for the server's ingest
 * mutations: extraction is synchronous and takes seconds on a large article, and run on the
 * server's thread it stalled every other request, `/health` included. Each thread loads the
 * extraction resources on its first article. Inputs should be checked first
 * (check-article-input.ts): an error crosses the thread boundary as a plain Error.
 */
export function createExtractionPool(options: { seedDir: string; threads?: number }): ExtractionPool {
  const fromSource = import.meta.url.endsWith(".ts");
  const pool = new Piscina<ExtractionTask, ReturnType<typeof prepareArticle>>({
    filename: new URL(`./extraction-worker.${fromSource ? "ts" : "js"}`, import.meta.url).href,
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
