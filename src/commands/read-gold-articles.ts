import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { parseGoldArticle, type GoldArticle } from "../eval/gold-schema.js";

/** The `*.json` files of a gold directory, sorted by name; an unreadable or empty directory throws. */
export async function listGoldFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read the gold directory ${dir}: ${error.code ?? error.message}`);
  });
  const files = names.filter((name) => name.endsWith(".json")).sort();
  if (files.length === 0) throw new Error(`${dir} holds no *.json gold files`);
  return files.map((file) => join(dir, file));
}

/** One gold file read, parsed and validated (docs/CONTRACTS.md contract 2); an error names the file. */
export async function readGoldFile(path: string): Promise<GoldArticle> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${path}: ${error.code ?? error.message}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseGoldArticle(json, path);
}

/** Every gold file of `dir`, sorted by name, parsed and validated; the first bad file throws. */
export async function readGoldArticles(dir: string): Promise<GoldArticle[]> {
  const articles: GoldArticle[] = [];
  for (const path of await listGoldFiles(dir)) articles.push(await readGoldFile(path));
  return articles;
}
