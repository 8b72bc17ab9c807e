#!/usr/bin/env node
/**
 * The one entry point: `kg <command>`. Each command lives in `src/commands/`, named after it;
 * this file only wires them into commander and turns known failures into one clear line.
 */
import { Command, CommanderError } from "commander";
import { StartupError } from "./startup-error.js";
import { dbCommand } from "./commands/db.js";
import { evalCommand } from "./commands/eval.js";
import { extractCommand } from "./commands/extract.js";
import { goldCheckCommand } from "./commands/gold-check.js";
import { ingestCommand } from "./commands/ingest.js";
import { tokenCommand } from "./commands/token.js";
import { serveCommand, startCommand } from "./commands/start.js";

const program = new Command()
  .name("kg")
  .description("Newsgraph: news articles decomposed into a Neo4j knowledge graph, served over GraphQL")
  .showHelpAfterError()
  .exitOverride();

program.addCommand(startCommand());
program.addCommand(serveCommand());
program.addCommand(dbCommand());
program.addCommand(extractCommand());
program.addCommand(evalCommand());
program.addCommand(goldCheckCommand());
program.addCommand(ingestCommand());
program.addCommand(tokenCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode;
  if (error instanceof StartupError) {
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
  throw error;
}
