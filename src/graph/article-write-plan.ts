import type { ArticleFacts, ArticleMeta, Event, Mention } from "../extract/types.js";

/** The Article node as stored: the extracted metadata plus the text every offset points into. */
export interface ArticleRecord extends ArticleMeta {
  /** SHA-256 of the normalised text: tells a changed version from a re-ingested one. */
  contentHash: string;
  text: string;
}

/** Which of the article's fields an extracted offset points into (docs/CONTRACTS.md: `field`). */
export function fieldOf(offsets: { field?: "title" }): "title" | "text" {
  return offsets.field ?? "text";
}

/** The article's words an extracted span points at, in the field it names. */
export function spanText(article: ArticleRecord, span: { start: number; end: number; field?: "title" }): string {
  return (fieldOf(span) === "title" ? (article.title ?? "") : article.text).slice(span.start, span.end);
}

/** An article's rows for `UNWIND`; its events stay as extracted until plan-event-writes.ts turns them into writes. */
export interface ArticleWritePlan<E = Event> {
  article: ArticleRecord;
  entities: ReturnType<typeof entityRows>;
  events: E[];
  statements: ReturnType<typeof statementRows>;
}

/**
 * Turns extracted facts into rows: one per id (the article's links are created, not merged), sorted
 * by id so that concurrent transactions lock shared nodes in one order. Pure.
 */
export function planArticleWrite(article: ArticleRecord, facts: ArticleFacts): ArticleWritePlan {
  const events = [...facts.events].sort(byId);
  return { article, entities: entityRows(facts), events, statements: statementRows(article, facts) };
}

function entityRows(facts: ArticleFacts) {
  return uniqueById(facts.entities).map(({ mentions, ...entity }) => ({
    ...entity,
    aliases: [...new Set(entity.aliases)],
    /** Where the article names it, or null when it does not. */
    mention: mentions.length === 0 ? null : mentionRow(mentions),
  }));
}

function mentionRow(mentions: readonly Mention[]) {
  const [starts, ends] = [mentions.map((m) => m.start), mentions.map((m) => m.end)];
  return { count: mentions.length, starts, ends, fields: mentions.map(fieldOf) };
}

function statementRows(article: ArticleRecord, facts: ArticleFacts) {
  return uniqueById(facts.statements).map((statement) => ({
    ...statement,
    language: article.language,
    aboutIds: [...new Set(statement.aboutIds)],
    field: fieldOf(statement),
  }));
}

/** The first of each id, in input order, sorted by id. */
function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  const first = new Map<string, T>();
  for (const row of rows) if (!first.has(row.id)) first.set(row.id, row);
  return [...first.values()].sort(byId);
}

/** Orders rows by id (the order writers lock them in). */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id.localeCompare(b.id);
}
