import type { QueryResolvers, TimelineEntry } from "../generated/resolvers-types.js";
import { articleRef, entityRef, eventDate, eventPlace } from "./cypher-projections.js";
import { entityArgsOf, eventFilterParameters, FILTERED_EVENTS } from "./event-filter.js";
import { pageOffset, pageSize } from "./page-size.js";
import { cypherInt, readQuery } from "./read-query.js";
import { readWithEntities } from "./resolve-entities.js";

/** Sources and statements listed per timeline entry, earliest first; `sourceCount` tells the rest. */
const MAX_SOURCES = 10;
const MAX_STATEMENTS = 20;

/** An article of the languages asked for (all when `$languages` is null). */
const inLanguages = (article: string) => `($languages IS NULL OR ${article}.language IN $languages)`;

/**
 * The entity's filtered events (`FILTERED_EVENTS`), oldest first. The page is cut before the
 * per-event details are gathered, so only the events shown are expanded.
 * Exported as the floor `bench/query-latency.ts` measures the API against.
 */
export const TIMELINE = /* cypher */ `
${FILTERED_EVENTS}
WITH ev ORDER BY ev.dateFrom IS NULL, ev.dateFrom, ev.dateTo, ev.id
SKIP $offset LIMIT $limit
RETURN ev.id AS id, ev.type AS type, ev.title AS title, ${eventDate("ev")} AS date, ${eventPlace("ev")} AS place,
  COLLECT {
    MATCH (ev)-[r:PARTICIPANT]->(x:Entity)
    RETURN {role: r.role, entity: ${entityRef("x")}} ORDER BY r.role, x.name
  } AS participants,
  COUNT { MATCH (a:Article)-[:REPORTS]->(ev) WHERE ${inLanguages("a")} } AS sourceCount,
  COLLECT {
    MATCH (a:Article)-[r:REPORTS]->(ev) WHERE ${inLanguages("a")}
    RETURN {article: ${articleRef("a")}, evidence: r.evidenceText, dateText: r.dateText}
    ORDER BY a.publishedAt, a.id LIMIT ${MAX_SOURCES}
  } AS sources,
  COLLECT {
    MATCH (s:Statement)-[:MADE_AT]->(ev)
    MATCH (a:Article)-[quoted:CONTAINS]->(s) WHERE ${inLanguages("a")}
    OPTIONAL MATCH (s)-[:SAID_BY]->(speaker:Entity)
    RETURN {id: s.id, quote: s.quote, language: s.language, speaker: ${entityRef("speaker")}, article: ${articleRef("a")}}
    ORDER BY a.publishedAt, a.id, quoted.start LIMIT ${MAX_STATEMENTS}
  } AS statements`;

/**
 * `timeline(entity, with, from, to, types, languages, place)`: the events an entity took part in,
 * oldest first, each with its place, participants, sources and statements. Entity arguments are
 * ids, names or aliases (`readWithEntities`).
 */
export const timeline: QueryResolvers["timeline"] = async (_parent, args, context) => {
  const limit = cypherInt(pageSize(args.limit, 20, context.config.api.maxPageSize));
  const offset = cypherInt(pageOffset(args.offset));
  return readWithEntities(context, entityArgsOf(args.entity, args), (ids) =>
    readQuery<TimelineEntry>(context, TIMELINE, {
      ...eventFilterParameters(ids.entity!, { ...args, ...ids }),
      limit,
      offset,
    }),
  );
};
