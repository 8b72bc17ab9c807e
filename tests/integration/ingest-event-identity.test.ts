import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeReferenceData } from "../../src/graph/write-reference-data.js";
import { loadExtractionResources } from "../../src/resources/load-resources.js";
import {
  buildArticle,
  day,
  month,
  openTestDriver,
  removeTestData,
  testPrefix,
  year,
  type EventSpec,
  writeArticleFacts,
} from "../support/ingest-fixtures.js";

/**
 * Real gazetteer places (the hierarchy Shusha → Azerbaijan comes from reference data), named by
 * aliases the gazetteer has: an article's alias a reference entity lacks stays on it for good.
 */
const shusha = "kg:city:shusha";
const baku = "Q9248";
const azerbaijan = "Q227";
const astana = "Q1520";
const places = [
  { id: shusha, type: "CITY" as const, name: "Shusha", ru: "Шуша" },
  { id: baku, type: "CITY" as const, name: "Baku", ru: "Баку" },
  { id: azerbaijan, type: "COUNTRY" as const, name: "Azerbaijan", ru: "Азербайджан" },
  { id: astana, type: "CITY" as const, name: "Astana", ru: "Астана" },
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
    const statements = statementQuote
      ? [{ id: `${id}:quote`, speakerId: tokayev.id, quote: statementQuote, eventId: event.id }]
      : [];
    const { record, facts } = buildArticle({
      id,
      language,
      publishedAt: "2024-07-06",
      text,
      entities,
      events: [event],
      statements,
    });
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
      'Tokayev spoke at the informal OTS summit in Azerbaijan in July, next to Aliyev: "Our strength is in unity."',
      {
        id: `${p}:event:en`,
        type: "SUMMIT",
        title: "Informal OTS summit",
        participants: [
          [ots.id, "HOST"],
          [tokayev.id, "SPEAKER"],
          [aliyev.id, "HOST"],
        ],
        locationId: azerbaijan,
        date: month("2024-07", "in July"),
      },
      "Our strength is in unity.",
    );
    const ru = await write(
      `${p}:article:ru`,
      "ru",
      "Токаев выступил в субботу на неформальном саммите ОТГ в городе Шуша: «Наша сила в единстве.»",
      {
        id: `${p}:event:ru`,
        type: "SUMMIT",
        title: "Informal summit of the OTS",
        participants: [
          [ots.id, "HOST"],
          [tokayev.id, "SPEAKER"],
        ],
        locationId: shusha,
        date: day("2024-07-06", "в субботу"),
      },
      "Наша сила в единстве.",
    );
    expect(ru.eventIds).toEqual(en.eventIds);
    expect(ru.events).toEqual({ created: 0, merged: 1 });
    expect(await sources(en.eventIds[0]!)).toEqual({
      date: "2024-07-06",
      precision: "DAY",
      articles: expect.arrayContaining([`${p}:article:en`, `${p}:article:ru`]),
    });
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
      {
        id: `${p}:event:2023`,
        type: "SUMMIT",
        title: "OTS summit in Astana",
        participants: [
          [ots.id, "HOST"],
          [tokayev.id, "HOST"],
        ],
        locationId: astana,
        date: month("2023-11", "in November 2023"),
      },
    );
    const later = await write(`${p}:article:2024`, "en", "Tokayev attended the OTS summit in Azerbaijan on Saturday.", {
      id: `${p}:event:2024`,
      type: "SUMMIT",
      title: "OTS summit in Azerbaijan",
      participants: [
        [ots.id, "HOST"],
        [tokayev.id, "PARTICIPANT"],
      ],
      locationId: azerbaijan,
      date: day("2024-07-06", "on Saturday"),
    });
    expect(earlier.events.created).toBe(1);
    // An event seen for the first time is stored under the id the extractor gave it.
    expect(earlier.eventIds).toEqual([`${p}:event:2023`]);
    expect(later.eventIds).not.toEqual(earlier.eventIds);
    expect((await sources(earlier.eventIds[0]!))?.articles).toEqual([`${p}:article:2023`]);
  });

  it("keeps summits in two different cities apart even when their dates overlap", async () => {
    const other = await write(`${p}:article:baku`, "en", "In July the OTS held a summit in Baku, Tokayev said.", {
      id: `${p}:event:baku`,
      type: "SUMMIT",
      title: "OTS summit in Baku",
      participants: [
        [ots.id, "HOST"],
        [tokayev.id, "PARTICIPANT"],
      ],
      locationId: baku,
      date: month("2024-07", "in July"),
    });
    const { records } = await driver.executeQuery(
      "MATCH (ev:Event)-[:LOCATED_IN]->(:Entity {id: $shusha}) WHERE ev.id STARTS WITH $p RETURN collect(ev.id) AS ids",
      { shusha, p },
    );
    expect(records[0]?.get("ids")).not.toContain(other.eventIds[0]);
    expect(other.events.created).toBe(1);
  });

  it("does not merge an undated summit without a place into a dated one", async () => {
    const undated = await write(`${p}:article:undated`, "en", "Tokayev has long supported OTS summits.", {
      id: `${p}:event:undated`,
      type: "SUMMIT",
      title: "OTS summit",
      participants: [
        [ots.id, "HOST"],
        [tokayev.id, "PARTICIPANT"],
      ],
      locationId: null,
      date: null,
    });
    expect(undated.eventIds).toEqual([`${p}:event:undated`]);
    expect(undated.events.created).toBe(1);
  });

  describe("one event told in three genres, and its look-alikes", () => {
    // Test-owned actors keep other tests' events out of these matches.
    const sco = {
      id: `${p}:organization:sco`,
      type: "ORGANIZATION" as const,
      name: "Shanghai Cooperation Organisation",
    };
    const cica = {
      id: `${p}:organization:cica`,
      type: "ORGANIZATION" as const,
      name: "Conference on Interaction and Confidence-Building Measures in Asia",
    };
    const xi = { id: `${p}:person:xi`, type: "PERSON" as const, name: "Xi Jinping" };
    const astanaCity = { id: astana, type: "CITY" as const, name: "Astana" };
    // Test-owned, like the other participants: the sample corpus other files load has Kazakhstan's
    // own summits in Astana, which these look-alikes must not meet.
    const kazakhstanCountry = { id: `${p}:country:kazakhstan`, type: "COUNTRY" as const, name: "Kazakhstan" };

    const writeReport = (name: string, publishedAt: string, text: string, event: Omit<EventSpec, "id" | "title">) => {
      const entities = [sco, cica, tokayev, xi, astanaCity, kazakhstanCountry].map((entity) => ({
        ...entity,
        surface: entity.name,
      }));
      const { record, facts } = buildArticle({
        id: `${p}:article:${name}`,
        language: "en",
        publishedAt,
        text,
        entities,
        events: [{ ...event, id: `${p}:event:${name}`, title: name }],
      });
      return writeArticleFacts(driver, { database: "neo4j", article: record, facts });
    };
    const reportsOf = async (eventId: string) => {
      const { records } = await driver.executeQuery(
        "MATCH (ev:Event {id: $eventId})<-[:REPORTS]-(a:Article) RETURN ev.dateValue AS date, a.id AS article ORDER BY article",
        { eventId },
      );
      return { date: records[0]?.get("date"), articles: records.map((record) => record.get("article")) };
    };

    const summit = (date: EventSpec["date"]): Omit<EventSpec, "id" | "title"> => ({
      type: "SUMMIT",
      participants: [
        [sco.id, "PARTICIPANT"],
        [kazakhstanCountry.id, "HOST"],
        [tokayev.id, "HOST"],
      ],
      locationId: astanaCity.id,
      date,
    });

    it("merges a wire story, a live report and a year-only analysis of one summit into one event", async () => {
      const wire = await writeReport(
        "wire",
        "2024-07-04",
        `ASTANA, July 4 (Steppe Wire) - ${tokayev.name} opened the ${sco.name} summit in ${astanaCity.name}.`,
        summit(day("2024-07-04", "July 4")),
      );
      const live = await writeReport(
        "live",
        "2024-07-04",
        `The ${sco.name} summit is under way in ${astanaCity.name}, ${kazakhstanCountry.name}; ${tokayev.name} is chairing it.`,
        {
          ...summit(day("2024-07-04", "")),
          participants: [
            [sco.id, "PARTICIPANT"],
            [kazakhstanCountry.id, "HOST"],
          ],
        },
      );
      const analysis = await writeReport(
        "analysis",
        "2024-12-20",
        `This year's ${sco.name} summit in ${astanaCity.name} was ${tokayev.name}'s moment.`,
        summit(year("2024", "This year")),
      );

      expect(live.eventIds).toEqual(wire.eventIds);
      expect(analysis.eventIds).toEqual(wire.eventIds);
      expect(await reportsOf(wire.eventIds[0]!)).toEqual({
        date: "2024-07-04",
        articles: [`${p}:article:analysis`, `${p}:article:live`, `${p}:article:wire`],
      });
    });

    it("keeps its look-alikes apart: another body's undated summit in the same city, a meeting on its sidelines, the same body's summit a year later", async () => {
      const [summitId] = (
        await writeReport(
          "summit",
          "2024-07-04",
          `${sco.name} summit in ${astanaCity.name}.`,
          summit(day("2024-07-04", "July 4")),
        )
      ).eventIds;
      const otherBody = await writeReport(
        "other-body",
        "2024-07-05",
        `A ${cica.name} summit in ${astanaCity.name}, hosted by ${kazakhstanCountry.name}.`,
        {
          type: "SUMMIT",
          participants: [
            [cica.id, "PARTICIPANT"],
            [kazakhstanCountry.id, "HOST"],
          ],
          locationId: astanaCity.id,
          date: null,
        },
      );
      const sidelines = await writeReport(
        "sidelines",
        "2024-07-04",
        `${tokayev.name} met ${xi.name} on the sidelines of the summit in ${astanaCity.name}.`,
        {
          type: "MEETING",
          participants: [
            [tokayev.id, "PARTICIPANT"],
            [xi.id, "PARTICIPANT"],
            [kazakhstanCountry.id, "HOST"],
          ],
          locationId: astanaCity.id,
          date: day("2024-07-04", "on Thursday"),
        },
      );
      const nextYear = await writeReport(
        "next-year",
        "2025-01-10",
        `The ${sco.name} will meet again in ${astanaCity.name} in 2025.`,
        summit(year("2025", "in 2025")),
      );

      for (const lookAlike of [otherBody, sidelines, nextYear]) {
        expect(lookAlike.eventIds).not.toContain(summitId);
        expect(lookAlike.events).toEqual({ created: 1, merged: 0 });
      }
      for (const name of ["other-body", "sidelines", "next-year"])
        expect((await reportsOf(summitId!)).articles).not.toContain(`${p}:article:${name}`);
    });
  });
});
