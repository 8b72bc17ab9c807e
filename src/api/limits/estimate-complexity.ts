import type { DocumentNode, GraphQLSchema } from "graphql";
// The CommonJS build: the package's ESM build imports graphql/index.mjs, a second graphql
// instance that refuses the schema @neo4j/graphql builds with the CommonJS one.
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity/cjs";

/**
 * Every field costs 1, and a field that takes a page size multiplies what is below it by that
 * size (given or defaulted): `timeline(limit: 20) { participants { … } }` costs 20 times its
 * entries. The same formula @neo4j/graphql's own estimators use for its generated fields.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = Number(args.limit ?? args.first ?? 1);
  return 1 + childComplexity * (Number.isFinite(size) && size > 0 ? size : 1);
};

/** The estimated cost of running one operation of a document with these variables. */
export function estimateComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [pageEstimator] });
}
