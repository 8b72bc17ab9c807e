import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * How many database queries an operation sends: one per root field (aliases and fragments
 * count each time they appear: 1,000 aliases of `timeline` are 1,000 queries) and one per
 * occurrence of a field in `resolvedFields` ("EntityProfile.coMentions"), the nested fields
 * whose own resolvers read the database. Introspection fields cost none.
 */
export function countRoundTrips(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  resolvedFields: ReadonlySet<string>,
): number {
  const count = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType | undefined | null,
    root: boolean,
    visiting: Set<string>,
  ): number => {
    let trips = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith("__")) continue;
        if (root || resolvedFields.has(`${parent?.name}.${name}`)) trips += 1;
        const field =
          parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        if (selection.selectionSet)
          trips += count(selection.selectionSet, field && getNamedType(field.type), false, visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        trips += count(selection.selectionSet, type, root, visiting);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A fragment cycle is a validation error reported elsewhere; here it just stops.
        if (!fragment || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        trips += count(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), root, visiting);
        visiting.delete(fragment.name.value);
      }
    }
    return trips;
  };
  return count(operation.selectionSet, schema.getRootType(operation.operation), true, new Set());
}
