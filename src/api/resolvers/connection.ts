import type { ConnectionPath, QueryResolvers } from "../generated/resolvers-types.js";
import { ApiError, ErrorCode } from "../errors.js";
import { pageSize } from "./page-size.js";
import { cypherInt, readQuery } from "./read-query.js";
import { describePath, type RawPath } from "./describe-path.js";
import { readWithEntities } from "./resolve-entities.js";

/** Beyond six relationships nearly everything connects, and the search grows exponentially. */
const MAX_HOPS = 6;

// Only the relationships that say how things relate (taking part, saying, being about, taking
// place, holding office): through MENTIONS every two entities of one article would "connect".
// The hop bound cannot be a parameter in Cypher; it is a validated integer.
const connectionQuery = (maxHops: number) => /* cypher */ `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:PARTICIPANT|SAID_BY|ABOUT|MADE_AT|LOCATED_IN|HOLDS_OFFICE*..${maxHops}]-(b))
WITH p LIMIT $limit
RETURN
  [n IN nodes(p) | {
    id: n.id,
    kind: CASE WHEN n:Entity THEN 'ENTITY' WHEN n:Event THEN 'EVENT' ELSE 'STATEMENT' END,
    label: coalesce(n.name, n.title, left(n.quote, 60) + CASE WHEN size(n.quote) > 60 THEN '…' ELSE '' END),
    type: n.type
  }] AS nodes,
  [r IN relationships(p) | {type: type(r), role: r.role, title: r.title, startId: startNode(r).id}] AS links`;

/**
 * `connection(from, to, maxHops)`: the shortest ways two entities relate, each as steps and as
 * one readable line. `from` and `to` are ids, names or aliases; the same entity twice or a bound
 * outside 1..6 is BAD_USER_INPUT.
 */
export const connection: QueryResolvers["connection"] = async (_parent, args, context) => {
  const maxHops = args.maxHops ?? 4;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `maxHops must be between 1 and ${MAX_HOPS}.`, {
      argument: "maxHops",
      maximum: MAX_HOPS,
    });
  }
  const limit = cypherInt(pageSize(args.limit, 5, context.config.api.maxPageSize));
  const rows = await readWithEntities(context, { from: args.from, to: args.to }, (ids) => {
    if (ids.from === ids.to) {
      throw new ApiError(ErrorCode.BAD_USER_INPUT, "from and to must be two different entities.");
    }
    return readQuery<RawPath>(context, connectionQuery(maxHops), { ...ids, limit });
  });
  return rows.map(describePath).sort(byLengthThenText) satisfies ConnectionPath[];
};

function byLengthThenText(a: ConnectionPath, b: ConnectionPath): number {
  return a.length - b.length || a.text.localeCompare(b.text);
}
