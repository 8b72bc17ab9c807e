import type { ApolloServerPlugin } from "@apollo/server";
import { getVariableValues, Kind, type FragmentDefinitionNode } from "graphql";
import type { ApiContext } from "../context.js";
import { ApiError, ErrorCode } from "../errors.js";
import { countRoundTrips } from "./count-round-trips.js";
import { estimateComplexity } from "./estimate-complexity.js";
import { operationDepth } from "./operation-depth.js";
import { defaultPageSize } from "./page-limit-type-defs.js";
import { pageRequests } from "./page-requests.js";

/** The request limits, in the units of `Config.api`. */
export interface QueryLimits {
  /** Deepest field nesting allowed. */
  maxDepth: number;
  /** Highest estimated cost allowed (see estimate-complexity.ts). */
  maxComplexity: number;
  /** Largest `limit` or `first` allowed on any field. */
  maxPageSize: number;
  /** Most database queries one request may send (see count-round-trips.ts). */
  maxRoundTrips: number;
}

/**
 * Refuses an operation before it touches the database when its variables do not fit their
 * declarations (BAD_USER_INPUT, Apollo's own message), it nests deeper than MAX_QUERY_DEPTH
 * (QUERY_TOO_DEEP), asks for a page larger than MAX_PAGE_SIZE or a negative one
 * (BAD_USER_INPUT), would send more than MAX_QUERY_ROUND_TRIPS database queries, or is estimated
 * to cost more than MAX_QUERY_COMPLEXITY (QUERY_TOO_COMPLEX). It runs once the operation is
 * parsed and validated, with the variables coerced, so the limits see the real page sizes. Each
 * refusal is HTTP 400 and says what to change. `resolvedFields` are the nested fields with
 * resolvers of their own ("EntityProfile.coMentions"), each one more query.
 */
export function createLimitsPlugin(
  limits: QueryLimits,
  resolvedFields: ReadonlySet<string>,
): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, schema }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) {
            throw refusal(ErrorCode.BAD_USER_INPUT, coerced.errors.map((error) => error.message).join(" "), {});
          }
          const variables = coerced.coerced;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          const depth = operationDepth(operation, fragments);
          if (depth > limits.maxDepth) {
            throw refusal(
              ErrorCode.QUERY_TOO_DEEP,
              `The query nests ${depth} levels deep; the limit is ${limits.maxDepth} (MAX_QUERY_DEPTH). Ask for less nesting, or split it into two queries.`,
              { depth, maximum: limits.maxDepth },
            );
          }
          for (const page of pageRequests(schema, document, variables)) {
            const call = `${page.field}(${page.argument}: ${page.value})`;
            const details = { argument: page.argument, field: page.field, maximum: limits.maxPageSize };
            if (page.value < 0) {
              throw refusal(
                ErrorCode.BAD_USER_INPUT,
                `${call}: ${page.argument} cannot be negative; ask for 1 to ${limits.maxPageSize} items.`,
                details,
              );
            }
            if (page.value > limits.maxPageSize) {
              throw refusal(
                ErrorCode.BAD_USER_INPUT,
                `${call} asks for more than ${limits.maxPageSize} items (MAX_PAGE_SIZE); page through the results instead.`,
                details,
              );
            }
          }
          const roundTrips = countRoundTrips(schema, operation, fragments, resolvedFields);
          if (roundTrips > limits.maxRoundTrips) {
            throw refusal(
              ErrorCode.QUERY_TOO_COMPLEX,
              `The request would send ${roundTrips} database queries; the limit is ${limits.maxRoundTrips} (MAX_QUERY_ROUND_TRIPS). Ask for fewer top-level fields (aliases count one each) per request.`,
              { roundTrips, maximum: limits.maxRoundTrips },
            );
          }
          const complexity = estimateComplexity(
            schema,
            document,
            operationName ?? undefined,
            variables,
            defaultPageSize(limits.maxPageSize),
          );
          if (complexity > limits.maxComplexity) {
            throw refusal(
              ErrorCode.QUERY_TOO_COMPLEX,
              `The query's estimated cost is ${complexity}; the limit is ${limits.maxComplexity} (MAX_QUERY_COMPLEXITY). Ask for smaller pages (limit/first) or fewer nested lists.`,
              { complexity, maximum: limits.maxComplexity },
            );
          }
        },
      };
    },
  };
}

function refusal(code: ErrorCode, message: string, details: Record<string, unknown>): ApiError {
  return new ApiError(code, message, { ...details, http: { status: 400 } });
}
