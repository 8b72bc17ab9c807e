import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { IncomingMessage } from "node:http";
import type { Config } from "../config.js";
import type { Morphology } from "../extract/types.js";
import type { IngestService } from "../ingest/ingest-service.js";
import type { ExtractionPool } from "../ingest/extraction-pool.js";
import type { Logger } from "../logger.js";

/** What every resolver receives: the generated ones read `sessionConfig` and `transaction`. */
export interface ApiContext extends Neo4jGraphQLContext {
  driver: Driver;
  config: Config;
  logger: Logger;
  /** The process's one ingest service: the mutations write through it. */
  ingest: IngestService;
  /** The extraction's morphology, loaded once: search lemmatises queries with it. */
  morphology: Morphology;
  /** Worker threads that extract ingested articles off the event loop; without them, extraction runs on this thread. */
  extraction?: ExtractionPool;
  /** The bearer token of the request, unverified; resolvers that write verify it. */
  token?: string;
}

/**
 * Builds the per-request context: the database, the query timeout, and the caller's token. The
 * timeout is the request's, not each query's: every transaction the request opens gets what is
 * left of QUERY_TIMEOUT_MS since the request began, so a nested resolver's query after its
 * parent's cannot stretch the request past it.
 */
export function createContextFactory(
  deps: Pick<ApiContext, "driver" | "config" | "logger" | "ingest" | "morphology" | "extraction">,
) {
  return (request: IncomingMessage): ApiContext => {
    const deadline = Date.now() + deps.config.api.queryTimeoutMs;
    return {
      ...deps,
      sessionConfig: { database: deps.config.neo4j.database },
      transaction: {
        get timeout() {
          return Math.max(1, deadline - Date.now());
        },
      },
      token: bearerToken(request.headers.authorization),
    };
  };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
