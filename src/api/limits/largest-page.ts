import { getArgumentValues, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from "graphql";

/** The arguments, generated or custom, that set how many items a list field returns. */
const PAGE_ARGUMENTS = ["limit", "first"] as const;

/** A page-size argument found in an operation, with the value it takes for this request. */
export interface PageRequest {
  field: string;
  argument: string;
  value: number;
}

/**
 * The largest page an operation asks for, over every field at every level, with variables
 * applied: `articles(limit: 500)`, `articlesConnection(first: $n)` and nested
 * `mentions(limit: …)` alike. Null when it asks for no explicit page size.
 */
export function largestPage(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): PageRequest | null {
  const typeInfo = new TypeInfo(schema);
  let largest: PageRequest | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (!definition) return;
        const values = getArgumentValues(definition, node, variables);
        for (const argument of PAGE_ARGUMENTS) {
          const value = values[argument];
          if (typeof value === "number" && (largest === null || value > largest.value)) {
            largest = { field: node.name.value, argument, value };
          }
        }
      },
    }),
  );
  return largest;
}
