/**
 * The Cypher map projections behind the result types of schema/api.graphql (EntityRef, PlaceRef,
 * ArticleRef, EventDate, EventRef), written once so every operation returns the same shapes. Each takes the
 * name of a bound variable; variable names come from the operations' own Cypher, never from input.
 */
export const entityRef = (node: string) => `${node} {.id, .name, .type, .wikidata}`;

/** ArticleRef of an `:Article` variable. */
export const articleRef = (node: string) => `${node} {.id, .title, .url, .source, .language, .publishedAt}`;

/** EventDate of an `:Event` variable. */
export const eventDate = (node: string) =>
  `{value: ${node}.dateValue, precision: ${node}.precision, from: ${node}.dateFrom, to: ${node}.dateTo}`;

/**
 * The country an entity variable is (a country), lies in (a city or region) or holds its latest
 * office in (a person); null otherwise. The inner variables are prefixed with the node's, so two
 * projections never clash.
 */
export const countryOf = (node: string) =>
  `CASE WHEN ${node}:Country THEN ${node} ELSE COLLECT {
    MATCH (${node})-[${node}_link:LOCATED_IN|HOLDS_OFFICE]->(${node}_country:Country)
    RETURN ${node}_country ORDER BY ${node}_link.from DESC LIMIT 1 }[0] END`;

/** PlaceRef of a place variable: its coordinates and its country, to draw it on a map. */
export const placeRef = (node: string) =>
  `${node} {.id, .name, .type, .wikidata, .latitude, .longitude, country: ${entityRef(`${node}_c`)}, countryCode: ${node}_c.iso2}`;

/** The place of an `:Event` variable as a PlaceRef, or null (the first by name if several). */
export const eventPlace = (node: string) =>
  `COLLECT {
    MATCH (${node})-[:LOCATED_IN]->(place:Entity) WITH place ORDER BY place.name LIMIT 1
    WITH place, ${countryOf("place")} AS place_c RETURN ${placeRef("place")} }[0]`;

/** EventRef of an `:Event` variable. */
export const eventRef = (node: string) =>
  `{id: ${node}.id, type: ${node}.type, title: ${node}.title, date: ${eventDate(node)}, place: ${eventPlace(node)}}`;
