/**
 * Puts the US Census Bureau's 1990 name lists (88,799 surnames, 1,219 male and 4,275 female first
 * names, public domain) into seed/models/us-census-names/names.tsv: one name a line, lower case,
 * with its rank among surnames and among first names (1 is the most common; empty when it is none;
 * a first name of both sexes keeps the better rank).
 * The extractor spells English names written in Russian back with them (src/extract/english-spelling.ts).
 *
 * The lists ship inside the `names` package on PyPI (MIT), pinned here by its sha256; the archive
 * is downloaded once, checked, and the three lists are read out of it in memory. Run by `npm ci`
 * (the `prepare` script) and idempotent: nothing is fetched when this archive's list is already
 * there. Nothing is downloaded at run time.
 *
 * Run: npx tsx seed/scripts/fetch-census-names.ts
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { gunzipSync } from "fflate";
import { parseTar } from "nanotar";

const ARCHIVE = {
  name: "names-0.3.0.tar.gz",
  url: "https://files.pythonhosted.org/packages/44/4e/f9cb7ef2df0250f4ba3334fbdabaa94f9c88097089763d8e85ada8092f84/names-0.3.0.tar.gz",
  sha256: "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
};
const LISTS = [
  { file: "names-0.3.0/names/dist.all.last", column: 0 },
  { file: "names-0.3.0/names/dist.male.first", column: 1 },
  { file: "names-0.3.0/names/dist.female.first", column: 1 },
];

const out = new URL("../models/us-census-names/", import.meta.url);
const namesFile = new URL("names.tsv", out);
/** Bumped when the file written here changes, so `npm ci` rewrites an older copy. */
const FORMAT = 2;
const sourceFile = new URL("source.json", out);

async function main(): Promise<void> {
  if (existsSync(namesFile) && existsSync(sourceFile)) {
    const source = JSON.parse(readFileSync(sourceFile, "utf8"));
    if (source.sha256 === ARCHIVE.sha256 && source.format === FORMAT) return;
  }
  process.stderr.write(`Fetching the US Census name lists (${ARCHIVE.name}, 0.8 MB, once)...\n`);
  const response = await fetch(ARCHIVE.url);
  if (!response.ok) throw new Error(`${ARCHIVE.url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 !== ARCHIVE.sha256) throw new Error(`${ARCHIVE.name}: sha256 ${sha256}, expected ${ARCHIVE.sha256}`);
  const files = new Map(parseTar(gunzipSync(bytes)).map((item) => [item.name, item.data ?? new Uint8Array()]));
  const ranks = new Map<string, [surname: number, firstName: number]>();
  for (const { file, column } of LISTS) {
    const data = files.get(file);
    if (!data) throw new Error(`${ARCHIVE.name} lacks ${file}`);
    // "SMITH          1.006  1.006      1": the name, its share, the cumulative share, its rank.
    for (const line of new TextDecoder().decode(data).split("\n")) {
      const [name, , , rank] = line.trim().split(/\s+/);
      if (!name || !rank) continue;
      const word = name.toLowerCase();
      const both = ranks.get(word) ?? [Infinity, Infinity];
      both[column] = Math.min(both[column]!, Number(rank));
      ranks.set(word, both);
    }
  }
  mkdirSync(out, { recursive: true });
  const staged = new URL("names.tsv.partial", out);
  const cell = (rank: number) => (rank === Infinity ? "" : String(rank));
  writeFileSync(staged, [...ranks].map(([word, [surname, first]]) => `${word}\t${cell(surname)}\t${cell(first)}\n`).join(""));
  renameSync(staged, namesFile);
  writeFileSync(sourceFile, JSON.stringify({ archive: ARCHIVE.name, sha256: ARCHIVE.sha256, format: FORMAT, names: ranks.size }) + "\n");
}

await main();
