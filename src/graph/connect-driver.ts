import neo4j, { type Driver } from "neo4j-driver";
import { Neo4jError } from "neo4j-driver";
import { messageOf } from "../error-message.js";
import { StartupError } from "../startup-error.js";

/** Where and how to reach Neo4j. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/**
 * Creates the one driver of the process and proves it can talk to the server, so that a wrong
 * address or wrong credentials fail at start with one clear line instead of at the first query.
 * `neo4j://` routing URIs (clusters, AuraDB) work as well as `bolt://`.
 */
export async function connectDriver(connection: Neo4jConnection): Promise<Driver> {
  // A server with auth disabled (the embedded one) accepts any basic credentials.
  const auth = neo4j.auth.basic(connection.user, connection.password);
  let driver: Driver;
  try {
    // No retries inside the driver (by default it retries for 30 s): a dead database then fails a
    // query at once, so the API answers DATABASE_UNAVAILABLE in time and ingestion stops within
    // seconds. Writes retry transient failures on their own bounded policy (src/ingest/retry-transient.ts).
    driver = neo4j.driver(connection.uri, auth, {
      disableLosslessIntegers: true,
      connectionTimeout: 15_000,
      maxTransactionRetryTime: 0,
    });
  } catch (error) {
    throw new StartupError(
      `NEO4J_URI "${connection.uri}" is not a Neo4j address: ${messageOf(error)}. Use bolt://host:7687 or neo4j://host:7687.`,
    );
  }
  try {
    await driver.getServerInfo();
  } catch (error) {
    await driver.close();
    throw new StartupError(describeConnectionFailure(connection, error));
  }
  return driver;
}

function describeConnectionFailure(connection: Neo4jConnection, error: unknown): string {
  if (error instanceof Neo4jError && error.code.startsWith("Neo.ClientError.Security")) {
    return `Neo4j at ${connection.uri} refused the credentials of user "${connection.user}": check NEO4J_USER and NEO4J_PASSWORD.`;
  }
  // The driver's message is a paragraph about encryption defaults; its cause is the useful part.
  const cause = messageOf(error).split("Caused by:").pop()!.trim();
  return `Cannot reach Neo4j at ${connection.uri} (${cause}): check that it runs and that NEO4J_URI is right, or unset NEO4J_URI to use the embedded one.`;
}
