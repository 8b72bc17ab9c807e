import type { EventKind, InputMaybe } from "../generated/resolvers-types.js";

/** The filters `timeline`, `eventCount`, `eventHistogram` and `eventPlaces` share, as their arguments arrive. */
export interface EventFilterArgs {
  with?: InputMaybe<string>;
  from?: InputMaybe<string>;
  to?: InputMaybe<string>;
  types?: InputMaybe<EventKind[]>;
  languages?: InputMaybe<string[]>;
  place?: InputMaybe<string>;
}

/**
 * The events of `$entity` (unique index on the id, then its own PARTICIPANT relationships only, so
 * the cost grows with the entity's events, not with the corpus) that pass the shared filters,
 * bound as `ev`. The one definition of what those filters mean: a date range keeps the events
 * whose interval overlaps it, a place keeps the events located there or in a place inside it, and
 * languages keep the events some article in one of them reports.
 */
export const FILTERED_EVENTS = /* cypher */ `
MATCH (:Entity {id: $entity})<-[:PARTICIPANT]-(ev:Event)
WITH DISTINCT ev
WHERE ($with IS NULL OR EXISTS { MATCH (ev)-[:PARTICIPANT]->(:Entity {id: $with}) })
  AND ($types IS NULL OR ev.type IN $types)
  AND ($from IS NULL OR ev.dateTo >= date($from))
  AND ($to IS NULL OR ev.dateFrom <= date($to))
  AND ($languages IS NULL OR EXISTS { MATCH (ev)<-[:REPORTS]-(a:Article) WHERE a.language IN $languages })
  AND ($place IS NULL OR EXISTS {
    MATCH (ev)-[:LOCATED_IN]->(p:Entity) WHERE p.id = $place OR EXISTS { (p)-[:LOCATED_IN]->(:Entity {id: $place}) }
  })`;

/** The parameters of `FILTERED_EVENTS` (omitted filters as null, which switches them off). */
export function eventFilterParameters(entity: string, args: EventFilterArgs) {
  return {
    entity,
    with: args.with ?? null,
    types: args.types ?? null,
    from: args.from == null ? null : String(args.from),
    to: args.to == null ? null : String(args.to),
    languages: args.languages ?? null,
    place: args.place ?? null,
  };
}

/** The entity arguments among the shared filters, for `readWithEntities`. */
export function entityArgsOf(entity: string, args: EventFilterArgs) {
  return { entity, with: args.with ?? null, place: args.place ?? null };
}
