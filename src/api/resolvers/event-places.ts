import type { PlaceCount, QueryResolvers } from "../generated/resolvers-types.js";
import { countryOf, placeRef } from "./cypher-projections.js";
import { entityArgsOf, eventFilterParameters, FILTERED_EVENTS } from "./event-filter.js";
import { pageSize } from "./page-size.js";
import { cypherInt, readQuery } from "./read-query.js";
import { readWithEntities } from "./resolve-entities.js";

/** The places of the entity's filtered events (`FILTERED_EVENTS`), counted in the database. */
export const EVENT_PLACES = /* cypher */ `
${FILTERED_EVENTS}
MATCH (ev)-[:LOCATED_IN]->(place:Entity)
WITH place, count(DISTINCT ev) AS events
ORDER BY events DESC, place.name
LIMIT $limit
WITH place, events, ${countryOf("place")} AS place_c
RETURN ${placeRef("place")} AS place, events`;

/** `eventPlaces(entity, …)`: where the events `timeline` would list took place, most events first. */
export const eventPlaces: QueryResolvers["eventPlaces"] = async (_parent, args, context) => {
  const limit = cypherInt(pageSize(args.limit, 100, context.config.api.maxPageSize));
  return readWithEntities(context, entityArgsOf(args.entity, args), (ids) =>
    readQuery<PlaceCount>(context, EVENT_PLACES, {
      ...eventFilterParameters(ids.entity!, { ...args, ...ids }),
      limit,
    }),
  );
};
