import { Kind, parse } from "graphql";

/** How many items a generated list read returns when the client gives no `limit`. */
const DEFAULT_PAGE_SIZE = 20;

/** The page a generated list read returns without `limit` or `first`, under MAX_PAGE_SIZE. */
export function defaultPageSize(maxPageSize: number): number {
  return Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
}

/**
 * SDL that puts @neo4j/graphql's `@limit` on every `@node` type and interface (reads through the
 * `Entity` interface would bypass its implementations' limits) of the given type definitions:
 * a generated read without `limit` returns at most 20 items instead of the whole graph, and the
 * library never asks Neo4j for more than MAX_PAGE_SIZE (larger requests are refused before
 * that by the limits plugin). Written as type extensions so the maximum follows the
 * configuration rather than a number frozen in schema/model.graphql.
 */
export function pageLimitTypeDefs(typeDefs: readonly string[], maxPageSize: number): string {
  const extensions = typeDefs.flatMap((source) =>
    parse(source).definitions.flatMap((definition) => {
      if (definition.kind === Kind.INTERFACE_TYPE_DEFINITION) return [`extend interface ${definition.name.value}`];
      const isNode =
        definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.directives?.some((d) => d.name.value === "node");
      return isNode ? [`extend type ${definition.name.value}`] : [];
    }),
  );
  const defaultSize = defaultPageSize(maxPageSize);
  return extensions.map((head) => `${head} @limit(default: ${defaultSize}, max: ${maxPageSize})`).join("\n");
}
