import { lexicographicSortSchema, printSchema } from "graphql";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createSchema } from "./create-schema.js";
import { loadTypeDefs } from "./load-type-defs.js";

/**
 * Prints the full schema, as @neo4j/graphql augments `schema/*.graphql`, to
 * `schema/generated/schema.graphql`: what clients code against and what codegen types the
 * resolvers from. Needs no database.
 */
export async function printFullSchema(schemaDir: string, outputPath: string): Promise<void> {
  const schema = await createSchema({ typeDefs: loadTypeDefs(schemaDir) });
  mkdirSync(dirname(outputPath), { recursive: true });
  const header = "# Generated from schema/*.graphql by `npm run codegen`. Do not edit.\n\n";
  writeFileSync(outputPath, header + printSchema(lexicographicSortSchema(schema)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await printFullSchema("schema", "schema/generated/schema.graphql");
}
