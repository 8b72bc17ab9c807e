import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import type { ExtractionResources } from "../../src/extract/types.js";
import { writeReferenceData } from "../../src/graph/write-reference-data.js";
import { removeApiFixture, writeApiFixture, type ApiFixture } from "../support/api-fixture.js";
import { postGraphQL } from "../support/post-graphql.js";
import { openTestApi } from "../support/open-test-api.js";
import { testConfig } from "../support/test-config.js";

const config = testConfig();
const database = config.neo4j.database;
let driver: Driver;
let api: ApiServer;
let f: ApiFixture;

beforeAll(async () => {
  let resources: ExtractionResources;
  ({ driver, api, resources } = await openTestApi(config));
  // The gazetteer's reference data, as every ingest stores it first (unchanged: nothing written).
  await writeReferenceData(driver, { database, resources });
  f = await writeApiFixture(driver, database, `ops${Date.now()}`);
});

afterAll(async () => {
  await api?.stop();
  if (f) await removeApiFixture(driver, f.prefix);
  await driver?.close();
});

const ask = async (query: string, variables?: Record<string, unknown>) => {
  const reply = await postGraphQL(api.url, query, variables);
  expect(reply.body.errors, JSON.stringify(reply.body.errors)).toBeUndefined();
  return reply.body.data;
};

