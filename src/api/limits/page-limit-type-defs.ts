import { Kind, parse } from "graphql";

/** How many items a generated list read returns when the client gives no `limit`. */
const DEFAULT_PAGE_SIZE = 20;

/**
 * SDL that puts @neo4j/graphql's `@limit` on every `@node` type of the given type definitions:
 * a generated read without `limit` returns at most 20 items instead of the whole graph, and the
 * library never asks Neo4j for more than MAX_PAGE_SIZE (larger requests are refused before
 * that by the limits plugin). Written as type extensions so the maximum follows the
 * configuration rather than a number frozen in schema/model.graphql.
 */
export function pageLimitTypeDefs(typeDefs: readonly string[], maxPageSize: number): string {
  const nodeTypes = typeDefs.flatMap((source) =>
    parse(source).definitions.flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      definition.directives?.some((directive) => directive.name.value === "node")
        ? [definition.name.value]
        : [],
    ),
  );
  const defaultSize = Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  return nodeTypes.map((name) => `extend type ${name} @limit(default: ${defaultSize}, max: ${maxPageSize})`).join("\n");
}
