import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArticleFacts } from "../../src/graph/write-article-facts.js";
import { writeReferenceData } from "../../src/graph/write-reference-data.js";
import { loadExtractionResources } from "../../src/resources/load-resources.js";
import { buildArticle, day, month, openTestDriver, removeTestData, testPrefix, type EventSpec } from "../support/ingest-fixtures.js";

/** Real gazetteer places (the hierarchy Shusha → Azerbaijan comes from reference data). */
const shusha = "kg:city:shusha";
const baku = "Q9248";
const azerbaijan = "Q227";
const astana = "Q1520";
const places = [
  { id: shusha, type: "CITY" as const, name: "Shusha", ru: "Шуш" },
  { id: baku, type: "CITY" as const, name: "Baku", ru: "Баку" },
  { id: azerbaijan, type: "COUNTRY" as const, name: "Azerbaijan", ru: "Азербайджан" },
  { id: astana, type: "CITY" as const, name: "Astana", ru: "Астан" },
];

describe("cross-article event identity", () => {
  let driver: Driver;
  const p = testPrefix();
  // Test-owned participants keep other files' summits out of this file's matching.
  const ots = { id: `${p}:organization:ots`, type: "ORGANIZATION" as const, name: "Organization of Turkic States" };
  const tokayev = { id: `${p}:person:tokayev`, type: "PERSON" as const, name: "Kassym-Jomart Tokayev" };
  const aliyev = { id: `${p}:person:aliyev`, type: "PERSON" as const, name: "Ilham Aliyev" };

  beforeAll(async () => {
    driver = await openTestDriver();
    await writeReferenceData(driver, { database: "neo4j", resources: await loadExtractionResources("seed") });
  });

  afterAll(async () => {
    await removeTestData(driver, p);
    await driver.close();
  });

  const write = (id: string, language: string, text: string, event: EventSpec, statementQuote?: string) => {
    const entities = [
      { ...ots, surface: language === "ru" ? "ОТГ" : "OTS" },
      { ...tokayev, surface: language === "ru" ? "Токаев" : "Tokayev" },
      { ...aliyev, surface: language === "ru" ? "Алиев" : "Aliyev" },
      ...places.map((place) => ({ ...place, surface: language === "ru" ? place.ru : place.name })),
    ];
    const statements = statementQuote ? [{ id: `${id}:quote`, speakerId: tokayev.id, quote: statementQuote, eventId: event.id }] : [];
    const { record, facts } = buildArticle({ id, language, publishedAt: "2024-07-06", text, entities, events: [event], statements });
    return writeArticleFacts(driver, { database: "neo4j", article: record, facts });
  };
  const sources = async (eventId: string) => {
    const { records } = await driver.executeQuery(
      `MATCH (ev:Event {id: $eventId})<-[:REPORTS]-(a:Article)
       RETURN ev.dateValue AS date, ev.precision AS precision, collect(a.id) AS articles`,
      { eventId },
    );
    return records[0]?.toObject();
  };

  it("merges the same summit reported in English and Russian into one event dated as precisely as reported", async () => {
    const en = await write(
      `${p}:article:en`,
      "en",
      "Tokayev spoke at the informal OTS summit in Azerbaijan in July, next to Aliyev: \"Our strength is in unity.\"",
      { id: `${p}:event:en`, type: "SUMMIT", title: "Informal OTS summit", participants: [[ots.id, "HOST"], [tokayev.id, "SPEAKER"], [aliyev.id, "HOST"]], locationId: azerbaijan, date: month("2024-07", "in July") },
      "Our strength is in unity.",
    );
    const ru = await write(
      `${p}:article:ru`,
      "ru",
      "Токаев выступил в субботу на неформальном саммите ОТГ в Шуше: «Наша сила в единстве.»",
      { id: `${p}:event:ru`, type: "SUMMIT", title: "Informal summit of the OTS", participants: [[ots.id, "HOST"], [tokayev.id, "SPEAKER"]], locationId: shusha, date: day("2024-07-06", "в субботу") },
      "Наша сила в единстве.",
    );
    expect(ru.eventIds).toEqual(en.eventIds);
    expect(ru.events).toEqual({ created: 0, merged: 1 });
    expect(await sources(en.eventIds[0]!)).toEqual({ date: "2024-07-06", precision: "DAY", articles: expect.arrayContaining([`${p}:article:en`, `${p}:article:ru`]) });
    const { records } = await driver.executeQuery(
      "MATCH (:Article {id: $article})-[:CONTAINS]->(:Statement)-[:MADE_AT]->(ev:Event) RETURN ev.id AS id",
      { article: `${p}:article:ru` },
    );
    expect(records.map((record) => record.get("id"))).toEqual(en.eventIds);
  });

  it("keeps two summits of one organisation in different years apart", async () => {
    const earlier = await write(
      `${p}:article:2023`,
      "en",
      "The OTS summit in Astana in November 2023 was opened by Tokayev.",
      { id: `${p}:event:2023`, type: "SUMMIT", title: "OTS summit in Astana", participants: [[ots.id, "HOST"], [tokayev.id, "HOST"]], locationId: astana, date: month("2023-11", "in November 2023") },
    );
    const later = await write(
      `${p}:article:2024`,
      "en",
      "Tokayev attended the OTS summit in Azerbaijan on Saturday.",
      { id: `${p}:event:2024`, type: "SUMMIT", title: "OTS summit in Azerbaijan", participants: [[ots.id, "HOST"], [tokayev.id, "PARTICIPANT"]], locationId: azerbaijan, date: day("2024-07-06", "on Saturday") },
    );
    expect(earlier.events.created).toBe(1);
    // An event seen for the first time is stored under the id the extractor gave it.
    expect(earlier.eventIds).toEqual([`${p}:event:2023`]);
    expect(later.eventIds).not.toEqual(earlier.eventIds);
    expect((await sources(earlier.eventIds[0]!))?.articles).toEqual([`${p}:article:2023`]);
  });

  it("keeps summits in two different cities apart even when their dates overlap", async () => {
    const other = await write(
      `${p}:article:baku`,
      "en",
      "In July the OTS held a summit in Baku, Tokayev said.",
      { id: `${p}:event:baku`, type: "SUMMIT", title: "OTS summit in Baku", participants: [[ots.id, "HOST"], [tokayev.id, "PARTICIPANT"]], locationId: baku, date: month("2024-07", "in July") },
    );
    const { records } = await driver.executeQuery(
      "MATCH (ev:Event)-[:LOCATED_IN]->(:Entity {id: $shusha}) WHERE ev.id STARTS WITH $p RETURN collect(ev.id) AS ids",
      { shusha, p },
    );
    expect(records[0]?.get("ids")).not.toContain(other.eventIds[0]);
    expect(other.events.created).toBe(1);
  });

  it("does not merge an undated summit without a place into a dated one", async () => {
    const undated = await write(
      `${p}:article:undated`,
      "en",
      "Tokayev has long supported OTS summits.",
      { id: `${p}:event:undated`, type: "SUMMIT", title: "OTS summit", participants: [[ots.id, "HOST"], [tokayev.id, "PARTICIPANT"]], locationId: null, date: null },
    );
    expect(undated.eventIds).toEqual([`${p}:event:undated`]);
    expect(undated.events.created).toBe(1);
  });
});
