import neo4j, { type Driver } from "neo4j-driver";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import type { ArticleFacts, EntityType, EventType, ParticipantRole, DatePrecision } from "../../src/extract/types.js";
import { applyMigrations } from "../../src/graph/apply-migrations.js";
import type { ArticleRecord } from "../../src/graph/article-write-plan.js";
import { writeArticles, type ArticleWrite, type ArticleWriteResult } from "../../src/graph/write-article-facts.js";
import { contentHash } from "../../src/ingest/article-record.js";
import { silentLogger } from "../../src/logger.js";

/** A driver to the integration Neo4j, with the schema migrated. */
export async function openTestDriver(): Promise<Driver> {
  const { uri, user, password } = inject("neo4j");
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  await applyMigrations(driver, { database: "neo4j", logger: silentLogger });
  return driver;
}

/** Writes one article and its facts in one transaction, through the product's writer. */
export async function writeArticleFacts(
  driver: Driver,
  options: { database: string } & ArticleWrite,
): Promise<ArticleWriteResult> {
  const [result] = await writeArticles(driver, { database: options.database, articles: [options] });
  return result!;
}

/** A prefix unique to one test file; every id the file makes starts with it. */
export function testPrefix(): string {
  return `t${randomUUID().slice(0, 8)}`;
}

/** Deletes every node whose id starts with `prefix` (with its relationships), and the event buckets and locks keyed by its ids: what one test file made. */
export async function removeTestData(driver: Driver, prefix: string): Promise<void> {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix });
  await driver.executeQuery(
    "MATCH (n) WHERE (n:EventBucket OR n:EventMatchKey) AND n.key CONTAINS $prefix DETACH DELETE n",
    { prefix },
  );
}

/** Nodes and relationships touching the test's nodes (an event bucket named by its key), as sorted lines: equal dumps mean an unchanged graph. */
export async function dumpTestGraph(
  driver: Driver,
  prefix: string,
): Promise<{ nodes: number; relationships: number; lines: string[] }> {
  const nodes = await driver.executeQuery(
    "MATCH (n) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, labels(n) AS labels, properties(n) AS props",
    { prefix },
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $prefix OR b.id STARTS WITH $prefix
     RETURN coalesce(a.id, a.key) AS from, type(r) AS type, b.id AS to, properties(r) AS props`,
    { prefix },
  );
  const lines = [
    ...nodes.records.map((r) => `N ${r.get("id")} ${[...r.get("labels")].sort().join(":")} ${stable(r.get("props"))}`),
    ...rels.records.map((r) => `R ${r.get("from")} ${r.get("type")} ${r.get("to")} ${stable(r.get("props"))}`),
  ].sort();
  return { nodes: nodes.records.length, relationships: rels.records.length, lines };
}

function stable(value: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map((key) => [key, String(value[key])]),
  );
}

/** An entity of a hand-built article: `surface` is looked up in the text to place its mentions (none when absent). */
export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  surface: string;
  /** Names besides `name` and `surface`. */
  aliases?: string[];
}

/** An event of a hand-built article. */
export interface EventSpec {
  id: string;
  type: EventType;
  title: string;
  participants: Array<[string, ParticipantRole]>;
  locationId?: string | null;
  date?: { value: string; precision: DatePrecision; text: string; from: string; to: string } | null;
  /** The words of the text that report it; the text's first 40 characters when not given. */
  evidence?: string;
}

/** A statement of a hand-built article: `quote` must occur in the text. */
export interface StatementSpec {
  id: string;
  speakerId: string;
  quote: string;
  eventId?: string | null;
  aboutIds?: string[];
}

/**
 * Builds the record and facts the extractor would produce for a small article, so graph tests
 * control ids, dates and places exactly (the extractor has its own tests).
 */
export function buildArticle(spec: {
  id: string;
  url?: string | null;
  source?: string | null;
  language: string;
  publishedAt: string;
  text: string;
  entities: EntitySpec[];
  events?: EventSpec[];
  statements?: StatementSpec[];
}): { record: ArticleRecord; facts: ArticleFacts } {
  const record: ArticleRecord = {
    id: spec.id,
    url: spec.url ?? null,
    source: spec.source ?? "test",
    title: spec.text.split("\n")[0]!,
    language: spec.language,
    publishedAt: spec.publishedAt,
    contentHash: contentHash(spec.text),
    text: spec.text,
  };
  const facts: ArticleFacts = {
    article: {
      id: record.id,
      url: record.url,
      source: record.source,
      title: record.title,
      language: record.language,
      publishedAt: record.publishedAt,
    },
    entities: spec.entities.map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      wikidata: entity.id.startsWith("Q") ? entity.id : null,
      aliases: [...new Set([entity.name, entity.surface, ...(entity.aliases ?? [])])],
      mentions: occurrences(spec.text, entity.surface).map((start) => ({
        start,
        end: start + entity.surface.length,
        text: entity.surface,
        sentence: 0,
      })),
    })),
    events: (spec.events ?? []).map((event) => ({
      id: event.id,
      type: event.type,
      title: event.title,
      participants: event.participants.map(([entityId, role]) => ({ entityId, role })),
      locationId: event.locationId ?? null,
      date: event.date ?? null,
      evidence: [evidenceOf(spec.text, event.evidence)],
    })),
    statements: (spec.statements ?? []).map((statement) => {
      const { start, end } = locate(spec.text, statement.quote, "quote");
      return {
        id: statement.id,
        speakerId: statement.speakerId,
        speaker: statement.speakerId,
        quote: statement.quote,
        partial: false,
        start,
        end,
        eventId: statement.eventId ?? null,
        aboutIds: statement.aboutIds ?? [],
      };
    }),
    warnings: [],
  };
  return { record, facts };
}

function evidenceOf(text: string, words: string | undefined) {
  if (words === undefined) return { start: 0, end: Math.min(text.length, 40), sentence: 0 };
  return { ...locate(text, words, "evidence"), sentence: 0 };
}

/** Where `words` first occur in `text`; a fixture whose words are not there is a mistake in the test. */
function locate(text: string, words: string, what: string): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`${what} not in text: ${words}`);
  return { start, end: start + words.length };
}

function occurrences(text: string, surface: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) found.push(at);
  return found;
}

/**
 * Makes the facts' first statement unstorable (Neo4j rejects a map as a property value), so the
 * article's write fails late in its transaction, after the article, entities and events.
 */
export function breakFirstStatement(facts: ArticleFacts): void {
  (facts.statements[0] as unknown as { quote: unknown }).quote = { not: "a string" };
}

/** A day, month or year date as the extractor gives it. */
export const day = (value: string, text: string) => ({
  value,
  precision: "DAY" as const,
  text,
  from: value,
  to: value,
});
export const month = (value: string, text: string) => ({
  value,
  precision: "MONTH" as const,
  text,
  from: `${value}-01`,
  to: new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 0)).toISOString().slice(0, 10),
});
export const year = (value: string, text: string) => ({
  value,
  precision: "YEAR" as const,
  text,
  from: `${value}-01-01`,
  to: `${value}-12-31`,
});
