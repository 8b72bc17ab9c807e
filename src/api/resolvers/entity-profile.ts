import type { EntityProfile, EntityProfileResolvers, EventRef, QueryResolvers } from "../generated/resolvers-types.js";
import { entityRef, eventRef } from "./cypher-projections.js";
import { findCoMentions } from "./co-mentions.js";
import { pageSize } from "./page-size.js";
import { cypherInt, readQuery } from "./read-query.js";
import { matchEntities, onlyMatch } from "./resolve-entities.js";

/**
 * One row from the id (unique index); the article figures come from one pass over its mentions.
 * Exported as the floor `bench/query-latency.ts` measures the API against.
 */
export const PROFILE = /* cypher */ `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(a:Article)
  RETURN count(a) AS articleCount, min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
}
RETURN e.id AS id, e.name AS name, e.type AS type, e.wikidata AS wikidata, coalesce(e.aliases, []) AS aliases,
  COLLECT {
    MATCH (e)-[o:HOLDS_OFFICE]->(p:Entity)
    RETURN {title: o.title, from: o.from, to: o.to, polity: ${entityRef("p")}} ORDER BY o.from DESC, p.name
  } AS offices,
  articleCount, firstSeen, lastSeen,
  COUNT { MATCH (e)<-[:SAID_BY|ABOUT]-(s:Statement) RETURN DISTINCT s } AS statementCount`;

/** An entity's events, newest first (undated last); also measured by `bench/query-latency.ts`. */
export const LATEST_EVENTS = /* cypher */ `
MATCH (:Entity {id: $id})<-[:PARTICIPANT]-(ev:Event)
WITH DISTINCT ev ORDER BY ev.dateTo IS NULL, ev.dateTo DESC, ev.id
LIMIT $limit
RETURN ${eventRef("ev")} AS event`;

type ProfileRow = Omit<EntityProfile, "coMentions" | "latestEvents">;

/**
 * `entity(id)`: the profile of one entity, or null when no entity has the id, name or alias; a
 * name several entities share is AMBIGUOUS_ENTITY. The id is tried first: one query in the common case.
 */
export const entity: QueryResolvers["entity"] = async (_parent, args, context) => {
  const readProfile = async (id: string) => {
    const [row] = await readQuery<ProfileRow>(context, PROFILE, { id });
    return (row as EntityProfile | undefined) ?? null;
  };
  const byId = await readProfile(args.id);
  if (byId) return byId;
  const match = onlyMatch("id", args.id, (await matchEntities(context, [args.id])).get(args.id) ?? []);
  return match ? readProfile(match.id) : null;
};

/**
 * The profile's paged parts, each asked for only when selected: the top co-mentioned entities and
 * the latest events.
 */
export const entityProfileFields: EntityProfileResolvers = {
  coMentions: (parent, args, context) => findCoMentions(context, parent.id, args.limit, 5),
  latestEvents: async (parent, args, context) => {
    const rows = await readQuery<{ event: EventRef }>(context, LATEST_EVENTS, {
      id: parent.id,
      limit: cypherInt(pageSize(args.limit, 5, context.config.api.maxPageSize)),
    });
    return rows.map((row) => row.event);
  },
};
