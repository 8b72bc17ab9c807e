import { extractArticle } from "../extract/index.js";
import type { ArticleFacts, ArticleInput, ExtractionResources } from "../extract/types.js";
import type { ArticleRecord } from "../graph/article-write-plan.js";
import { articleRecord } from "./article-record.js";

/**
 * The extraction half of ingestion, shared by `kg ingest` and the ingest mutations: the facts
 * of one article and the Article record to store them under.
 */
export function prepareArticle(input: ArticleInput, resources: ExtractionResources): { record: ArticleRecord; facts: ArticleFacts } {
  const facts = extractArticle(input, resources);
  return { record: articleRecord(input, facts), facts };
}