describe("timeline", () => {
  const query = /* GraphQL */ `
    query ($entity: ID!, $with: ID, $from: Date, $to: Date, $types: [EventKind!]) {
      timeline(entity: $entity, with: $with, from: $from, to: $to, types: $types) {
        id
        type
        title
        date {
          value
          precision
          from
          to
        }
        place {
          name
        }
        participants {
          role
          entity {
            id
          }
        }
        sourceCount
        sources {
          article {
            id
            publishedAt
          }
          evidence
          dateText
        }
        statements {
          quote
          speaker {
            name
          }
        }
      }
    }
  `;

  it("lists an entity's events oldest first, undated last, with place, roles, sources and statements", async () => {
    const { timeline } = await ask(query, { entity: f.tokayev });
    expect(timeline.map((entry: { id: string }) => entry.id)).toEqual([f.summit, f.visit]);
    const [summit] = timeline;
    expect(summit.date).toEqual({ value: "2024-07-06", precision: "DAY", from: "2024-07-06", to: "2024-07-06" });
    expect(summit.place).toEqual({ name: "Shusha" });
    expect(summit.participants).toContainEqual({ role: "SPEAKER", entity: { id: f.tokayev } });
    expect(summit.sources).toEqual([
      {
        article: { id: `${f.prefix}:ru`, publishedAt: "2024-07-06" },
        evidence: "Токаев выступил на саммите в Шуше.",
        dateText: "в субботу",
      },
    ]);
    expect(summit.statements.map((s: { quote: string }) => s.quote)).toHaveLength(2);
    expect(timeline[1].date).toEqual({ value: null, precision: null, from: null, to: null });
  });

  it("keeps only the events both entities took part in, overlapping the date range, of the given types", async () => {
    const both = await ask(query, { entity: f.azerbaijan, with: f.armenia });
    expect(both.timeline.map((entry: { id: string }) => entry.id)).toEqual([f.war, f.talks, f.visit]);
    const since2021 = await ask(query, { entity: f.azerbaijan, with: f.armenia, from: "2021-01-01" });
    expect(since2021.timeline.map((entry: { id: string }) => entry.id)).toEqual([f.talks]);
    const may = await ask(query, { entity: f.kazakhstan, from: "2024-05-15", to: "2024-05-20" });
    expect(may.timeline.map((entry: { id: string }) => entry.id)).toEqual([f.talks]);
    const wars = await ask(query, { entity: f.armenia, types: ["MILITARY_CONFLICT"] });
    expect(wars.timeline.map((entry: { id: string }) => entry.id)).toEqual([f.war]);
  });

  it("pages with limit and offset in date order", async () => {
    const page = `query ($e: ID!, $w: ID, $offset: Int) { timeline(entity: $e, with: $w, limit: 1, offset: $offset) { id } }`;
    const second = await ask(page, { e: f.azerbaijan, w: f.armenia, offset: 1 });
    expect(second.timeline).toEqual([{ id: f.talks }]);
    const beyond = await ask(page, { e: f.azerbaijan, w: f.armenia, offset: 3 });
    expect(beyond.timeline).toEqual([]);
  });

  it("counts every source and cites each with its own evidence", async () => {
    const { timeline } = await ask(query, { entity: f.kazakhstan, types: ["NEGOTIATION"] });
    expect(timeline[0].sourceCount).toBe(2);
    expect(timeline[0].sources.map((s: { article: { id: string } }) => s.article.id)).toEqual([
      `${f.prefix}:en`,
      `${f.prefix}:ru`,
    ]);
  });

  it("says NOT_FOUND for an id no entity has", async () => {
    const reply = await postGraphQL(api.url, query, { entity: `${f.prefix}:nobody` });
    expect(reply.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(reply.body.errors?.[0]?.message).toContain("searchEntities");
  });
});

describe("eventCount", () => {
  const query = /* GraphQL */ `
    query ($entity: ID!, $with: ID, $from: Date, $to: Date, $types: [EventKind!]) {
      eventCount(entity: $entity, with: $with, from: $from, to: $to, types: $types)
    }
  `;

  it("counts the events timeline lists, undated ones included, under the same filters", async () => {
    expect(await ask(query, { entity: f.tokayev })).toEqual({ eventCount: 2 });
    expect(await ask(query, { entity: f.azerbaijan, with: f.armenia })).toEqual({ eventCount: 3 });
    expect(await ask(query, { entity: f.azerbaijan, with: f.armenia, from: "2021-01-01" })).toEqual({ eventCount: 1 });
    expect(await ask(query, { entity: f.armenia, types: ["MILITARY_CONFLICT"] })).toEqual({ eventCount: 1 });
  });

  it("says 0 when an entity's events all fail the filters, and NOT_FOUND for an id no entity has", async () => {
    expect(await ask(query, { entity: f.armenia, types: ["ELECTION"] })).toEqual({ eventCount: 0 });
    const reply = await postGraphQL(api.url, query, { entity: `${f.prefix}:nobody` });
    expect(reply.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("statements", () => {
  const query = /* GraphQL */ `
    query ($speaker: ID, $about: ID, $search: String, $from: Date, $to: Date) {
      statements(speaker: $speaker, about: $about, search: $search, from: $from, to: $to) {
        id
        quote
        speaker {
          id
        }
        about {
          id
        }
        article {
          id
        }
        event {
          id
          title
          date {
            value
          }
          place {
            name
          }
        }
      }
    }
  `;

  it("finds what a speaker said, with the article and the event where and when", async () => {
    const { statements } = await ask(query, { speaker: f.tokayev });
    expect(statements).toHaveLength(2);
    expect(statements[0].event).toMatchObject({
      id: f.summit,
      date: { value: "2024-07-06" },
      place: { name: "Shusha" },
    });
    expect(statements[0].article.id).toBe(`${f.prefix}:ru`);
  });

  it("finds what a body said as one, with the body as the speaker", async () => {
    const { statements } = await ask(query, { speaker: f.ots });
    expect(statements.map((s: { id: string; speaker: { id: string } }) => [s.id, s.speaker.id])).toEqual([
      [`${f.prefix}:s3`, f.ots],
    ]);
  });

  it("narrows by subject, by words of the quote in another case form, and by date", async () => {
    const about = await ask(query, { about: f.armenia });
    expect(about.statements.map((s: { id: string }) => s.id)).toEqual([`${f.prefix}:s1`]);
    const words = await ask(query, { speaker: f.tokayev, search: "переговоры" });
    expect(words.statements.map((s: { id: string }) => s.id)).toEqual([`${f.prefix}:s1`]);
    const before = await ask(query, { speaker: f.tokayev, to: "2024-01-01" });
    expect(before.statements).toEqual([]);
  });
});

describe("searchEntities", () => {
  const query = /* GraphQL */ `
    query ($query: String!, $types: [EntityType!]) {
      searchEntities(query: $query, types: $types, limit: 50) {
        id
        name
        type
        score
      }
    }
  `;
  const ids = async (text: string, types?: string[]) =>
    (await ask(query, { query: text, types })).searchEntities.map((hit: { id: string }) => hit.id);

  it("finds one person by «Токаев», Tokayev and the misspelling Tokaev", async () => {
    for (const text of ["Токаев", "Tokayev", "Tokaev", "токаевым"]) {
      expect(await ids(text, ["PERSON"]), text).toContain(f.tokayev);
    }
  });

  it("finds a country from an inflected Russian form", async () => {
    expect(await ids("Азербайджана", ["COUNTRY"])).toContain(f.azerbaijan);
    expect(await ids("Арменией", ["COUNTRY"])).toContain(f.armenia);
  });

  it("keeps to the requested types and refuses a query without words", async () => {
    expect(await ids("Tokayev", ["COUNTRY"])).not.toContain(f.tokayev);
    const reply = await postGraphQL(api.url, query, { query: "!!" });
    expect(reply.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("entity, coMentions and connection", () => {
  it("profiles an entity: aliases, counts, first and last seen, co-mentions, latest events", async () => {
    const { entity } = await ask(
      /* GraphQL */ `
        query ($id: ID!) {
          entity(id: $id) {
            name
            type
            aliases
            offices {
              title
              polity {
                id
              }
              from
              to
            }
            articleCount
            statementCount
            firstSeen
            lastSeen
            coMentions(limit: 2) {
              entity {
                id
              }
              articles
              events
              total
            }
            latestEvents(limit: 1) {
              id
            }
          }
        }
      `,
      { id: f.tokayev },
    );
    expect(entity).toMatchObject({ name: "Kassym-Jomart Tokayev", type: "PERSON", articleCount: 1, statementCount: 2 });
    expect(entity.aliases).toContain("Токаев");
    expect(entity.offices).toEqual([]);
    expect([entity.firstSeen, entity.lastSeen]).toEqual(["2024-07-06", "2024-07-06"]);
    expect(entity.coMentions[0]).toEqual({ entity: { id: f.azerbaijan }, articles: 1, events: 2, total: 3 });
    expect(entity.latestEvents).toEqual([{ id: f.summit }]);
  });

  it("lists the offices the gazetteer's reference data gives a person", async () => {
    const { entity } = await ask(`query ($id: ID!) { entity(id: $id) { offices { title polity { id } from to } } }`, {
      id: "kg:person:kassym-jomart-tokayev",
    });
    expect(entity.offices).toContainEqual({ title: "president", polity: { id: "Q232" }, from: "2019-03-20", to: null });
  });

  it("answers null for an unknown entity id", async () => {
    expect((await ask(`{ entity(id: "${f.prefix}:none") { id } }`)).entity).toBeNull();
  });

  it("ranks co-mentioned entities by shared articles plus shared events", async () => {
    const { coMentions } = await ask(
      `query ($id: ID!) { coMentions(entity: $id) { entity { id } articles events total } }`,
      {
        id: f.armenia,
      },
    );
    expect(coMentions[0]).toEqual({ entity: { id: f.azerbaijan }, articles: 2, events: 3, total: 5 });
  });

  it("explains how two entities relate as readable paths", async () => {
    const { connection } = await ask(
      `query ($from: ID!, $to: ID!) { connection(from: $from, to: $to) { length text steps { relation } } }`,
      { from: f.kazakhstan, to: f.armenia },
    );
    expect(connection.every((path: { length: number }) => path.length === 2)).toBe(true);
    expect(connection.map((path: { text: string }) => path.text)).toContain(
      "Kazakhstan —took part in (MEDIATOR)→ Azerbaijan–Armenia talks in Almaty —involved (PARTY)→ Armenia",
    );
  });

  it("refuses an unbounded connection search", async () => {
    const reply = await postGraphQL(
      api.url,
      `query ($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 9) { length } }`,
      {
        from: f.kazakhstan,
        to: f.armenia,
      },
    );
    expect(reply.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
