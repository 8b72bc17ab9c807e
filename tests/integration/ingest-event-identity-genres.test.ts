import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArticleFacts } from "../../src/graph/write-article-facts.js";
import { writeReferenceData } from "../../src/graph/write-reference-data.js";
import { loadExtractionResources } from "../../src/resources/load-resources.js";
import { buildArticle, day, openTestDriver, removeTestData, testPrefix, year, type EventSpec } from "../support/ingest-fixtures.js";

/** Real gazetteer places: the hierarchy Astana → Kazakhstan comes from reference data. */
const astana = { id: "Q1520", type: "CITY" as const, name: "Astana" };
const kazakhstan = { id: "Q232", type: "COUNTRY" as const, name: "Kazakhstan" };

describe("one event told in three genres, and its look-alikes", () => {
  let driver: Driver;
  const p = testPrefix();
  // Test-owned actors keep other files' events out of this file's matching.
  const sco = { id: `${p}:organization:sco`, type: "ORGANIZATION" as const, name: "Shanghai Cooperation Organisation" };
  const cica = { id: `${p}:organization:cica`, type: "ORGANIZATION" as const, name: "Conference on Interaction and Confidence-Building Measures in Asia" };
  const tokayev = { id: `${p}:person:tokayev`, type: "PERSON" as const, name: "Kassym-Jomart Tokayev" };
  const xi = { id: `${p}:person:xi`, type: "PERSON" as const, name: "Xi Jinping" };
  const host = { id: `${p}:country:host`, type: "COUNTRY" as const, name: "Host" };

  beforeAll(async () => {
    driver = await openTestDriver();
    await writeReferenceData(driver, { database: "neo4j", resources: await loadExtractionResources("seed") });
  });

  afterAll(async () => {
    await removeTestData(driver, p);
    await driver.close();
  });

  const write = (name: string, publishedAt: string, text: string, event: Omit<EventSpec, "id" | "title">) => {
    const entities = [sco, cica, tokayev, xi, astana, kazakhstan, host].map((entity) => ({ ...entity, surface: entity.name }));
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
  const reports = async (eventId: string) => {
    const { records } = await driver.executeQuery(
      "MATCH (ev:Event {id: $eventId})<-[:REPORTS]-(a:Article) RETURN ev.dateValue AS date, a.id AS article ORDER BY article",
      { eventId },
    );
    return { date: records[0]?.get("date"), articles: records.map((record) => record.get("article")) };
  };

  const summit = (date: EventSpec["date"]): Omit<EventSpec, "id" | "title"> => ({
    type: "SUMMIT",
    participants: [[sco.id, "PARTICIPANT"], [kazakhstan.id, "HOST"], [tokayev.id, "HOST"]],
    locationId: astana.id,
    date,
  });

  it("merges a wire story, a live report and a year-only analysis of one summit into one event", async () => {
    const wire = await write("wire", "2024-07-04", `ASTANA, July 4 (Steppe Wire) - ${tokayev.name} opened the ${sco.name} summit in ${astana.name}.`, summit(day("2024-07-04", "July 4")));
    const live = await write("live", "2024-07-04", `The ${sco.name} summit is under way in ${astana.name}, ${kazakhstan.name}; ${tokayev.name} is chairing it.`, {
      ...summit(day("2024-07-04", "")),
      participants: [[sco.id, "PARTICIPANT"], [kazakhstan.id, "HOST"]],
    });
    const analysis = await write("analysis", "2024-12-20", `This year's ${sco.name} summit in ${astana.name} was ${tokayev.name}'s moment.`, summit(year("2024", "This year")));

    expect(live.eventIds).toEqual(wire.eventIds);
    expect(analysis.eventIds).toEqual(wire.eventIds);
    expect(await reports(wire.eventIds[0]!)).toEqual({ date: "2024-07-04", articles: [`${p}:article:analysis`, `${p}:article:live`, `${p}:article:wire`] });
  });

  it("keeps its look-alikes apart: another body's undated summit in the same city, a meeting on its sidelines, the same body's summit a year later", async () => {
    const [summitId] = (await write("summit", "2024-07-04", `${sco.name} summit in ${astana.name}.`, summit(day("2024-07-04", "July 4")))).eventIds;
    const otherBody = await write("other-body", "2024-07-05", `A ${cica.name} summit in ${astana.name}, hosted by ${kazakhstan.name}.`, {
      type: "SUMMIT",
      participants: [[cica.id, "PARTICIPANT"], [kazakhstan.id, "HOST"]],
      locationId: astana.id,
      date: null,
    });
    const sidelines = await write("sidelines", "2024-07-04", `${tokayev.name} met ${xi.name} on the sidelines of the summit in ${astana.name}.`, {
      type: "MEETING",
      participants: [[tokayev.id, "PARTICIPANT"], [xi.id, "PARTICIPANT"], [kazakhstan.id, "HOST"]],
      locationId: astana.id,
      date: day("2024-07-04", "on Thursday"),
    });
    const nextYear = await write("next-year", "2025-01-10", `The ${sco.name} will meet again in ${astana.name} in 2025.`, summit(year("2025", "in 2025")));

    for (const lookAlike of [otherBody, sidelines, nextYear]) {
      expect(lookAlike.eventIds).not.toContain(summitId);
      expect(lookAlike.events).toEqual({ created: 1, merged: 0 });
    }
    for (const name of ["other-body", "sidelines", "next-year"]) expect((await reports(summitId!)).articles).not.toContain(`${p}:article:${name}`);
  });
});
