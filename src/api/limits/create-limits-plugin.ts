import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type FragmentDefinitionNode } from "graphql";
import type { ApiContext } from "../context.js";
import { ApiError, ErrorCode } from "../errors.js";
import { estimateComplexity } from "./estimate-complexity.js";
import { largestPage } from "./largest-page.js";
import { operationDepth } from "./operation-depth.js";

/** The request limits, in the units of `Config.api`. */
export interface QueryLimits {
  /** Deepest field nesting allowed. */
  maxDepth: number;
  /** Highest estimated cost allowed (see estimate-complexity.ts). */
  maxComplexity: number;
  /** Largest `limit` or `first` allowed on any field. */
  maxPageSize: number;
}

/**
 * Refuses an operation before it touches the database when it nests deeper than MAX_QUERY_DEPTH
 * (QUERY_TOO_DEEP), asks for a page larger than MAX_PAGE_SIZE (BAD_USER_INPUT) or is estimated
 * to cost more than MAX_QUERY_COMPLEXITY (QUERY_TOO_COMPLEX). It runs once the operation is
 * parsed and validated, so variables are known and the limits see the real page sizes. Each
 * refusal is HTTP 400 and says what to change.
 */
export function createLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, schema }) {
          if (!operation) return;
          const variables = request.variables ?? {};
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
          const page = largestPage(schema, document, variables);
          if (page && (page.value > limits.maxPageSize || page.value < 0)) {
            throw refusal(
              ErrorCode.BAD_USER_INPUT,
              `${page.field}(${page.argument}: ${page.value}) asks for more than ${limits.maxPageSize} items (MAX_PAGE_SIZE); page through the results instead.`,
              { argument: page.argument, field: page.field, maximum: limits.maxPageSize },
            );
          }
          const complexity = estimateComplexity(schema, document, operationName ?? undefined, variables);
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
