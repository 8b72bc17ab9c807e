import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventBucketKeys } from "../../src/graph/event-buckets.js";
import { writeReferenceData } from "../../src/graph/write-reference-data.js";
import { loadExtractionResources } from "../../src/resources/load-resources.js";
import {
  buildArticle,
  day,
  openTestDriver,
  removeTestData,
  testPrefix,
  type EventSpec,
  writeArticleFacts,
} from "../support/ingest-fixtures.js";

const shusha = "kg:city:shusha";
const azerbaijan = "Q227";

describe("event buckets (the index-bounded candidate read)", () => {
  let driver: Driver;
  const p = testPrefix();
  const ots = {
    id: `${p}:organization:ots`,
    type: "ORGANIZATION" as const,
    name: "Organization of Turkic States",
    surface: "OTS",
  };
  const tokayev = {
    id: `${p}:person:tokayev`,
    type: "PERSON" as const,
    name: "Kassym-Jomart Tokayev",
    surface: "Tokayev",
  };
  const aliyev = { id: `${p}:person:aliyev`, type: "PERSON" as const, name: "Ilham Aliyev", surface: "Aliyev" };
  const places = [
    { id: shusha, type: "CITY" as const, name: "Shusha", surface: "Shusha" },
    { id: azerbaijan, type: "COUNTRY" as const, name: "Azerbaijan", surface: "Azerbaijan" },
  ];

  beforeAll(async () => {
    driver = await openTestDriver();
    await writeReferenceData(driver, { database: "neo4j", resources: await loadExtractionResources("seed") });
  });

  afterAll(async () => {
    await removeTestData(driver, p);
    await driver.close();
  });

  const write = (id: string, text: string, events: EventSpec[]) => {
    const { record, facts } = buildArticle({
      id,
      language: "en",
      publishedAt: "2024-07-08",
      text,
      entities: [ots, tokayev, aliyev, ...places],
      events,
    });
    return writeArticleFacts(driver, { database: "neo4j", article: record, facts });
  };
  const bucketsOf = async (eventId: string) => {
    const { records } = await driver.executeQuery(
      "MATCH (b:EventBucket)-[:HOLDS]->(:Event {id: $eventId}) RETURN b.key AS key ORDER BY key",
      { eventId },
    );
    return records.map((record) => (record.get("key") as string).replaceAll(`${p}:`, ""));
  };
  const summit = (
    id: string,
    participants: EventSpec["participants"],
    date: EventSpec["date"],
    locationId: string | null,
  ): EventSpec => ({
    id: `${p}:event:${id}`,
    type: "SUMMIT",
    title: "OTS summit",
    participants,
    locationId,
    date,
  });

  it("files an undated event under `undated`, and under its month once a report dates it to a day", async () => {
    const undated = await write(`${p}:article:undated`, "Tokayev spoke at the OTS summit in Shusha.", [
      summit(
        "undated",
        [
          [ots.id, "HOST"],
          [tokayev.id, "SPEAKER"],
        ],
        null,
        shusha,
      ),
    ]);
    expect(await bucketsOf(undated.eventIds[0]!)).toEqual([
      "SUMMIT|organization:ots|undated",
      "SUMMIT|person:tokayev|undated",
    ]);
    const dated = await write(
      `${p}:article:dated`,
      "Tokayev and Aliyev met at the OTS summit in Azerbaijan on Saturday.",
      [
        summit(
          "dated",
          [
            [ots.id, "HOST"],
            [tokayev.id, "PARTICIPANT"],
            [aliyev.id, "HOST"],
          ],
          day("2024-07-06", "on Saturday"),
          azerbaijan,
        ),
      ],
    );
    expect(dated.eventIds).toEqual(undated.eventIds);
    expect(await bucketsOf(undated.eventIds[0]!)).toEqual([
      "SUMMIT|organization:ots|2024-07",
      "SUMMIT|person:aliyev|2024-07",
      "SUMMIT|person:tokayev|2024-07",
    ]);
  });

  it("finds a dated event for an undated report with an agreeing place (prefix seek)", async () => {
    const again = await write(`${p}:article:again`, "Aliyev hosted the OTS summit in Shusha.", [
      summit(
        "again",
        [
          [ots.id, "HOST"],
          [aliyev.id, "HOST"],
        ],
        null,
        shusha,
      ),
    ]);
    expect(again.events).toEqual({ created: 0, merged: 1 });
    expect(again.eventIds).toEqual([`${p}:event:undated`]);
  });

  it("drops the buckets of participants and dates only a replaced version gave", async () => {
    await write(`${p}:article:again`, "Aliyev hosted the OTS in Shusha.", []);
    await write(`${p}:article:dated`, "Tokayev and Aliyev met in Azerbaijan.", []);
    expect(await bucketsOf(`${p}:event:undated`)).toEqual([
      "SUMMIT|organization:ots|undated",
      "SUMMIT|person:tokayev|undated",
    ]);
  });

  it("adds the bucket of a participant a later report names, the date unchanged, and none for a report that adds nothing", async () => {
    await write(`${p}:article:first`, "Tokayev opened the OTS summit on Saturday.", [
      summit(
        "first",
        [
          [ots.id, "HOST"],
          [tokayev.id, "SPEAKER"],
        ],
        day("2025-03-01", "on Saturday"),
        null,
      ),
    ]);
    const joined = await write(`${p}:article:joined`, "Aliyev joined the OTS summit on Saturday.", [
      summit(
        "joined",
        [
          [ots.id, "HOST"],
          [aliyev.id, "PARTICIPANT"],
        ],
        day("2025-03-01", "on Saturday"),
        null,
      ),
    ]);
    const repeated = await write(`${p}:article:repeated`, "Tokayev spoke at the OTS summit on Saturday.", [
      summit(
        "repeated",
        [
          [ots.id, "HOST"],
          [tokayev.id, "SPEAKER"],
        ],
        day("2025-03-01", "on Saturday"),
        null,
      ),
    ]);
    expect([...joined.eventIds, ...repeated.eventIds]).toEqual([`${p}:event:first`, `${p}:event:first`]);
    expect(await bucketsOf(`${p}:event:first`)).toEqual([
      "SUMMIT|organization:ots|2025-03",
      "SUMMIT|person:aliyev|2025-03",
      "SUMMIT|person:tokayev|2025-03",
    ]);
  });

  it("keeps every event in exactly the buckets its stored participants and date call for, and its place ids", async () => {
    const april = {
      value: "2025-04",
      precision: "MONTH" as const,
      text: "in April",
      from: "2025-04-01",
      to: "2025-04-30",
    };
    await write(`${p}:article:spring`, "Tokayev hosted the OTS summit in April.", [
      summit(
        "spring",
        [
          [ots.id, "HOST"],
          [tokayev.id, "HOST"],
        ],
        april,
        null,
      ),
    ]);
    await write(`${p}:article:spring-day`, "Aliyev came to the OTS summit on 14 April.", [
      summit(
        "spring-day",
        [
          [ots.id, "HOST"],
          [aliyev.id, "PARTICIPANT"],
        ],
        day("2025-04-14", "on 14 April"),
        null,
      ),
    ]);
    const { records } = await driver.executeQuery(
      `MATCH (ev:Event) WHERE ev.id STARTS WITH $p
       RETURN ev.type AS type, toString(ev.dateFrom) AS dateFrom, toString(ev.dateTo) AS dateTo,
              COLLECT { MATCH (ev)-[:PARTICIPANT]->(e:Entity) RETURN e.id } AS participantIds,
              COLLECT { MATCH (b:EventBucket)-[:HOLDS]->(ev) RETURN b.key } AS held,
              COLLECT { MATCH (ev)-[:LOCATED_IN]->(place:Entity) RETURN place.id } AS placedIn, ev.placeIds AS placeIds`,
      { p },
    );
    expect(records.length).toBeGreaterThanOrEqual(3);
    for (const record of records) {
      const wanted = eventBucketKeys({
        type: record.get("type"),
        participantKeys: (record.get("participantIds") as string[]).map((id) => `${id}|PARTICIPANT`),
        date: { from: record.get("dateFrom"), to: record.get("dateTo") },
      });
      expect([...(record.get("held") as string[])].sort()).toEqual(wanted.sort());
      expect([...(record.get("placeIds") as string[])].sort()).toEqual(
        [...(record.get("placedIn") as string[])].sort(),
      );
    }
    expect(await bucketsOf(`${p}:event:spring`)).toEqual([
      "SUMMIT|organization:ots|2025-04",
      "SUMMIT|person:aliyev|2025-04",
      "SUMMIT|person:tokayev|2025-04",
    ]);
  });
});
