import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { writeArticles } from "../../src/graph/write-article-facts.js";
import { runPool } from "../../src/ingest/run-pool.js";
import { buildArticle, day, openTestDriver, removeTestData, testPrefix } from "../support/ingest-fixtures.js";

// One article per transaction, and batches of four with the second writer going backwards, so the
// two take their locks in opposite article order: batches must queue, not deadlock or duplicate.
describe.each([
  { mode: "one article per transaction", batchSize: 1 },
  { mode: "four articles per transaction, in opposite orders", batchSize: 4 },
])("two concurrent ingests over overlapping articles ($mode)", ({ batchSize }) => {
  const p = testPrefix();
  let first: Driver;
  let second: Driver;
  const people = ["aliyev", "tokayev", "erdogan", "mirziyoyev", "japarov"].map((slug) => ({
    id: `${p}:person:${slug}`,
    type: "PERSON" as const,
    name: slug,
    surface: slug,
  }));
  const ots = { id: `${p}:organization:ots`, type: "ORGANIZATION" as const, name: "OTS", surface: "OTS" };
  // 30 articles, each naming three leaders and reporting the same summit under its own event id:
  // every writer must find the summit the others stored, not create its own.
  const articles = Array.from({ length: 30 }, (_, n) => {
    const named = [people[n % 5]!, people[(n + 1) % 5]!, ots];
    return buildArticle({
      id: `${p}:article:${n}`,
      language: "en",
      publishedAt: "2024-07-06",
      text: `Report ${n}: ${named.map((e) => e.surface).join(", ")} met at the summit. "Statement number ${n}," ${named[0]!.surface} said.`,
      entities: named,
      events: [
        {
          id: `${p}:event:${n}`,
          type: "SUMMIT",
          title: "OTS summit",
          participants: [
            [ots.id, "HOST"],
            [named[0]!.id, "PARTICIPANT"],
          ],
          date: day("2024-07-06", "on Saturday"),
        },
      ],
      statements: [
        {
          id: `${p}:statement:${n}`,
          speakerId: named[0]!.id,
          quote: `Statement number ${n},`,
          eventId: `${p}:event:${n}`,
        },
      ],
    });
  });

  beforeAll(async () => {
    first = await openTestDriver();
    const { uri, user, password } = inject("neo4j");
    second = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  });

  afterAll(async () => {
    await removeTestData(first, p);
    await Promise.all([first.close(), second.close()]);
  });

  const ingest = (driver: Driver, from: number, to: number) => {
    const statuses: string[] = [];
    const slice = articles.slice(from, to).map((a) => ({ article: a.record, facts: a.facts }));
    if (from > 0) slice.reverse();
    const batches = Array.from({ length: Math.ceil(slice.length / batchSize) }, (_, i) =>
      slice.slice(i * batchSize, (i + 1) * batchSize),
    );
    return runPool(batches, 4, async (batch) => {
      statuses.push(
        ...(await writeArticles(driver, { database: "neo4j", articles: batch })).map((result) => result.status),
      );
    }).then(() => statuses);
  };

  it("leaves no duplicate nodes and loses no facts", async () => {
    const [a, b] = await Promise.all([ingest(first, 0, 20), ingest(second, 10, 30)]);
    expect(a.length + b.length).toBe(40);
    const { records } = await first.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $p
       WITH labels(n)[0] AS label, count(n) AS nodes, count(DISTINCT n.id) AS ids
       RETURN label, nodes, ids ORDER BY label`,
      { p },
    );
    const byLabel = Object.fromEntries(records.map((r) => [r.get("label"), [r.get("nodes"), r.get("ids")]]));
    expect(byLabel).toEqual({ Article: [30, 30], Entity: [6, 6], Event: [1, 1], Statement: [30, 30] });
    const facts = await first.executeQuery(
      `MATCH (a:Article) WHERE a.id STARTS WITH $p
       RETURN sum(COUNT { (a)-[:MENTIONS]->() }) AS mentions, sum(COUNT { (a)-[:REPORTS]->() }) AS reports,
              sum(COUNT { (a)-[:CONTAINS]->(:Statement)-[:MADE_AT]->(:Event) }) AS statementsAtEvents`,
      { p },
    );
    expect(facts.records[0]?.toObject()).toEqual({ mentions: 90, reports: 30, statementsAtEvents: 30 });
  });

  it("finds every article unchanged when both ingests run again", async () => {
    const [a, b] = await Promise.all([ingest(first, 0, 20), ingest(second, 10, 30)]);
    expect(new Set([...a, ...b])).toEqual(new Set(["unchanged"]));
  });
});
