import type { QueryResolvers, TimelineEntry } from "../generated/resolvers-types.js";
import { articleRef, entityRef, eventDate, eventPlace } from "./cypher-projections.js";
import { requireEntities } from "./require-entities.js";
import { pageOffset, pageSize } from "./page-size.js";
import { cypherInt, readQuery } from "./read-query.js";

/** Sources and statements listed per timeline entry, earliest first; `sourceCount` tells the rest. */
const MAX_SOURCES = 10;
const MAX_STATEMENTS = 20;

/**
 * Starts from the entity's id (unique index) and walks its PARTICIPANT relationships only: the
 * cost grows with the entity's own events, not with the corpus. The page is cut before the
 * per-event details are gathered, so only the events shown are expanded.
 * Exported as the floor `bench/query-latency.ts` measures the API against.
 */
export const TIMELINE = /* cypher */ `
MATCH (:Entity {id: $entity})<-[:PARTICIPANT]-(ev:Event)
WITH DISTINCT ev
WHERE ($with IS NULL OR EXISTS { MATCH (ev)-[:PARTICIPANT]->(:Entity {id: $with}) })
  AND ($types IS NULL OR ev.type IN $types)
  AND ($from IS NULL OR ev.dateTo >= date($from))
  AND ($to IS NULL OR ev.dateFrom <= date($to))
WITH ev ORDER BY ev.dateFrom IS NULL, ev.dateFrom, ev.dateTo, ev.id
SKIP $offset LIMIT $limit
RETURN ev.id AS id, ev.type AS type, ev.title AS title, ${eventDate("ev")} AS date, ${eventPlace("ev")} AS place,
  COLLECT {
    MATCH (ev)-[r:PARTICIPANT]->(x:Entity)
    RETURN {role: r.role, entity: ${entityRef("x")}} ORDER BY r.role, x.name
  } AS participants,
  COUNT { (ev)<-[:REPORTS]-(:Article) } AS sourceCount,
  COLLECT {
    MATCH (a:Article)-[r:REPORTS]->(ev)
    RETURN {article: ${articleRef("a")}, evidence: r.evidenceText, dateText: r.dateText}
    ORDER BY a.publishedAt, a.id LIMIT ${MAX_SOURCES}
  } AS sources,
  COLLECT {
    MATCH (s:Statement)-[:MADE_AT]->(ev)
    MATCH (a:Article)-[quoted:CONTAINS]->(s)
    OPTIONAL MATCH (s)-[:SAID_BY]->(speaker:Person)
    RETURN {id: s.id, quote: s.quote, language: s.language, speaker: ${entityRef("speaker")}, article: ${articleRef("a")}}
    ORDER BY a.publishedAt, a.id, quoted.start LIMIT ${MAX_STATEMENTS}
  } AS statements`;

/**
 * `timeline(entity, with, from, to, types)`: the events an entity took part in, oldest first,
 * each with its place, participants, sources and statements. An unknown id is NOT_FOUND (checked
 * only when the answer is empty, so the common case costs one query).
 */
export const timeline: QueryResolvers["timeline"] = async (_parent, args, context) => {
  const rows = await readQuery<TimelineEntry>(context, TIMELINE, {
    entity: args.entity,
    with: args.with ?? null,
    types: args.types ?? null,
    from: args.from == null ? null : String(args.from),
    to: args.to == null ? null : String(args.to),
    limit: cypherInt(pageSize(args.limit, 20, context.config.api.maxPageSize)),
    offset: cypherInt(pageOffset(args.offset)),
  });
  if (rows.length === 0) await requireEntities(context, [args.entity, args.with]);
  return rows;
};
