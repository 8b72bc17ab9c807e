import { getArgumentValues, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from "graphql";

/** The arguments, generated or custom, that set how many items a list field returns. */
export const PAGE_ARGUMENTS = ["limit", "first"] as const;

/** A page-size argument found in an operation, with the value it takes for this request. */
export interface PageRequest {
  field: string;
  argument: string;
  value: number;
}

/**
 * Every page size an operation asks for, over every field at every level, with (coerced)
 * variables and argument defaults applied: `articles(limit: 500)`, `articlesConnection(first: $n)`,
 * nested `mentions(limit: …)` and `timeline`'s default `limit` alike.
 */
export function pageRequests(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): PageRequest[] {
  const typeInfo = new TypeInfo(schema);
  const requests: PageRequest[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (!definition) return;
        const values = getArgumentValues(definition, node, variables);
        for (const argument of PAGE_ARGUMENTS) {
          const value = values[argument];
          if (typeof value === "number") requests.push({ field: node.name.value, argument, value });
        }
      },
    }),
  );
  return requests;
}
