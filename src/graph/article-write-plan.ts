import type { ArticleFacts, ArticleMeta, EntityType, Event } from "../extract/types.js";

/** The Article node as stored: the extracted metadata plus the text every offset points into. */
export interface ArticleRecord extends ArticleMeta {
  /** SHA-256 of the normalised text: tells a changed version from a re-ingested one. */
  contentHash: string;
  text: string;
}

/** One entity row of a write, with how often and where the article names it (null when it does not). */
export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  wikidata: string | null;
  aliases: string[];
  /** Offsets of each mention, and the field ("title" or "text") each points into. */
  mention: { count: number; starts: number[]; ends: number[]; fields: TextField[] } | null;
}

/** Which of the article's fields an offset points into (docs/CONTRACTS.md: `field`). */
export type TextField = "title" | "text";

/** The field an extracted offset points into: "title" when it says so, else the text. */
export function fieldOf(offsets: { field?: "title" }): TextField {
  return offsets.field ?? "text";
}

/** The article's words an extracted span points at, in the field it names. */
export function spanText(article: ArticleRecord, span: { start: number; end: number; field?: "title" }): string {
  return (fieldOf(span) === "title" ? (article.title ?? "") : article.text).slice(span.start, span.end);
}

/** One statement row. */
export interface StatementRow {
  id: string;
  quote: string;
  language: string;
  start: number;
  end: number;
  speakerId: string | null;
  eventId: string | null;
  aboutIds: string[];
  /** Part of the author's own sentence (docs/CONTRACTS.md). */
  partial: boolean;
  field: TextField;
}

/** An article's rows for `UNWIND`; its events are as extracted until plan-event-writes.ts turns them into writes. */
export interface ArticleWritePlan<E = Event> {
  article: ArticleRecord;
  entities: EntityRow[];
  events: E[];
  statements: StatementRow[];
}

/**
 * Turns extracted facts into the rows the write statements unwind. Rows are sorted by id so that
 * concurrent transactions lock shared nodes in the same order (fewer deadlocks to retry), and one
 * row per id, because the article's own links are created rather than merged. A reference to an
 * entity the graph lacks is skipped by the write statements' MATCH, not invented.
 */
export function planArticleWrite(article: ArticleRecord, facts: ArticleFacts): ArticleWritePlan {
  const entities = uniqueById(facts.entities).map(({ id, type, name, wikidata, aliases, mentions }) => ({
    id,
    type,
    name,
    wikidata,
    aliases: [...new Set(aliases)],
    mention:
      mentions.length === 0
        ? null
        : {
            count: mentions.length,
            starts: mentions.map((m) => m.start),
            ends: mentions.map((m) => m.end),
            fields: mentions.map(fieldOf),
          },
  }));
  const statements = uniqueById(facts.statements).map((statement) => ({
    id: statement.id,
    quote: statement.quote,
    language: article.language,
    start: statement.start,
    end: statement.end,
    speakerId: statement.speakerId,
    eventId: statement.eventId,
    aboutIds: [...new Set(statement.aboutIds)],
    partial: statement.partial,
    field: fieldOf(statement),
  }));
  return { article, entities, events: [...facts.events].sort(byId), statements };
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
