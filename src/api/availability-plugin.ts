import type { ApolloServerPlugin } from "@apollo/server";
import { Kind } from "graphql";
import type { ApiContext } from "./context.js";
import { ApiError, ErrorCode } from "./errors.js";

/** Told to a client while the database is known to be down. */
export const databaseDownMessage =
  "The database is down and being restarted; retry in a few seconds, and watch GET /ready.";

/**
 * Answers DATABASE_UNAVAILABLE (HTTP 503) at once while the server knows its database is down
 * (its embedded Neo4j exited and is being restarted), instead of letting every operation wait on
 * the driver. Introspection alone needs no database and still runs, so the IDE keeps its schema.
 */
export function createAvailabilityPlugin(isDatabaseAvailable: () => boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (isDatabaseAvailable()) return;
          const introspectionOnly =
            !!operation &&
            operation.selectionSet.selections.every(
              (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith("__"),
            );
          if (introspectionOnly) return;
          throw new ApiError(ErrorCode.DATABASE_UNAVAILABLE, databaseDownMessage, { http: { status: 503 } });
        },
      };
    },
  };
}
