/**
 * The Cypher map projections behind the result types of schema/api.graphql (EntityRef, ArticleRef,
 * EventDate, EventRef), written once so every operation returns the same shapes. Each takes the
 * name of a bound variable; variable names come from the operations' own Cypher, never from input.
 */
export const entityRef = (node: string) => `${node} {.id, .name, .type, .wikidata}`;

/** ArticleRef of an `:Article` variable. */
export const articleRef = (node: string) => `${node} {.id, .title, .url, .source, .language, .publishedAt}`;

/** EventDate of an `:Event` variable. */
export const eventDate = (node: string) =>
  `{value: ${node}.dateValue, precision: ${node}.precision, from: ${node}.dateFrom, to: ${node}.dateTo}`;

/** The place of an `:Event` variable as an EntityRef, or null (the first by name if several). */
export const eventPlace = (node: string) =>
  `COLLECT { MATCH (${node})-[:LOCATED_IN]->(place:Entity) RETURN ${entityRef("place")} ORDER BY place.name LIMIT 1 }[0]`;

/** EventRef of an `:Event` variable. */
export const eventRef = (node: string) =>
  `{id: ${node}.id, type: ${node}.type, title: ${node}.title, date: ${eventDate(node)}, place: ${eventPlace(node)}}`;
