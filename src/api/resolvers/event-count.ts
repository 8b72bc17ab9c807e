import type { QueryResolvers } from "../generated/resolvers-types.js";
import { entityArgsOf, eventFilterParameters, FILTERED_EVENTS } from "./event-filter.js";
import { readQuery } from "./read-query.js";
import { readWithEntities } from "./resolve-entities.js";

/**
 * Counts the entity's filtered events (`FILTERED_EVENTS`), dated or not: the total of the events
 * `timeline` pages through, read from the entity's own events (the generated
 * `eventsConnection(where: { participants: … }) { totalCount }` reads every event instead). No
 * row for none, so that `readWithEntities` then resolves names and refuses unknown entities.
 * Exported as the floor `bench/query-latency.ts` measures the API against.
 */
export const EVENT_COUNT = /* cypher */ `
${FILTERED_EVENTS}
WITH count(ev) AS count WHERE count > 0
RETURN count`;

/** `eventCount(entity, with, from, to, types, languages, place)`: how many events `timeline` would list. */
export const eventCount: QueryResolvers["eventCount"] = async (_parent, args, context) => {
  const rows = await readWithEntities(context, entityArgsOf(args.entity, args), (ids) =>
    readQuery<{ count: number }>(context, EVENT_COUNT, eventFilterParameters(ids.entity!, { ...args, ...ids })),
  );
  return rows[0]?.count ?? 0;
};
