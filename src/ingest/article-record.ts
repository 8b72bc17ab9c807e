import { createHash } from "node:crypto";
import type { ArticleFacts, ArticleInput } from "../extract/types.js";
import type { ArticleRecord } from "../graph/article-write-plan.js";

/**
 * The Article node to store for an input and its extracted facts: the facts' metadata (its id is
 * the given id or the extractor's hash of the text), the full text every offset points into, and a
 * content hash that tells a re-ingested article from a changed version.
 */
export function articleRecord(input: ArticleInput, facts: ArticleFacts): ArticleRecord {
  const { id, url, source, title, language, publishedAt } = facts.article;
  return {
    id,
    url,
    source,
    title,
    language,
    publishedAt: publishedAt ? publishedAt.slice(0, 10) : null,
    contentHash: contentHash(input.text),
    text: input.text,
  };
}

/**
 * SHA-256 (hex) of the text after Unicode NFC and whitespace collapsing, so that re-saving an
 * article with other line endings or trailing spaces is not mistaken for a new version.
 */
export function contentHash(text: string): string {
  const normalized = text.normalize("NFC").replace(/\s+/gu, " ").trim();
  return createHash("sha256").update(normalized, "utf8").digest("hex");
}
