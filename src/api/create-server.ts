import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Driver } from "neo4j-driver";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "../config.js";
import type { Morphology } from "../extract/types.js";
import { isMigrated } from "../graph/apply-migrations.js";
import type { ExtractionPool } from "../ingest/extraction-pool.js";
import type { IngestService } from "../ingest/ingest-service.js";
import type { Logger } from "../logger.js";
import { StartupError } from "../startup-error.js";
import { createAvailabilityPlugin } from "./availability-plugin.js";
import { createContextFactory, type ApiContext } from "./context.js";
import { createSchema } from "./create-schema.js";
import { createErrorFormatter } from "./errors.js";
import { createHttpHandler } from "./http-handler.js";
import { loadExplorerAssets } from "./explorer-assets.js";
import { loadIdeAssets } from "./ide-assets.js";
import { createLimitsPlugin } from "./limits/create-limits-plugin.js";
import { pageLimitTypeDefs } from "./limits/page-limit-type-defs.js";
import { resolvers } from "./resolvers/index.js";

/** A running API: where it listens, and how to stop it. */
export interface ApiServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the GraphQL API, the IDE and the explorer on `config.api.host:port` (port 0 picks a free
 * one, for tests). A port in use is a `StartupError` naming the variable that changes it. The
 * driver, the ingest service and the morphology are the entry point's, built once per process.
 */
export async function startApiServer(options: {
  driver: Driver;
  config: Config;
  logger: Logger;
  /** Writes for the ingest mutations. */
  ingest: IngestService;
  /** Lemmatises search queries as extraction does (the extraction resources' `morph`). */
  morphology: Morphology;
  /** Extracts the mutations' articles off the event loop; the server closes it on stop. @default extraction on this thread */
  extraction?: ExtractionPool;
  typeDefs: string[];
  ideExamples: unknown[];
  /** The built explorer; `EXPLORER_DIR` by default. */
  explorerDir?: string;
  /** False while the database is known to be down (see OpenDatabase.isAvailable). @default always true */
  isDatabaseAvailable?: () => boolean;
}): Promise<ApiServer> {
  const { driver, config, logger, ingest, morphology, extraction } = options;
  const isDatabaseAvailable = options.isDatabaseAvailable ?? (() => true);
  const typeDefs = [...options.typeDefs, pageLimitTypeDefs(options.typeDefs, config.api.maxPageSize)];
  const schema = await createSchema({ typeDefs, driver, resolvers });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: config.api.introspection,
    formatError: createErrorFormatter({ development: config.api.development, logger }),
    // The IDE is our own offline GraphiQL page, not Apollo's CDN-hosted landing page.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      createAvailabilityPlugin(isDatabaseAvailable),
      createLimitsPlugin(config.api, resolvedFields(resolvers)),
    ],
  });
  await apollo.start();
  const handler = createHttpHandler({
    apollo,
    createContext: createContextFactory({ driver, config, logger, ingest, morphology, extraction }),
    ideAssets: loadIdeAssets(),
    explorer: loadExplorerAssets(options.explorerDir),
    ideExamples: options.ideExamples,
    isReady: async () => isDatabaseAvailable() && (await isMigrated(driver, config.neo4j.database)),
    maxBodyBytes: config.api.maxBodyBytes,
  });
  const server = createServer((request, response) => {
    handler(request, response).catch((error: unknown) => {
      logger.error(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
        }),
      );
    });
  });
  const address = await listen(server, config.api.host, config.api.port);
  return {
    url: `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}/graphql`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
      await extraction?.close();
    },
  };
}

/** "Type.field" of every nested field with a resolver of its own: each is one more database query. */
function resolvedFields(map: Record<string, unknown>): Set<string> {
  return new Set(
    Object.entries(map)
      .filter(([type]) => type !== "Query" && type !== "Mutation")
      .flatMap(([type, fields]) => Object.keys(fields as object).map((field) => `${type}.${field}`)),
  );
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(`Port ${port} is already in use; set PORT to another port (or stop what uses it).`)
          : error,
      );
    });
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}
