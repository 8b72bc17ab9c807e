import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import { loadExtractionResources } from "../../src/resources/load-resources.js";
import { openTestApi } from "../support/open-test-api.js";
import { postGraphQL } from "../support/post-graphql.js";
import { storeSeedCorpus } from "../support/seed-corpus.js";
import { testConfig } from "../support/test-config.js";

// The operations the explorer runs, over the seed corpus as `kg start` loads it (the product's own
// write path, reference data included).
const TOKAYEV = "kg:person:kassym-jomart-tokayev";
const SHUSHA = "kg:city:shusha";
const SHUSHA_SUMMIT = "Summit of the Organization of Turkic States in Shusha";

let driver: Driver;
let api: ApiServer;
let corpus: { remove(): Promise<void> } | undefined;

beforeAll(async () => {
  const config = testConfig();
  const services = await openTestApi(config);
  ({ driver, api } = services);
  corpus = await storeSeedCorpus(services, config);
});

afterAll(async () => {
  // The sample articles this file stored, and nothing else in the database.
  await corpus?.remove();
  await api?.stop();
  await driver?.close();
});

const ask = async (query: string, variables?: Record<string, unknown>) => {
  const reply = await postGraphQL(api.url, query, variables);
  expect(reply.body.errors, JSON.stringify(reply.body.errors)).toBeUndefined();
  return reply.body.data;
};

const TIMELINE = /* GraphQL */ `
  query ($entity: ID!, $with: ID, $languages: [String!], $place: ID, $from: Date, $to: Date) {
    timeline(entity: $entity, with: $with, languages: $languages, place: $place, from: $from, to: $to, limit: 100) {
      title
      date {
        from
        to
      }
      place {
        id
        name
        type
        latitude
        longitude
        countryCode
      }
      locationPrecision
      sources {
        article {
          language
        }
      }
      statements {
        quote
        speaker {
          id
        }
      }
    }
  }
`;

type Entry = {
  title: string;
  date: { from: string | null; to: string | null };
  place: { id: string; name: string; type: string; latitude: number; longitude: number; countryCode: string } | null;
  locationPrecision: string | null;
  sources: Array<{ article: { language: string } }>;
  statements: Array<{ quote: string; speaker: { id: string } | null }>;
};

