import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { ArticleInput } from "../extract/types.js";
import { articleFromJson } from "./article-from-json.js";
import { decodeUtf8 } from "./decode-utf8.js";
import { textFromHtml } from "./text-from-html.js";

/** One input read: the article, or why it could not be read. `origin` is "file" or "file:line". */
export interface ArticleSource {
  origin: string;
  article?: ArticleInput;
  error?: string;
}

/** How articles are read. */
export interface ReadOptions {
  /** Largest article text accepted, in bytes (config `extraction.maxArticleBytes`). */
  maxArticleBytes: number;
  /** Stream read for the path "-" (JSON Lines); `process.stdin` at the entry point. */
  stdin?: Readable;
}

const EXTENSIONS = new Set([".json", ".jsonl", ".ndjson", ".txt", ".html", ".htm"]);

/**
 * Reads PATHs — a .json article, .jsonl (one article per line), .txt, .html (main text taken out
 * with Readability), a directory (its supported files, sorted, recursively) or "-" for JSON Lines on
 * stdin — into articles, one at a time. Each bad input (missing file, invalid UTF-8 or binary, empty
 * text, text over the limit, malformed JSON with its line number) yields an `error` naming the file
 * and the problem, and reading goes on with the rest.
 */
export async function* readArticles(paths: readonly string[], options: ReadOptions): AsyncGenerator<ArticleSource> {
  for (const path of paths) {
    if (path === "-") {
      if (options.stdin) yield* readJsonLines(options.stdin, "stdin", options);
      continue;
    }
    yield* readPath(path, options);
  }
}

async function* readPath(path: string, options: ReadOptions): AsyncGenerator<ArticleSource> {
  let info;
  try {
    info = await stat(path);
  } catch {
    yield { origin: path, error: `${path}: no such file or directory` };
    return;
  }
  if (info.isDirectory()) {
    for (const name of (await readdir(path)).sort()) {
      const child = join(path, name);
      const childInfo = await stat(child);
      if (childInfo.isDirectory() || EXTENSIONS.has(extname(name).toLowerCase())) yield* readPath(child, options);
    }
    return;
  }
  const extension = extname(path).toLowerCase();
  if (extension === ".jsonl" || extension === ".ndjson") {
    yield* readJsonLines(createReadStream(path), path, options);
    return;
  }
  yield readFileArticle(path, extension, await readFile(path), options);
}

function readFileArticle(path: string, extension: string, bytes: Buffer, options: ReadOptions): ArticleSource {
  const decoded = decodeUtf8(bytes);
  if (typeof decoded !== "string") return { origin: path, error: `${path}: ${decoded.error}` };
  if (extension === ".json") return checked(path, articleFromJson(decoded), options);
  if (extension === ".html" || extension === ".htm") return checked(path, textFromHtml(decoded), options);
  return checked(path, { article: { text: decoded } }, options);
}

async function* readJsonLines(stream: Readable, name: string, options: ReadOptions): AsyncGenerator<ArticleSource> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === "") continue;
    const origin = `${name}:${number}`;
    if (line.includes("\uFFFD")) yield { origin, error: `${origin}: invalid UTF-8` };
    else yield checked(origin, articleFromJson(line), options);
  }
}

function checked(
  origin: string,
  parsed: { article?: ArticleInput; error?: string },
  options: ReadOptions,
): ArticleSource {
  if (!parsed.article) return { origin, error: `${origin}: ${parsed.error}` };
  const { text } = parsed.article;
  if (text.trim() === "") return { origin, error: `${origin}: empty article text` };
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > options.maxArticleBytes) {
    return {
      origin,
      error: `${origin}: article text is ${bytes} bytes, over the limit of ${options.maxArticleBytes} (MAX_ARTICLE_BYTES)`,
    };
  }
  return { origin, article: parsed.article };
}
