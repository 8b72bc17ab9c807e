import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseGoldArticle, type GoldArticle } from "../../../src/eval/gold-schema.js";

/** The annotated corpus the tests score: every seed/articles/*.json, parsed and validated. */
export const GOLD_DIR = join(import.meta.dirname, "../../../seed/articles");

/** Reads and validates every gold file in `GOLD_DIR`, sorted by file name. */
export function readGoldCorpus(): { file: string; article: GoldArticle }[] {
  return readdirSync(GOLD_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ file, article: parseGoldArticle(JSON.parse(readFileSync(join(GOLD_DIR, file), "utf8")), file) }));
}
