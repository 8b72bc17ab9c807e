import type { ArticleInput } from "../extract/types.js";
import { prepareArticle } from "./prepare-article.js";
import { sharedResources } from "./shared-resources.js";

/** What the extraction pool hands a worker thread. */
export interface ExtractionTask {
  input: ArticleInput;
  seedDir: string;
}

/**
 * The body of an extraction worker thread (extraction-pool.ts): the extraction half of ingestion
 * for one article, with the resources loaded once per thread.
 */
export default async function prepareInWorker(task: ExtractionTask): Promise<ReturnType<typeof prepareArticle>> {
  return prepareArticle(task.input, await sharedResources(task.seedDir));
}
