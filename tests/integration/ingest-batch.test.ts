import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArticles } from "../../src/graph/write-article-facts.js";
import { defaultRetryPolicy } from "../../src/ingest/retry-transient.js";
import { writeBatch, type PreparedArticle } from "../../src/ingest/write-batch.js";
import {
  breakFirstStatement,
  buildArticle,
  day,
  dumpTestGraph,
  month,
  openTestDriver,
  removeTestData,
  testPrefix,
  type EventSpec,
} from "../support/ingest-fixtures.js";

describe("several articles in one transaction", () => {
  let driver: Driver;
  const p = testPrefix();
  const speaker = { id: `${p}:person:speaker`, type: "PERSON" as const, name: "A Speaker", surface: "Speaker" };
  const org = { id: `${p}:organization:org`, type: "ORGANIZATION" as const, name: "The Org", surface: "Org" };
  const summitReport = (n: number, date: EventSpec["date"]) =>
    buildArticle({
      id: `${p}:article:${n}`,
      language: n % 2 ? "en" : "ru",
      publishedAt: "2024-07-08",
      text: `Report ${n}: Speaker said "words number ${n}" at the Org summit.`,
      entities: [speaker, org],
      events: [
        {
          id: `${p}:event:${n}`,
          type: "SUMMIT",
          title: "Org summit",
          participants: [
            [org.id, "HOST"],
            [speaker.id, "PARTICIPANT"],
          ],
          date,
        },
      ],
      statements: [
        { id: `${p}:statement:${n}`, speakerId: speaker.id, quote: `words number ${n}`, eventId: `${p}:event:${n}` },
      ],
    });
  const prepared = (n: number, date: EventSpec["date"]): PreparedArticle => {
    const { record, facts } = summitReport(n, date);
    return { origin: `test:${n}`, article: record, facts };
  };
  const broken = (n: number): PreparedArticle => {
    const item = prepared(n, day("2024-07-06", "on Saturday"));
    breakFirstStatement(item.facts);
    return item;
  };

  beforeAll(async () => {
    driver = await openTestDriver();
  });

  afterAll(async () => {
    await removeTestData(driver, p);
    await driver.close();
  });

  it("matches a later article's event to the one an earlier article of the batch created", async () => {
    const results = await writeArticles(driver, {
      database: "neo4j",
      articles: [summitReport(1, month("2024-07", "in July")), summitReport(2, day("2024-07-06", "on Saturday"))].map(
        (a) => ({ article: a.record, facts: a.facts }),
      ),
    });
    expect(results.map((r) => [r.status, r.events])).toEqual([
      ["new", { created: 1, merged: 0 }],
      ["new", { created: 0, merged: 1 }],
    ]);
    expect(results[1]!.eventIds).toEqual([`${p}:event:1`]);
    const { records } = await driver.executeQuery(
      `MATCH (ev:Event) WHERE ev.id STARTS WITH $p RETURN ev.id AS id, toString(ev.dateFrom) AS dateFrom, COUNT { (ev)<-[:REPORTS]-() } AS reports`,
      { p },
    );
    expect(records.map((r) => r.toObject())).toEqual([{ id: `${p}:event:1`, dateFrom: "2024-07-06", reports: 2 }]);
  });

  it("stores nothing of a batch when one of its articles fails", async () => {
    const before = await dumpTestGraph(driver, p);
    const batch = [prepared(3, day("2024-07-06", "on Saturday")), broken(4)];
    await expect(writeArticles(driver, { database: "neo4j", articles: batch })).rejects.toThrow(/Property values/);
    expect((await dumpTestGraph(driver, p)).lines).toEqual(before.lines);
  });

  it("writes the good articles of a failing batch one by one and reports the bad one with its origin", async () => {
    const written: string[] = [];
    const failed: string[] = [];
    const target = { driver, database: "neo4j", retry: defaultRetryPolicy };
    await writeBatch(
      target,
      [prepared(5, day("2024-07-06", "on Saturday")), broken(6), prepared(7, day("2024-07-06", "on Saturday"))],
      {
        written: (item, result) => written.push(`${item.origin} ${result.status}`),
        failed: (item, error) => failed.push(`${item.origin} ${(error as Error).message}`),
        retried: () => undefined,
      },
    );
    expect(written).toEqual(["test:5 new", "test:7 new"]);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^test:6 .*Property values/);
    const { records } = await driver.executeQuery(`MATCH (n) WHERE n.id IN $ids RETURN n.id AS id ORDER BY id`, {
      ids: [5, 6, 7].flatMap((n) => [`${p}:article:${n}`, `${p}:statement:${n}`]),
    });
    expect(records.map((r) => r.get("id"))).toEqual([
      `${p}:article:5`,
      `${p}:article:7`,
      `${p}:statement:5`,
      `${p}:statement:7`,
    ]);
  });
});