describe("places on the map", () => {
  it("gives the Shusha summit its city's coordinates, country code and CITY precision", async () => {
    const { timeline } = (await ask(TIMELINE, { entity: TOKAYEV })) as { timeline: Entry[] };
    const summit = timeline.find((entry) => entry.title === SHUSHA_SUMMIT)!;
    expect(summit.place).toMatchObject({ id: SHUSHA, type: "CITY", countryCode: "AZ" });
    expect(summit.place!.latitude).toBeCloseTo(39.76, 1);
    expect(summit.place!.longitude).toBeCloseTo(46.75, 1);
    expect(summit.locationPrecision).toBe("CITY");
  });

  it("writes every gazetteer place's coordinates and every country's ISO code the gazetteer has", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (p:Entity {reference: true}) WHERE p.type IN ['CITY', 'REGION', 'COUNTRY']
       RETURN count(p) AS places, count(CASE WHEN p.latitude IS NULL OR p.longitude IS NULL THEN 1 END) AS withoutCoordinates`,
    );
    expect(Number(records[0]!.get("places"))).toBeGreaterThan(300);
    expect(Number(records[0]!.get("withoutCoordinates"))).toBe(0);
    // Dissolved states (the USSR, Yugoslavia) have no ISO code; every other country has its own.
    const coded = [...(await loadExtractionResources("seed")).entities.values()].filter(
      (e) => e.type === "COUNTRY" && e.iso2,
    );
    const { records: stored } = await driver.executeQuery(
      "UNWIND $rows AS row MATCH (c:Country {id: row.id}) WHERE c.iso2 = row.iso2 RETURN count(c) AS coded",
      { rows: coded.map(({ id, iso2 }) => ({ id, iso2 })) },
    );
    expect(coded.length).toBeGreaterThan(150);
    expect(Number(stored[0]!.get("coded"))).toBe(coded.length);
  });

  it("counts an entity's events per place, and filters the timeline to a place and what lies in it", async () => {
    const { eventPlaces } = await ask(
      /* GraphQL */ `
        query ($entity: ID!) {
          eventPlaces(entity: $entity) {
            place {
              id
              countryCode
            }
            events
          }
        }
      `,
      { entity: "Q227" },
    );
    const shusha = eventPlaces.find((row: { place: { id: string } }) => row.place.id === SHUSHA);
    expect(shusha).toEqual({ place: { id: SHUSHA, countryCode: "AZ" }, events: expect.any(Number) });
    const { timeline } = (await ask(TIMELINE, { entity: "Q227", place: SHUSHA })) as { timeline: Entry[] };
    expect(timeline.length).toBe(shusha.events);
    expect(timeline.every((entry) => entry.place?.id === SHUSHA)).toBe(true);
    const inAzerbaijan = (await ask(TIMELINE, { entity: "Q227", place: "Q227" })) as { timeline: Entry[] };
    expect(inAzerbaijan.timeline.map((entry) => entry.title)).toContain(SHUSHA_SUMMIT);
  });
});

describe("eventHistogram", () => {
  const HISTOGRAM = /* GraphQL */ `
    query ($entity: ID!, $bucket: TimeBucket, $from: Date, $to: Date, $with: ID) {
      eventHistogram(entity: $entity, bucket: $bucket, from: $from, to: $to, with: $with) {
        bucket
        from
        to
        count
        imprecise
      }
    }
  `;

  it("counts the dated events of the timeline per month, oldest first, in buckets that add up", async () => {
    const { eventHistogram } = await ask(HISTOGRAM, { entity: "Q227" });
    const { timeline } = (await ask(TIMELINE, { entity: "Q227" })) as { timeline: Entry[] };
    const dated = timeline.filter((entry) => entry.date.from !== null);
    const total = eventHistogram.reduce((sum: number, row: { count: number }) => sum + row.count, 0);
    expect(total).toBe(dated.length);
    const buckets = eventHistogram.map((row: { bucket: string }) => row.bucket);
    expect(buckets).toEqual([...buckets].sort());
    expect(eventHistogram).toContainEqual(
      expect.objectContaining({ bucket: "2024-07", from: "2024-07-01", to: "2024-07-31" }),
    );
    for (const row of eventHistogram) {
      const starting = dated.filter((entry) => entry.date.from! >= row.from && entry.date.from! <= row.to);
      expect(row.count, row.bucket).toBe(starting.length);
      expect(row.imprecise, row.bucket).toBe(starting.filter((entry) => entry.date.to! > row.to).length);
    }
  });

  it("counts per year, and within a date range and with a second entity", async () => {
    const { eventHistogram: years } = await ask(HISTOGRAM, { entity: "Q227", bucket: "YEAR" });
    expect(years.every((row: { bucket: string }) => /^\d{4}$/.test(row.bucket))).toBe(true);
    expect(years).toContainEqual(expect.objectContaining({ bucket: "2024", from: "2024-01-01", to: "2024-12-31" }));
    const { eventHistogram: july } = await ask(HISTOGRAM, { entity: TOKAYEV, from: "2024-07-01", to: "2024-07-31" });
    expect(july.map((row: { bucket: string }) => row.bucket)).toEqual(["2024-07"]);
    const { eventHistogram: pair } = await ask(HISTOGRAM, { entity: "Armenia", with: "Azerbaijan", bucket: "YEAR" });
    expect(pair.length).toBeGreaterThan(0);
  });
});

describe("entity arguments by name", () => {
  it("accepts an exact name or alias in any language, case aside, as the id", async () => {
    const byId = await ask(TIMELINE, { entity: TOKAYEV });
    expect(await ask(TIMELINE, { entity: "Касым-Жомарт Токаев" })).toEqual(byId);
    expect(await ask(TIMELINE, { entity: "kassym-jomart tokayev" })).toEqual(byId);
    const pairByName = await ask(TIMELINE, { entity: "Армения", with: "Azerbaijan" });
    expect(pairByName).toEqual(await ask(TIMELINE, { entity: "Q399", with: "Q227" }));
    const { entity } = await ask(/* GraphQL */ `
      {
        entity(id: "Казахстан") {
          id
          name
        }
      }
    `);
    expect(entity).toEqual({ id: "Q232", name: "Kazakhstan" });
  });

  it("refuses a name several entities share with AMBIGUOUS_ENTITY, listing the candidates", async () => {
    const reply = await postGraphQL(
      api.url,
      /* GraphQL */ `
        {
          coMentions(entity: "Congo") {
            total
          }
        }
      `,
    );
    const [error] = reply.body.errors!;
    expect(error!.extensions!.code).toBe("AMBIGUOUS_ENTITY");
    expect(error!.message).toMatch(/"Congo" in entity names 2 entities: .*id Q97[14].*id Q97[14].*Pass the id/);
    const candidates = error!.extensions!.candidates as Array<{ id: string }>;
    expect(candidates.map((candidate) => candidate.id).sort()).toEqual(["Q971", "Q974"]);
  });

  it("says NOT_FOUND for a reference that is no id, name or alias, and null from entity()", async () => {
    const reply = await postGraphQL(
      api.url,
      /* GraphQL */ `
        {
          eventHistogram(entity: "Atlantis") {
            count
          }
        }
      `,
    );
    expect(reply.body.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    expect(reply.body.errors![0]!.message).toContain('"Atlantis"');
    expect((await ask(`{ entity(id: "Atlantis") { id } }`)).entity).toBeNull();
  });
});

describe("timeline sources by language", () => {
  it("keeps the events some article in the language reports, and lists only those articles", async () => {
    const all = ((await ask(TIMELINE, { entity: "Q227" })) as { timeline: Entry[] }).timeline;
    const english = ((await ask(TIMELINE, { entity: "Q227", languages: ["en"] })) as { timeline: Entry[] }).timeline;
    const russian = ((await ask(TIMELINE, { entity: "Q227", languages: ["ru"] })) as { timeline: Entry[] }).timeline;
    expect(english.length).toBeGreaterThan(0);
    expect(russian.length).toBeGreaterThan(0);
    expect(english.length).toBeLessThan(all.length);
    expect(english.flatMap((entry) => entry.sources.map((source) => source.article.language))).not.toContain("ru");
    const titles = (entries: Entry[]) => new Set(entries.map((entry) => entry.title));
    expect(new Set([...titles(english), ...titles(russian)])).toEqual(titles(all));
  });
});
