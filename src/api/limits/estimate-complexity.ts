import type { DocumentNode, GraphQLSchema } from "graphql";
// The CommonJS build: the package's ESM build imports graphql/index.mjs, a second graphql
// instance that refuses the schema @neo4j/graphql builds with the CommonJS one.
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity/cjs";
import { PAGE_ARGUMENTS } from "./page-requests.js";

/**
 * Every field costs 1, and a field that takes a page size multiplies what is below it by the
 * size that will really apply: the `limit` or `first` given, else the argument's default (the
 * custom operations'), else `defaultPageSize` (what @neo4j/graphql's `@limit` applies to a
 * generated list read without one). So `events { participants { participatesIn { … } } }`
 * costs 20 × 20 × 20 times its leaves, not 1: without this, nested generated lists passed the
 * limit and ran to the timeout. The same formula @neo4j/graphql's own estimators use.
 */
function pageEstimator(defaultPageSize: number): ComplexityEstimator {
  return ({ args, childComplexity, field }) => {
    if (!field.args.some((argument) => (PAGE_ARGUMENTS as readonly string[]).includes(argument.name)))
      return 1 + childComplexity;
    const given = args.limit ?? args.first;
    const size = typeof given === "number" ? given : defaultPageSize;
    return 1 + childComplexity * Math.max(size, 1);
  };
}

/** The estimated cost of running one operation of a document with these (coerced) variables. */
export function estimateComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  defaultPageSize: number,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [pageEstimator(defaultPageSize)],
  });
}
