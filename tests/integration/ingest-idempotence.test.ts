import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildArticle,
  day,
  dumpTestGraph,
  openTestDriver,
  removeTestData,
  testPrefix,
  writeArticleFacts,
} from "../support/ingest-fixtures.js";

describe("writing an article's facts", () => {
  let driver: Driver;
  const p = testPrefix();
  const ids = {
    tokayev: `${p}:person:tokayev`,
    kazakhstan: `${p}:country:kazakhstan`,
    ots: `${p}:organization:ots`,
    summit: `${p}:event:summit`,
    quote: `${p}:statement:unity`,
  };
  const entities = [
    { id: ids.tokayev, type: "PERSON" as const, name: "Kassym-Jomart Tokayev", surface: "Токаев" },
    { id: ids.kazakhstan, type: "COUNTRY" as const, name: "Kazakhstan", surface: "Казахстан" },
    { id: ids.ots, type: "ORGANIZATION" as const, name: "Organization of Turkic States", surface: "ОТГ" },
  ];
  const article = (id: string, text: string) =>
    buildArticle({
      id,
      language: "ru",
      publishedAt: "2024-07-06",
      text,
      entities,
      events: [
        {
          id: ids.summit,
          type: "SUMMIT",
          title: "OTS summit",
          participants: [
            [ids.ots, "HOST"],
            [ids.kazakhstan, "PARTICIPANT"],
          ],
          date: day("2024-07-06", "в субботу"),
        },
      ],
      statements: [
        {
          id: ids.quote,
          speakerId: ids.tokayev,
          quote: "Наша сила в единстве.",
          eventId: ids.summit,
          aboutIds: [ids.kazakhstan],
        },
      ],
    });
  const first = article(`${p}:article:1`, "Токаев выступил на саммите ОТГ. «Наша сила в единстве.» Казахстан готов.");
  const second = article(`${p}:article:2`, "Казахстан и ОТГ: Токаев сказал «Наша сила в единстве.» на саммите.");

  beforeAll(async () => {
    driver = await openTestDriver();
  });

  afterAll(async () => {
    await removeTestData(driver, p);
    await driver.close();
  });

  const write = (a: ReturnType<typeof article>) =>
    writeArticleFacts(driver, { database: "neo4j", article: a.record, facts: a.facts });

  it("creates the article with its entities, event and statement and reports them as created", async () => {
    const result = await write(first);
    expect(result.status).toBe("new");
    expect(result.entities).toEqual({ created: 3, merged: 0 });
    expect(result.events).toEqual({ created: 1, merged: 0 });
    expect(result.statements).toEqual({ created: 1, merged: 0 });
    const graph = await dumpTestGraph(driver, p);
    expect(graph.lines).toContain(`R ${ids.quote} SAID_BY ${ids.tokayev} []`);
    expect(graph.lines).toContain(`R ${ids.quote} MADE_AT ${ids.summit} []`);
  });

  it("changes nothing when the same article is ingested again (node and relationship counts identical)", async () => {
    const before = await dumpTestGraph(driver, p);
    const result = await write(first);
    const after = await dumpTestGraph(driver, p);
    expect(result.status).toBe("unchanged");
    expect(after.nodes).toBe(before.nodes);
    expect(after.relationships).toBe(before.relationships);
    expect(after.lines).toEqual(before.lines);
  });

  it("merges a second article's shared entities, event and statement instead of duplicating them", async () => {
    const result = await write(second);
    expect(result.status).toBe("new");
    expect(result.entities).toEqual({ created: 0, merged: 3 });
    expect(result.events).toEqual({ created: 0, merged: 1 });
    expect(result.statements).toEqual({ created: 0, merged: 1 });
    const { records } = await driver.executeQuery(
      "MATCH (ev:Event {id: $id})<-[:REPORTS]-(a:Article) RETURN count(a) AS reports",
      { id: ids.summit },
    );
    expect(records[0]?.get("reports")).toBe(2);
  });

  it("keeps where each article quotes a shared statement on its own CONTAINS link", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (a:Article)-[c:CONTAINS]->(:Statement {id: $id}) RETURN a.id AS article, c.start AS start, c.end AS end, substring(a.text, c.start, c.end - c.start) AS quoted",
      { id: ids.quote },
    );
    const byArticle = new Map(records.map((record) => [record.get("article"), record.toObject()]));
    const quote = "Наша сила в единстве.";
    for (const a of [first, second]) {
      const start = a.record.text.indexOf(quote);
      expect(byArticle.get(a.record.id)).toEqual({
        article: a.record.id,
        start,
        end: start + quote.length,
        quoted: quote,
      });
    }
    expect(first.record.text.indexOf(quote)).not.toBe(second.record.text.indexOf(quote));
  });

  it("changes nothing when both articles are ingested again", async () => {
    const before = await dumpTestGraph(driver, p);
    expect((await write(second)).status).toBe("unchanged");
    expect((await write(first)).status).toBe("unchanged");
    expect((await dumpTestGraph(driver, p)).lines).toEqual(before.lines);
  });

  it("stores dates as Neo4j dates and the event's type as a second label", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (ev:Event:Summit {id: $id}), (a:Article {id: $article})
       RETURN valueType(ev.dateFrom) AS eventDate, valueType(a.publishedAt) AS articleDate, ev.precision AS precision`,
      { id: ids.summit, article: first.record.id },
    );
    expect(records[0]?.toObject()).toEqual({
      eventDate: "DATE NOT NULL",
      articleDate: "DATE NOT NULL",
      precision: "DAY",
    });
  });
});
