import { Command } from "commander";
import { loadConfig } from "../config.js";
import { createConsoleLogger } from "../logger.js";
import { openDatabase } from "../neo4j/open-database.js";
import { waitForShutdown } from "./wait-for-shutdown.js";

/** `kg db start` (the database alone, migrated, until Ctrl-C) and `kg db migrate`. */
export function dbCommand(): Command {
  const db = new Command("db").description("the database alone");
  db.command("start")
    .description("start the embedded Neo4j (or connect to NEO4J_URI), apply migrations, and wait for Ctrl-C")
    .action(async () => {
      const logger = createConsoleLogger();
      const database = await openDatabase(loadConfig(), logger);
      process.stdout.write(
        `Neo4j ready at ${database.uri}${database.embedded ? " (embedded)" : ""}; Ctrl-C stops it.\n`,
      );
      await waitForShutdown(logger, () => database.close());
    });
  db.command("migrate")
    .description("apply pending schema migrations and exit")
    .action(async () => {
      const database = await openDatabase(loadConfig(), createConsoleLogger());
      await database.close();
      process.stdout.write("Schema is up to date.\n");
    });
  return db;
}
