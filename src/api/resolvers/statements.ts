import type { QueryResolvers, StatementEntry } from "../generated/resolvers-types.js";
import { ApiError, ErrorCode } from "../errors.js";
import { buildFullTextQuery } from "../search/full-text-query.js";
import { analyseSearch } from "../search/search-words.js";
import { articleRef, entityRef, eventRef } from "./cypher-projections.js";
import { pageOffset, pageSize } from "./page-size.js";
import { cypherInt, readQuery } from "./read-query.js";
import { readWithEntities } from "./resolve-entities.js";

/**
 * How the statements are found and ordered, which decides the cost. `search`: the full-text index,
 * best match first. `speaker`/`about`: the entity's id (unique index) and its own relationships,
 * newest first by when they were said. `recent` (no filter): the statements of dated articles,
 * newest article first, stopping as soon as the page is full.
 */
export type StatementsMode = "search" | "speaker" | "about" | "recent";

const STARTS: Record<StatementsMode, string> = {
  search: "CALL db.index.fulltext.queryNodes('statement_quotes', $lucene) YIELD node AS s, score",
  speaker: "MATCH (:Entity {id: $speaker})<-[:SAID_BY]-(s:Statement) WITH DISTINCT s, null AS score",
  about: "MATCH (:Entity {id: $about})<-[:ABOUT]-(s:Statement) WITH DISTINCT s, null AS score",
  // The publication-date index yields articles newest first, so no sort runs over all of them.
  recent: `MATCH (a0:Article) WHERE a0.publishedAt IS NOT NULL WITH a0 ORDER BY a0.publishedAt DESC
    MATCH (a0)-[:CONTAINS]->(s:Statement) WITH DISTINCT s, null AS score`,
};

/**
 * The statements query of one mode. "When" is the event's date where the statement was made at a
 * dated event, else the date of the article reporting it; the earliest article stands for a
 * statement several articles carry. Unless ordered by when, the page is cut before the article and
 * event of each statement are looked up, so only the statements shown cost that.
 * Exported as the floor `bench/query-latency.ts` measures the API against.
 */
export const statementsQuery = (mode: StatementsMode, dated: boolean) => {
  const cutEarly = (mode === "search" || mode === "recent") && !dated;
  const page = "SKIP $offset LIMIT $limit";
  const order = ORDERS[mode];
  return /* cypher */ `
${STARTS[mode]}
WITH s, score
WHERE ($speaker IS NULL OR EXISTS { MATCH (s)-[:SAID_BY]->(:Entity {id: $speaker}) })
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Entity {id: $about}) })
  AND EXISTS { (s)<-[:CONTAINS]-(:Article) }
${cutEarly ? `WITH s, score ${page}` : ""}
WITH s, score,
  COLLECT { MATCH (a:Article)-[:CONTAINS]->(s) RETURN a ORDER BY a.publishedAt, a.id LIMIT 1 }[0] AS a,
  COLLECT { MATCH (s)-[:MADE_AT]->(e:Event) RETURN e ORDER BY e.id LIMIT 1 }[0] AS ev
WITH s, score, a, ev, coalesce(ev.dateFrom, a.publishedAt) AS whenFrom, coalesce(ev.dateTo, a.publishedAt) AS whenTo
WHERE ($from IS NULL OR whenTo >= date($from))
  AND ($to IS NULL OR whenFrom <= date($to))
${cutEarly ? "" : `WITH s, score, a, ev, whenTo ${mode === "recent" ? "" : `ORDER BY ${order}`} ${page}`}
RETURN s.id AS id, s.quote AS quote, s.language AS language,
  COLLECT { MATCH (s)-[:SAID_BY]->(p:Entity) RETURN ${entityRef("p")} LIMIT 1 }[0] AS speaker,
  COLLECT { MATCH (s)-[:ABOUT]->(x:Entity) RETURN ${entityRef("x")} ORDER BY x.name } AS about,
  ${articleRef("a")} AS article,
  CASE WHEN ev IS NULL THEN null ELSE ${eventRef("ev")} END AS event
ORDER BY ${order}`;
};

// The order of each mode. In `search` and `recent` without dates the page is taken in the order
// rows stream from the start clause (the full-text index yields best matches first, the date
// index newest articles first), since sorting afterwards would read every hit; this re-sorts only
// the page.
const ORDERS: Record<StatementsMode, string> = {
  search: "score DESC, s.id",
  speaker: "whenTo IS NULL, whenTo DESC, s.id",
  about: "whenTo IS NULL, whenTo DESC, s.id",
  recent: "a.publishedAt IS NULL, a.publishedAt DESC, s.id",
};

/**
 * `statements(speaker, about, search, from, to)`: who said what, where and when, with the article
 * and the event, in the order of its mode (see `StatementsMode`). `speaker` and `about` are ids,
 * names or aliases.
 */
export const statements: QueryResolvers["statements"] = async (_parent, args, context) => {
  const lucene = args.search == null ? null : buildFullTextQuery(analyseSearch(args.search, context.morphology));
  if (args.search != null && lucene === null) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, "search must contain at least one letter or digit.", {
      argument: "search",
    });
  }
  const mode: StatementsMode = lucene ? "search" : args.speaker ? "speaker" : args.about ? "about" : "recent";
  const dated = args.from != null || args.to != null;
  const limit = cypherInt(pageSize(args.limit, 20, context.config.api.maxPageSize));
  const offset = cypherInt(pageOffset(args.offset));
  return readWithEntities(context, { speaker: args.speaker ?? null, about: args.about ?? null }, (ids) =>
    readQuery<StatementEntry>(context, statementsQuery(mode, dated), {
      lucene,
      ...ids,
      from: args.from == null ? null : String(args.from),
      to: args.to == null ? null : String(args.to),
      limit,
      offset,
    }),
  );
};
