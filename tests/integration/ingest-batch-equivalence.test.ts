import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventType } from "../../src/extract/types.js";
import { writeArticles } from "../../src/graph/write-article-facts.js";
import {
  buildArticle,
  day,
  dumpTestGraph,
  month,
  openTestDriver,
  removeTestData,
  testPrefix,
  year,
  type EventSpec,
  writeArticleFacts,
} from "../support/ingest-fixtures.js";

/** A small seeded PRNG (an LCG): the same articles on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const dates = [
  null,
  year("2023", "in 2023"),
  year("2024", "in 2024"),
  month("2024-07", "in July"),
  month("2024-03", "in March"),
  day("2024-07-06", "on Saturday"),
  day("2024-07-08", "on Monday"),
  day("2024-03-10", "on March 10"),
];

/**
 * Articles over a few countries, two cities and two event types, with every kind of date, so that
 * events recur across articles and reports re-date, re-place and add participants to events that
 * later articles then match (or no longer match). Some articles come twice, and some as a changed
 * version of an earlier one.
 */
function corpus(p: string, count: number, seed: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const countries = ["aa", "bb", "cc", "dd", "ee"].map((slug) => ({
    id: `${p}:country:${slug}`,
    type: "COUNTRY" as const,
    name: slug,
    surface: slug,
  }));
  const cities = ["xx", "yy"].map((slug) => ({
    id: `${p}:city:${slug}`,
    type: "CITY" as const,
    name: slug,
    surface: slug,
  }));
  const types: EventType[] = ["SUMMIT", "MEETING"];
  const article = (n: number, version: number) => {
    const named = [...new Set([pick(countries), pick(countries), pick(countries)])];
    const city = next() < 0.4 ? pick(cities) : null;
    const events: EventSpec[] = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, k) => ({
      id: `${p}:event:${n}:${version}:${k}`,
      type: pick(types),
      title: "Talks",
      participants: named.filter(() => next() < 0.7).map((e) => [e.id, "PARTY"] as [string, "PARTY"]),
      locationId: city && next() < 0.7 ? city.id : null,
      date: pick(dates),
    })).filter((event) => event.participants.length > 0);
    return buildArticle({
      id: `${p}:article:${n}`,
      url: `https://news.example/${p}/${n}`,
      language: "en",
      publishedAt: "2024-07-10",
      text: `Report ${n}.${version}: ${[...named, ...(city ? [city] : [])].map((e) => e.surface).join(", ")} held talks.`,
      entities: [...named, ...(city ? [city] : [])],
      events,
    });
  };
  const articles = Array.from({ length: count }, (_, n) => article(n, 0));
  for (let n = 0; n < count / 5; n++) {
    const at = Math.floor(next() * articles.length);
    articles.splice(
      at,
      0,
      next() < 0.5 ? (articles[Math.floor(next() * at)] ?? article(0, 0)) : article(Math.floor(next() * count), 1),
    );
  }
  return articles;
}

// The batch path decides a batch's event identities from one read (match-batch-events.ts); it must
// store exactly what writing the same articles one per transaction stores.
describe("a batch written in one transaction stores what one article per transaction does", () => {
  let driver: Driver;
  const alone = testPrefix();
  const batched = testPrefix();

  beforeAll(async () => {
    driver = await openTestDriver();
  });

  afterAll(async () => {
    await removeTestData(driver, alone);
    await removeTestData(driver, batched);
    await driver.close();
  });

  it.each([11, 29, 47])(
    "over a stored graph and a batch of changed, repeated and new articles (seed %i)",
    async (seed) => {
      const [one, other] = [corpus(alone, 40, seed), corpus(batched, 40, seed)];
      const writes = (articles: typeof one) => articles.map((a) => ({ article: a.record, facts: a.facts }));
      const stored = 15;
      for (const a of one) await writeArticleFacts(driver, { database: "neo4j", article: a.record, facts: a.facts });
      for (const a of other.slice(0, stored))
        await writeArticleFacts(driver, { database: "neo4j", article: a.record, facts: a.facts });
      const results = await writeArticles(driver, { database: "neo4j", articles: writes(other.slice(stored)) });

      expect(results.map((r) => r.status)).toContain("updated");
      expect(results.map((r) => r.status)).toContain("unchanged");
      const expected = await dumpTestGraph(driver, alone);
      const actual = await dumpTestGraph(driver, batched);
      expect(actual.lines.map((line) => line.replaceAll(batched, alone))).toEqual(expected.lines);
      expect(expected.relationships).toBeGreaterThan(100);
      await removeTestData(driver, alone);
      await removeTestData(driver, batched);
    },
  );
});
