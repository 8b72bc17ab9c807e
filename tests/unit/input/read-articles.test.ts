import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readArticles, type ArticleSource } from "../../../src/input/read-articles.js";

const dir = mkdtempSync(join(tmpdir(), "kg-input-"));
const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

async function read(
  paths: string[],
  options: { maxArticleBytes?: number; stdin?: Readable } = {},
): Promise<ArticleSource[]> {
  const out: ArticleSource[] = [];
  for await (const source of readArticles(paths, {
    maxArticleBytes: options.maxArticleBytes ?? 1_000_000,
    stdin: options.stdin,
  }))
    out.push(source);
  return out;
}

describe("readArticles", () => {
  it("reads a JSON article and a plain text file", async () => {
    const json = file("a.json", JSON.stringify({ id: "a", text: "Текст статьи.", publishedAt: "2024-07-06" }));
    const txt = file("b.txt", "Plain text article.");
    const [first, second] = await read([json, txt]);
    expect(first!.article).toMatchObject({ id: "a", text: "Текст статьи." });
    // A JSON article without a title has none (null); only raw text leaves it to be detected.
    expect(first!.article!.title).toBeNull();
    expect(second!.article).toEqual({ text: "Plain text article." });
  });

  it("numbers JSON Lines and reports a malformed line without stopping", async () => {
    const jsonl = file("c.jsonl", `{"text":"one"}\n{bad json\n{"text":"three"}\n`);
    const sources = await read([jsonl]);
    expect(sources.map((s) => s.origin)).toEqual([`${jsonl}:1`, `${jsonl}:2`, `${jsonl}:3`]);
    expect(sources[1]!.error).toMatch(/:2: malformed JSON/);
    expect(sources[2]!.article?.text).toBe("three");
  });

  it("reads JSON Lines from stdin for the path '-'", async () => {
    const sources = await read(["-"], { stdin: Readable.from(['{"text":"from stdin"}\n']) });
    expect(sources).toEqual([{ origin: "stdin:1", article: { text: "from stdin", title: null } }]);
  });

  it("names the file for a missing path, empty text, oversized text, invalid UTF-8 and binary content", async () => {
    const sources = await read(
      [
        join(dir, "missing.txt"),
        file("empty.txt", "   \n"),
        file("big.txt", "x".repeat(50)),
        file("bad.txt", Buffer.from([0x41, 0xff, 0xfe, 0x42])),
        file("bin.txt", Buffer.from([0x41, 0x00, 0x42])),
      ],
      { maxArticleBytes: 10 },
    );
    expect(sources.map((s) => s.error)).toEqual([
      `${join(dir, "missing.txt")}: no such file or directory`,
      `${join(dir, "empty.txt")}: empty article text`,
      `${join(dir, "big.txt")}: article text is 50 bytes, over the limit of 10 (MAX_ARTICLE_BYTES)`,
      `${join(dir, "bad.txt")}: invalid UTF-8`,
      `${join(dir, "bin.txt")}: binary file (contains NUL bytes), not text`,
    ]);
  });

  it("rejects a JSON article without text", async () => {
    const [source] = await read([file("notext.json", JSON.stringify({ title: "t" }))]);
    expect(source!.error).toMatch(/missing "text"/);
  });

  it("takes the main text out of an HTML page", async () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i} of the article about the summit in Shusha, with enough words to count as content for the reader.</p>`,
    ).join("");
    const html = file(
      "page.html",
      `<html lang="en"><head><title>Summit</title></head><body><nav>Menu Home About</nav><article>${paragraphs}</article><footer>Copyright</footer></body></html>`,
    );
    const [source] = await read([html]);
    expect(source!.article?.text).toContain("Paragraph 0 of the article");
    expect(source!.article?.text).not.toContain("Menu Home");
    expect(source!.article?.language).toBe("en");
  });
});
