import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildArticle,
  day,
  openTestDriver,
  removeTestData,
  testPrefix,
  writeArticleFacts,
} from "../support/ingest-fixtures.js";

describe("provenance in the article's title and partial quotes", () => {
  let driver: Driver;
  const p = testPrefix();
  const ids = {
    tokayev: `${p}:person:tokayev`,
    summit: `${p}:event:summit`,
    quote: `${p}:statement:unity`,
    article: `${p}:article:1`,
  };
  const title = "Токаев приехал на саммит";
  const text = "В субботу Токаев назвал союз «опорой региона». Саммит прошел в Шуше.";

  beforeAll(async () => {
    driver = await openTestDriver();
    const built = buildArticle({
      id: ids.article,
      language: "ru",
      publishedAt: "2024-07-06",
      text,
      entities: [{ id: ids.tokayev, type: "PERSON", name: "Kassym-Jomart Tokayev", surface: "Токаев" }],
      events: [
        {
          id: ids.summit,
          type: "SUMMIT",
          title: "Summit in Shusha",
          participants: [[ids.tokayev, "PARTICIPANT"]],
          date: day("2024-07-06", "В субботу"),
        },
      ],
      statements: [{ id: ids.quote, speakerId: ids.tokayev, quote: "опорой региона" }],
    });
    const record = { ...built.record, title };
    const facts = structuredClone(built.facts);
    facts.article.title = title;
    // The headline names him and tells the event; the quote is part of the author's sentence.
    facts.entities[0]!.mentions.unshift({ start: 0, end: 6, text: "Токаев", sentence: 0, field: "title" });
    facts.events[0]!.evidence = [{ start: 0, end: title.length, sentence: 0, field: "title" }];
    facts.statements[0]!.partial = true;
    await writeArticleFacts(driver, { database: "neo4j", article: record, facts });
  });

  afterAll(async () => {
    await removeTestData(driver, p);
    await driver.close();
  });

  const one = async (cypher: string) => (await driver.executeQuery(cypher, { id: ids.article })).records[0]!.toObject();

  it("keeps which field each mention points into", async () => {
    const row = await one(
      "MATCH (:Article {id: $id})-[m:MENTIONS]->(:Person) RETURN m.starts AS starts, m.fields AS fields",
    );
    expect(row).toEqual({ starts: [0, text.indexOf("Токаев")], fields: ["title", "text"] });
  });

  it("takes an event's evidence from the title when it is there", async () => {
    const row = await one(
      "MATCH (:Article {id: $id})-[r:REPORTS]->(:Event) RETURN r.evidenceText AS evidence, r.evidenceField AS field",
    );
    expect(row).toEqual({ evidence: title, field: "title" });
  });

  it("stores whether a statement is a partial quote, and where the article quotes it", async () => {
    const row = await one(
      "MATCH (:Article {id: $id})-[c:CONTAINS]->(s:Statement) RETURN s.partial AS partial, c.field AS field",
    );
    expect(row).toEqual({ partial: true, field: "text" });
  });
});
