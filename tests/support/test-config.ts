import { inject } from "vitest";
import { loadConfig, type Config } from "../../src/config.js";

/**
 * The configuration integration tests run with: the Neo4j that `tests/global-setup.ts` provides,
 * the API on a free port, and any overrides (environment variable names, as in production).
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const neo4j = inject("neo4j");
  return loadConfig({
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    PORT: "0",
    ...overrides,
  });
}
