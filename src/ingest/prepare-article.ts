import { extractArticle } from "../extract/index.js";
import type { ArticleFacts, ArticleInput, ExtractionResources } from "../extract/types.js";
import type { ArticleRecord } from "../graph/article-write-plan.js";
import { articleRecord } from "./article-record.js";
import { checkArticleInput } from "./check-article-input.js";

/**
 * The extraction half of ingestion, shared by `kg ingest` and the ingest mutations: the facts
 * of one article and the Article record to store them under. An input that cannot be ingested
 * as given throws `InvalidArticleError` (check-article-input.ts) before any extraction.
 */
export function prepareArticle(
  input: ArticleInput,
  resources: ExtractionResources,
): { record: ArticleRecord; facts: ArticleFacts } {
  checkArticleInput(input);
  const facts = extractArticle(input, resources);
  return { record: articleRecord(input, facts), facts };
}
