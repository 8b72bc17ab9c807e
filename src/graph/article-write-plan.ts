import type { ArticleFacts, ArticleMeta, EntityType, EventType, ParticipantRole } from "../extract/types.js";

/** The Article node as stored: the extracted metadata plus the text every offset points into. */
export interface ArticleRecord extends ArticleMeta {
  /** SHA-256 of the normalised text: tells a changed version from a re-ingested one. */
  contentHash: string;
  text: string;
}

/** One entity row of a write, with where the article names it (null when it does not). */
export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  wikidata: string | null;
  aliases: string[];
  mention: MentionRow | null;
}

/** The MENTIONS link of an entity: how often and where the article names it. */
export interface MentionRow {
  count: number;
  starts: number[];
  ends: number[];
}

/** One event row with how this article reports it (evidence and the date it gives). */
export interface EventRow {
  id: string;
  type: EventType;
  title: string;
  participants: Array<{ entityId: string; role: ParticipantRole }>;
  locationId: string | null;
  dateValue: string | null;
  precision: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  dateText: string | null;
  evidenceStart: number;
  evidenceEnd: number;
  evidenceText: string;
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
}

/** Everything one article's transaction writes, as parameter rows for `UNWIND`. */
export interface ArticleWritePlan {
  article: ArticleRecord;
  entities: EntityRow[];
  events: EventRow[];
  statements: StatementRow[];
}

/**
 * Turns extracted facts into the rows the write statements unwind. Rows are sorted by id so that
 * concurrent transactions lock shared nodes in the same order (fewer deadlocks to retry), and one
 * row per id, because the article's own links are created rather than merged. A reference to an
 * entity the graph lacks is skipped by the write statements' MATCH, not invented.
 */
export function planArticleWrite(article: ArticleRecord, facts: ArticleFacts): ArticleWritePlan {
  const entities = uniqueById(facts.entities)
    .map(({ id, type, name, wikidata, aliases, mentions }) => ({
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
              starts: mentions.map((mention) => mention.start),
              ends: mentions.map((mention) => mention.end),
            },
    }))
    .sort(byId);
  const events = facts.events
    .map((event): EventRow => {
      const evidence = event.evidence[0];
      return {
        id: event.id,
        type: event.type,
        title: event.title,
        participants: event.participants.map(({ entityId, role }) => ({ entityId, role })),
        locationId: event.locationId,
        dateValue: event.date?.value ?? null,
        precision: event.date?.value ? event.date.precision : null,
        dateFrom: event.date?.from ?? null,
        dateTo: event.date?.to ?? null,
        dateText: event.date?.text ?? null,
        evidenceStart: evidence?.start ?? 0,
        evidenceEnd: evidence?.end ?? 0,
        evidenceText: evidence ? article.text.slice(evidence.start, evidence.end) : "",
      };
    })
    .sort(byId);
  const statements = uniqueById(facts.statements)
    .map((statement) => ({
      id: statement.id,
      quote: statement.quote,
      language: article.language,
      start: statement.start,
      end: statement.end,
      speakerId: statement.speakerId,
      eventId: statement.eventId,
      aboutIds: [...new Set(statement.aboutIds)],
    }))
    .sort(byId);
  return { article, entities, events, statements };
}

/**
 * Renames events to the stored events they were matched to (see plan-event-writes.ts), in the event
 * rows and in the statements made at them.
 */
export function withEventIds(plan: ArticleWritePlan, canonical: ReadonlyMap<string, string>): ArticleWritePlan {
  const rename = (id: string) => canonical.get(id) ?? id;
  return {
    ...plan,
    events: plan.events.map((event) => ({ ...event, id: rename(event.id) })).sort(byId),
    statements: plan.statements.map((statement) => ({
      ...statement,
      eventId: statement.eventId === null ? null : rename(statement.eventId),
    })),
  };
}

/** The first of each id, in input order. */
function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  const first = new Map<string, T>();
  for (const row of rows) if (!first.has(row.id)) first.set(row.id, row);
  return [...first.values()];
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id.localeCompare(b.id);
}
