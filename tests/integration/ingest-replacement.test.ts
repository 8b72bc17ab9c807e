import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildArticle,
  day,
  dumpTestGraph,
  month,
  openTestDriver,
  removeTestData,
  testPrefix,
  type EventSpec,
  writeArticleFacts,
} from "../support/ingest-fixtures.js";

describe("ingesting a changed version of an article", () => {
  let driver: Driver;
  const p = testPrefix();
  const e = {
    tokayev: { id: `${p}:person:tokayev`, type: "PERSON" as const, name: "Kassym-Jomart Tokayev", surface: "Tokayev" },
    ots: { id: `${p}:organization:ots`, type: "ORGANIZATION" as const, name: "OTS", surface: "OTS" },
    erdogan: { id: `${p}:person:erdogan`, type: "PERSON" as const, name: "Recep Tayyip Erdogan", surface: "Erdogan" },
    mirzoyan: { id: `${p}:person:mirzoyan`, type: "PERSON" as const, name: "Ararat Mirzoyan", surface: "Mirzoyan" },
  };
  const summit = (
    id: string,
    participants: EventSpec["participants"],
    date: EventSpec["date"] = day("2024-07-06", "on Saturday"),
  ): EventSpec => ({
    id,
    type: "SUMMIT" as const,
    title: "OTS summit",
    participants,
    date,
  });
  const write = (a: ReturnType<typeof buildArticle>) =>
    writeArticleFacts(driver, { database: "neo4j", article: a.record, facts: a.facts });

  const other = buildArticle({
    id: `${p}:article:other`,
    language: "en",
    publishedAt: "2024-07-08",
    text: "Tokayev was at the OTS summit in July.",
    entities: [e.tokayev, e.ots],
    events: [
      summit(
        `${p}:event:other`,
        [
          [e.ots.id, "HOST"],
          [e.tokayev.id, "PARTICIPANT"],
        ],
        month("2024-07", "in July"),
      ),
    ],
  });
  const v1 = buildArticle({
    id: `${p}:article:main`,
    url: `https://example.test/${p}/main`,
    language: "en",
    publishedAt: "2024-07-06",
    text: 'Tokayev and Erdogan met at the OTS summit. "We want peace," Tokayev said. Mirzoyan held talks in May.',
    entities: [e.tokayev, e.ots, e.erdogan, e.mirzoyan],
    events: [
      summit(`${p}:event:main`, [
        [e.ots.id, "HOST"],
        [e.tokayev.id, "PARTICIPANT"],
        [e.erdogan.id, "PARTICIPANT"],
      ]),
      {
        id: `${p}:event:talks`,
        type: "NEGOTIATION",
        title: "Talks",
        participants: [[e.mirzoyan.id, "PARTY"]],
        date: month("2024-05", "in May"),
      },
    ],
    statements: [
      { id: `${p}:statement:peace`, speakerId: e.tokayev.id, quote: "We want peace,", eventId: `${p}:event:main` },
    ],
  });

  beforeAll(async () => {
    driver = await openTestDriver();
    await write(other);
    await write(v1);
  });

  afterAll(async () => {
    await removeTestData(driver, p);
    await driver.close();
  });

  const ids = async () =>
    (await dumpTestGraph(driver, p)).lines.filter((line) => line.startsWith("N ")).map((line) => line.split(" ")[1]);

  it("replaces the article's statements, reports and mentions and leaves no orphans", async () => {
    const sharedEvent = (await write(other)).eventIds[0]!;
    expect(sharedEvent).toBe(`${p}:event:other`);
    const v2 = buildArticle({
      id: `${p}:article:main`,
      url: `https://example.test/${p}/main`,
      language: "en",
      publishedAt: "2024-07-06",
      text: 'Tokayev attended the OTS summit on Saturday. "Unity is our strength," Tokayev said.',
      entities: [e.tokayev, e.ots],
      events: [
        summit(`${p}:event:main`, [
          [e.ots.id, "HOST"],
          [e.tokayev.id, "PARTICIPANT"],
        ]),
      ],
      statements: [
        {
          id: `${p}:statement:unity`,
          speakerId: e.tokayev.id,
          quote: "Unity is our strength,",
          eventId: `${p}:event:main`,
        },
      ],
    });
    const result = await write(v2);
    expect(result.status).toBe("updated");
    const stored = await ids();
    expect(stored).toContain(`${p}:statement:unity`);
    expect(stored).not.toContain(`${p}:statement:peace`);
    expect(stored).not.toContain(`${p}:event:talks`);
    // Named only by the old version, not from the gazetteer: an orphan, so deleted.
    expect(stored).not.toContain(e.mirzoyan.id);
    expect(stored).not.toContain(e.erdogan.id);
    // The summit the other article reports stays, without the participant only v1 gave.
    const { records } = await driver.executeQuery(
      `MATCH (ev:Event {id: $id})
       RETURN ev.precision AS precision, COLLECT { MATCH (ev)<-[:REPORTS]-(a) RETURN a.id } AS sources,
              COLLECT { MATCH (ev)-[:PARTICIPANT]->(x) RETURN x.id ORDER BY x.id } AS participants`,
      { id: sharedEvent },
    );
    expect(records[0]?.toObject()).toEqual({
      precision: "DAY",
      sources: expect.arrayContaining([other.record.id, v2.record.id]),
      participants: [e.ots.id, e.tokayev.id],
    });
    const mentions = await driver.executeQuery(
      "MATCH (:Article {id: $id})-[m:MENTIONS]->(x) RETURN collect(x.id) AS ids",
      { id: v2.record.id },
    );
    expect([...mentions.records[0]!.get("ids")].sort()).toEqual([e.ots.id, e.tokayev.id]);
  });

  it("replaces a version stored under another id but the same url", async () => {
    const v3 = buildArticle({
      id: `${p}:article:main-v3`,
      url: `https://example.test/${p}/main`,
      language: "en",
      publishedAt: "2024-07-06",
      text: "Corrected: Tokayev did not attend the OTS summit.",
      entities: [e.tokayev, e.ots],
    });
    expect((await write(v3)).status).toBe("updated");
    const stored = await ids();
    expect(stored).not.toContain(`${p}:article:main`);
    expect(stored).not.toContain(`${p}:statement:unity`);
    // The summit is still reported by the other article; its date falls back to what that one says.
    const { records } = await driver.executeQuery(
      "MATCH (ev:Event {id: $id}) RETURN ev.precision AS precision, ev.dateValue AS value",
      { id: `${p}:event:other` },
    );
    expect(records[0]?.toObject()).toEqual({ precision: "MONTH", value: "2024-07" });
  });

  it("deletes an event when the only article reporting it changes and no longer does", async () => {
    const v4 = buildArticle({
      ...other.record,
      publishedAt: "2024-07-08",
      text: "Tokayev commented on OTS affairs.",
      entities: [e.tokayev, e.ots],
    });
    expect((await write(v4)).status).toBe("updated");
    expect(await ids()).not.toContain(`${p}:event:other`);
    const orphans = await driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH $p AND (n:Event OR n:Statement) AND NOT EXISTS { (n)<-[:REPORTS|CONTAINS]-(:Article) } RETURN count(n) AS n",
      { p },
    );
    expect(orphans.records[0]?.get("n")).toBe(0);
  });

  it("writes an article again in full when it returns, unchanged, under a url another article holds", async () => {
    const spec = {
      id: `${p}:article:returning`,
      language: "en",
      publishedAt: "2023-05-06",
      text: "Tokayev hosted the OTS summit on Friday.",
      entities: [e.tokayev, e.ots],
      events: [summit(`${p}:event:returning`, [[e.ots.id, "HOST"]], day("2023-05-05", "on Friday"))],
    };
    const url = `https://example.test/${p}/returning`;
    await write(buildArticle(spec));
    await write(
      buildArticle({
        id: `${p}:article:holder`,
        url,
        language: "en",
        publishedAt: "2023-05-07",
        text: "Tokayev spoke.",
        entities: [e.tokayev],
      }),
    );
    const result = await write(buildArticle({ ...spec, url }));
    expect([result.status, result.eventIds]).toEqual(["updated", [`${p}:event:returning`]]);
    const { records } = await driver.executeQuery(
      "MATCH (a:Article {id: $id}) RETURN a.url AS url, COLLECT { MATCH (a)-[:REPORTS]->(ev) RETURN ev.id } AS reported",
      { id: spec.id },
    );
    expect(records[0]?.toObject()).toEqual({ url, reported: [`${p}:event:returning`] });
    expect(await ids()).not.toContain(`${p}:article:holder`);
  });
});
