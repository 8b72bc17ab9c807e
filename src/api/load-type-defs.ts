import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every `schema/*.graphql` file, in name order: the SDL that is the API's source of truth. */
export function loadTypeDefs(schemaDir: string): string[] {
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => readFileSync(join(schemaDir, name), "utf8"));
}
