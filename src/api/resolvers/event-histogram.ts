import type { EventCount, QueryResolvers } from "../generated/resolvers-types.js";
import { entityArgsOf, eventFilterParameters, FILTERED_EVENTS } from "./event-filter.js";
import { readQuery } from "./read-query.js";
import { readWithEntities } from "./resolve-entities.js";

/**
 * Counts the entity's filtered events (`FILTERED_EVENTS`) by the month or year their interval
 * starts in, in the database: one row per non-empty bucket whatever the number of events. An
 * event whose interval ends after its bucket (a year in a monthly histogram) counts as imprecise.
 * Exported as the floor `bench/query-latency.ts` can measure the API against.
 */
export const EVENT_HISTOGRAM = /* cypher */ `
${FILTERED_EVENTS}
  AND ev.dateFrom IS NOT NULL
WITH ev, date.truncate(CASE $bucket WHEN 'YEAR' THEN 'year' ELSE 'month' END, ev.dateFrom) AS start
WITH ev, start, start + CASE $bucket WHEN 'YEAR' THEN duration({years: 1}) ELSE duration({months: 1}) END - duration({days: 1}) AS end
WITH start, end, count(ev) AS count, count(CASE WHEN ev.dateTo > end THEN 1 END) AS imprecise
RETURN CASE $bucket WHEN 'YEAR' THEN toString(start.year) ELSE left(toString(start), 7) END AS bucket,
  start AS from, end AS to, count, imprecise
ORDER BY from`;

/** `eventHistogram(entity, …, bucket)`: the events `timeline` would list, counted per month or year. */
export const eventHistogram: QueryResolvers["eventHistogram"] = (_parent, args, context) =>
  readWithEntities(context, entityArgsOf(args.entity, args), (ids) =>
    readQuery<EventCount>(context, EVENT_HISTOGRAM, {
      ...eventFilterParameters(ids.entity!, { ...args, ...ids }),
      bucket: args.bucket ?? "MONTH",
    }),
  );
