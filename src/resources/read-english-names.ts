import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildEnglishNameIndex, type EnglishNameIndex } from "../extract/english-spelling.js";
import { StartupError } from "../startup-error.js";

/** Where seed/scripts/fetch-census-names.ts writes the lists (`npm ci` runs it), under the seed folder. */
const CENSUS_NAMES = join("models", "us-census-names", "names.tsv");

/** First names this common are names even when they are also words ("Faith", "Pam", "Rose"). */
const COMMON_FIRST_NAME_RANK = 1000;

/**
 * The US Census name lists (surnames and first names, each with its rank) as a trie, so an English
 * name written in Russian can be spelt back (english-spelling.ts), and the common first names. A
 * missing file is a StartupError saying how to get it.
 */
export async function readEnglishNames(
  seedDir: string,
): Promise<{ index: EnglishNameIndex; commonFirstNames: string[] }> {
  const path = join(seedDir, CENSUS_NAMES);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new StartupError(`${path} is missing: run \`npm ci\` or \`npx tsx seed/scripts/fetch-census-names.ts\`.`);
  }
  const names = text
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => {
      const [name, surname, firstName] = line.split("\t");
      return [name!, { surname: rankIn(surname), firstName: rankIn(firstName) }] as const;
    });
  const commonFirstNames = names
    .filter(([, ranks]) => (ranks.firstName ?? Infinity) <= COMMON_FIRST_NAME_RANK)
    .map(([name]) => name);
  return { index: buildEnglishNameIndex(names), commonFirstNames };
}

function rankIn(cell: string | undefined): number | undefined {
  return cell ? Number(cell) : undefined;
}
