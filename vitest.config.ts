import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // One graphql instance, as under Node: Vite would give source files graphql's "module" build
    // (index.mjs) while @neo4j/graphql and Apollo require its CommonJS main, and graphql refuses
    // a schema from "another realm" (and `instanceof GraphQLError` fails across the two).
    alias: [
      { find: /^graphql$/, replacement: fileURLToPath(new URL("./node_modules/graphql/index.js", import.meta.url)) },
    ],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          // One real Neo4j for the whole run, started once; its address reaches tests via provide/inject.
          globalSetup: ["tests/global-setup.ts"],
          // Each file must leave that database as it found it: checked around every file.
          setupFiles: ["tests/support/leave-graph-as-found.ts"],
          // Files run one after another in one process: they share one database on a 2-core machine.
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
