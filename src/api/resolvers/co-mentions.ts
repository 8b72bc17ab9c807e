import type { ApiContext } from "../context.js";
import type { CoMention, QueryResolvers } from "../generated/resolvers-types.js";
import { entityRef } from "./cypher-projections.js";
import { pageSize } from "./page-size.js";
import { cypherInt, readQuery } from "./read-query.js";
import { readWithEntities } from "./resolve-entities.js";

/**
 * Two walks from the entity (unique index): through the articles naming it, and through the
 * events it took part in. MENTIONS is one relationship per article and entity, so count(*)
 * counts articles; an entity can take part in one event in two roles, hence DISTINCT there.
 * Exported as the floor `bench/query-latency.ts` measures the API against.
 */
export const CO_MENTIONS = /* cypher */ `
MATCH (e:Entity {id: $entity})
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(other:Entity) WHERE other <> e
  RETURN other, count(*) AS articles, 0 AS events
  UNION ALL
  MATCH (e)<-[:PARTICIPANT]-(ev:Event)-[:PARTICIPANT]->(other:Entity) WHERE other <> e
  RETURN other, 0 AS articles, count(DISTINCT ev) AS events
}
WITH other, sum(articles) AS articles, sum(events) AS events
RETURN ${entityRef("other")} AS entity, articles, events, articles + events AS total
ORDER BY total DESC, other.name
LIMIT $limit`;

/**
 * The entities most often named in the same articles or taking part in the same events as
 * `entityId`, with both counts; shared by `coMentions` and `EntityProfile.coMentions`.
 */
export function findCoMentions(
  context: ApiContext,
  entityId: string,
  limit: number | null | undefined,
  fallback: number,
) {
  return readQuery<CoMention>(context, CO_MENTIONS, {
    entity: entityId,
    limit: cypherInt(pageSize(limit, fallback, context.config.api.maxPageSize)),
  });
}

/** `coMentions(entity, limit)`: see `findCoMentions`; the entity is an id, a name or an alias. */
export const coMentions: QueryResolvers["coMentions"] = (_parent, args, context) =>
  readWithEntities(context, { entity: args.entity }, (ids) => findCoMentions(context, ids.entity!, args.limit, 10));
