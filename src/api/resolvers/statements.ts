import type { QueryResolvers, StatementEntry } from "../generated/resolvers-types.js";
import { ApiError, ErrorCode } from "../errors.js";
import { buildFullTextQuery } from "../search/full-text-query.js";
import { analyseSearch } from "../search/search-words.js";
import { articleRef, entityRef, eventRef } from "./cypher-projections.js";
import { pageOffset, pageSize } from "./page-size.js";
import { requireEntities } from "./require-entities.js";
import { cypherInt, readQuery } from "./read-query.js";

/**
 * Where the walk starts decides the cost: the full-text index for words, else the speaker's or
 * the subject's id (unique index) and its own relationships. Only with no filter at all does it
 * read every statement (then sorted for the newest page).
 * Exported as the floor `bench/query-latency.ts` measures the API against.
 */
export const STARTS = {
  search: "CALL db.index.fulltext.queryNodes('statement_quotes', $lucene) YIELD node AS s",
  speaker: "MATCH (:Person {id: $speaker})<-[:SAID_BY]-(s:Statement)",
  about: "MATCH (:Entity {id: $about})<-[:ABOUT]-(s:Statement)",
  all: "MATCH (s:Statement)",
} as const;

/**
 * "When" is the event's date where the statement was made at a dated event, else the date of
 * the article reporting it; the earliest article stands for a statement several articles carry.
 * Exported as the floor `bench/query-latency.ts` measures the API against.
 */
export const statementsQuery = (start: string) => /* cypher */ `
${start}
WITH DISTINCT s
WHERE ($speaker IS NULL OR EXISTS { MATCH (s)-[:SAID_BY]->(:Person {id: $speaker}) })
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Entity {id: $about}) })
WITH s,
  COLLECT { MATCH (a:Article)-[:CONTAINS]->(s) RETURN a ORDER BY a.publishedAt, a.id LIMIT 1 }[0] AS a,
  COLLECT { MATCH (s)-[:MADE_AT]->(e:Event) RETURN e ORDER BY e.id LIMIT 1 }[0] AS ev
WITH s, a, ev, coalesce(ev.dateFrom, a.publishedAt) AS whenFrom, coalesce(ev.dateTo, a.publishedAt) AS whenTo
WHERE a IS NOT NULL
  AND ($from IS NULL OR whenTo >= date($from))
  AND ($to IS NULL OR whenFrom <= date($to))
WITH s, a, ev, whenTo ORDER BY whenTo IS NULL, whenTo DESC, s.id
SKIP $offset LIMIT $limit
RETURN s.id AS id, s.quote AS quote, s.language AS language,
  COLLECT { MATCH (s)-[:SAID_BY]->(p:Person) RETURN ${entityRef("p")} LIMIT 1 }[0] AS speaker,
  COLLECT { MATCH (s)-[:ABOUT]->(x:Entity) RETURN ${entityRef("x")} ORDER BY x.name } AS about,
  ${articleRef("a")} AS article,
  CASE WHEN ev IS NULL THEN null ELSE ${eventRef("ev")} END AS event`;

/**
 * `statements(speaker, about, search, from, to)`: who said what, where and when, newest first,
 * with the article and the event. Unknown speaker or subject ids are NOT_FOUND.
 */
export const statements: QueryResolvers["statements"] = async (_parent, args, context) => {
  const lucene = args.search == null ? null : buildFullTextQuery(await analyseSearch(args.search));
  if (args.search != null && lucene === null) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, "search must contain at least one letter or digit.", {
      argument: "search",
    });
  }
  const start = lucene ? STARTS.search : args.speaker ? STARTS.speaker : args.about ? STARTS.about : STARTS.all;
  const rows = await readQuery<StatementEntry>(context, statementsQuery(start), {
    lucene,
    speaker: args.speaker ?? null,
    about: args.about ?? null,
    from: args.from == null ? null : String(args.from),
    to: args.to == null ? null : String(args.to),
    limit: cypherInt(pageSize(args.limit, 20, context.config.api.maxPageSize)),
    offset: cypherInt(pageOffset(args.offset)),
  });
  if (rows.length === 0) await requireEntities(context, [args.speaker, args.about]);
  return rows;
};
