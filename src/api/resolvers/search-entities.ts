import type { EntityHit, QueryResolvers } from "../generated/resolvers-types.js";
import { ApiError, ErrorCode } from "../errors.js";
import { buildFullTextQuery } from "../search/full-text-query.js";
import { analyseSearch } from "../search/search-words.js";
import { countryOf, entityRef } from "./cypher-projections.js";
import { pageSize } from "./page-size.js";
import { cypherInt, readQuery } from "./read-query.js";

/**
 * The `entity_names` full-text index covers name and every alias of every entity; the type
 * filter runs on the (few) hits, and the index's own ranking orders them; the country and the
 * article count are read for the page only.
 * Exported as the floor `bench/query-latency.ts` measures the API against.
 */
export const SEARCH = /* cypher */ `
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
WITH node, score ORDER BY score DESC, node.name LIMIT $limit
WITH node, score, ${countryOf("node")} AS country
RETURN node.id AS id, node.name AS name, node.type AS type, node.wikidata AS wikidata,
       coalesce(node.aliases, []) AS aliases, ${entityRef("country")} AS country,
       COUNT { (node)<-[:MENTIONS]-(:Article) } AS articleCount, score
ORDER BY score DESC, node.name`;

/**
 * `searchEntities(query, types)`: entities by name or alias in any language and case form, with
 * small misspellings forgiven. A query with no letters or digits is BAD_USER_INPUT.
 */
export const searchEntities: QueryResolvers["searchEntities"] = async (_parent, args, context) => {
  const lucene = buildFullTextQuery(analyseSearch(args.query, context.morphology));
  if (lucene === null) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, "query must contain at least one letter or digit.", {
      argument: "query",
    });
  }
  return readQuery<EntityHit>(context, SEARCH, {
    lucene,
    types: args.types ?? null,
    limit: cypherInt(pageSize(args.limit, 10, context.config.api.maxPageSize)),
  });
};
