import type { ExtractionResources } from "../extract/types.js";
import type { ExtractionTask } from "../ingest/extraction-pool.js";
import { loadExtractionResources } from "../resources/load-resources.js";
import { prepareArticle } from "../ingest/prepare-article.js";

/** This module, for `createExtractionPool`: a worker thread is an entry point, so it lives with the commands. */
export const extractionWorkerFile = import.meta.url;

// A worker thread is its own process-like entry point: it loads the resources once, on its first article.
let resources: Promise<ExtractionResources> | null = null;

/**
 * The body of an extraction worker thread (src/ingest/extraction-pool.ts): the extraction half of ingestion
 * for one article, with the resources loaded once per thread (a failed load is tried again).
 */
export default async function prepareInWorker(task: ExtractionTask): Promise<ReturnType<typeof prepareArticle>> {
  resources ??= loadExtractionResources(task.seedDir).catch((error: unknown) => {
    resources = null;
    throw error;
  });
  return prepareArticle(task.input, await resources);
}
