import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openTestDriver, testPrefix } from "../support/ingest-fixtures.js";
import { storedArticleIds, trackStoredArticles, type StoredArticles } from "../support/track-stored-articles.js";

const run = promisify(execFile);

describe("two `kg ingest` processes over overlapping article files", () => {
  const p = testPrefix();
  let driver: Driver;
  let stored: StoredArticles;
  let dir: string;
  // 24 articles about one summit, half in Russian (in Shusha, on Saturday) and half in English (in
  // Azerbaijan, in July): the two give the summit different event ids, so only event matching
  // (under its locks) keeps it one event.
  const articles = Array.from({ length: 24 }, (_, n) =>
    n % 2 === 0
      ? {
          id: `${p}:article:${n}`,
          language: "ru",
          publishedAt: "2024-07-06",
          text: `Сообщение ${n}. Президент Казахстана Касым-Жомарт Токаев в субботу выступил на неформальном саммите Организации тюркских государств в Шуше вместе с Ильхамом Алиевым.`,
        }
      : {
          id: `${p}:article:${n}`,
          language: "en",
          publishedAt: "2024-07-20",
          text: `Report ${n}. Kazakhstan's President Kassym-Jomart Tokayev spoke in July at the informal summit of the Organization of Turkic States in Azerbaijan.`,
        },
  );

  beforeAll(async () => {
    driver = await openTestDriver();
    stored = await trackStoredArticles(driver, "neo4j");
    dir = await mkdtemp(join(tmpdir(), "newsgraph-two-processes-"));
    const jsonl = (from: number, to: number) =>
      articles
        .slice(from, to)
        .map((article) => JSON.stringify(article))
        .join("\n");
    await writeFile(join(dir, "first.jsonl"), jsonl(0, 16));
    await writeFile(join(dir, "second.jsonl"), jsonl(8, 24));
  });

  afterAll(async () => {
    await stored.remove(await storedArticleIds(driver, "neo4j", p));
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  const ingest = (file: string) => {
    const { uri, user, password } = inject("neo4j");
    return run("node_modules/.bin/tsx", ["src/cli.ts", "ingest", "--concurrency", "2", join(dir, file)], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
      timeout: 110_000,
    });
  };

  it("stores every article once and the summit once, and a second round finds everything unchanged", async () => {
    const [first, second] = await Promise.all([ingest("first.jsonl"), ingest("second.jsonl")]);
    expect(first.stdout).toMatch(/articles: \d+ new, \d+ updated, \d+ unchanged, 0 failed/);
    expect(second.stdout).toMatch(/articles: \d+ new, \d+ updated, \d+ unchanged, 0 failed/);
    const { records } = await driver.executeQuery(
      `MATCH (a:Article) WHERE a.id STARTS WITH $p
       OPTIONAL MATCH (a)-[:REPORTS]->(ev:Summit)
       RETURN count(DISTINCT a) AS articles, count(DISTINCT a.id) AS ids, count(ev) AS reports, collect(DISTINCT ev.id) AS summits`,
      { p },
    );
    const stored = records[0]!.toObject();
    expect(stored).toMatchObject({ articles: 24, ids: 24, reports: 24 });
    expect(stored.summits).toHaveLength(1);
    const [again1, again2] = await Promise.all([ingest("first.jsonl"), ingest("second.jsonl")]);
    expect(again1.stdout).toContain("articles: 0 new, 0 updated, 16 unchanged, 0 failed");
    expect(again2.stdout).toContain("articles: 0 new, 0 updated, 16 unchanged, 0 failed");
  });
});
