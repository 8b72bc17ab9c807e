import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseGoldArticle, type GoldArticle } from "../../../src/eval/gold-schema.js";

/** The development corpus the tests score: every seed/articles/*.json. */
export const GOLD_DIR = join(import.meta.dirname, "../../../seed/articles");
/** The held-out corpus: its gold is validated here, its articles are never extracted by a test. */
export const HOLDOUT_DIR = join(import.meta.dirname, "../../../seed/holdout");

/** Reads and validates every gold file in `dir` (the development corpus by default), sorted by file name. */
export function readGoldCorpus(dir = GOLD_DIR): { file: string; article: GoldArticle }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ file, article: parseGoldArticle(JSON.parse(readFileSync(join(dir, file), "utf8")), file) }));
}
