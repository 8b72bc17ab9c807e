import type { Driver } from "neo4j-driver";
import { writeArticles } from "../../src/graph/write-article-facts.js";
import { buildArticle, day, month, removeTestData, year, type EntitySpec } from "./ingest-fixtures.js";

/** The ids of a fixture graph; every one starts with the fixture's prefix. */
export interface ApiFixture {
  prefix: string;
  tokayev: string;
  kazakhstan: string;
  azerbaijan: string;
  armenia: string;
  shusha: string;
  almaty: string;
  karabakh: string;
  ots: string;
  summit: string;
  talks: string;
  war: string;
  visit: string;
}

const RU_TEXT = [
  "Казахстан готов вновь предоставить площадку для переговоров",
  "Президент Казахстана Касым-Жомарт Токаев в субботу выступил на саммите Организации тюркских государств. " +
    "Токаев выступил на саммите в Шуше. «Мы готовы предоставить свою площадку для мирных переговоров», – сказал он " +
    "об Азербайджане и Армении. «Наша сила в единстве», – добавил Токаев.",
  "В мае при посредничестве Казахстана в Алматы прошли переговоры. Осенью 2020 года Азербайджан вернул часть " +
    "территории Нагорного Карабаха. До этого Токаев посещал Баку и Ереван.",
].join("\n");

const EN_TEXT = [
  "Armenian and Azerbaijani ministers meet in Almaty",
  "The ministers of Armenia and Azerbaijan met in Almaty, with Kazakhstan mediating.",
  '"Dialogue is the only way," the Organization of Turkic States said in a statement.',
].join("\n");

/**
 * Writes a small graph through the real writer (`writeArticles`): the facts of two articles about
 * the Shusha summit and the Almaty talks, built by hand so every id, date and place is known,
 * with the labels, buckets, places and quote offsets the product writes. Every id carries
 * `prefix`, so a test file owns its data and removes only that (`removeApiFixture`). Offices and
 * a city's country are the gazetteer's reference data, not an article's facts, so this graph has
 * none.
 */
export async function writeApiFixture(driver: Driver, database: string, prefix: string): Promise<ApiFixture> {
  const id = (name: string) => `${prefix}:${name}`;
  const f: ApiFixture = {
    prefix,
    tokayev: id("tokayev"),
    kazakhstan: id("Q232"),
    azerbaijan: id("Q227"),
    armenia: id("Q399"),
    shusha: id("shusha"),
    almaty: id("Q35493"),
    karabakh: id("karabakh"),
    ots: id("ots"),
    summit: id("summit"),
    talks: id("talks"),
    war: id("war"),
    visit: id("visit"),
  };
  const kazakhstan: EntitySpec = {
    id: f.kazakhstan,
    type: "COUNTRY",
    name: "Kazakhstan",
    surface: "Казахстан",
    aliases: ["Kazakhstan"],
  };
  const azerbaijan: EntitySpec = {
    id: f.azerbaijan,
    type: "COUNTRY",
    name: "Azerbaijan",
    surface: "Азербайджан",
    aliases: ["Azerbaijan"],
  };
  const armenia: EntitySpec = {
    id: f.armenia,
    type: "COUNTRY",
    name: "Armenia",
    surface: "Армении",
    aliases: ["Армения"],
  };
  const almaty: EntitySpec = { id: f.almaty, type: "CITY", name: "Almaty", surface: "Алматы" };
  const ots: EntitySpec = {
    id: f.ots,
    type: "ORGANIZATION",
    name: "Organization of Turkic States",
    surface: "Организации тюркских государств",
    aliases: ["Организация тюркских государств"],
  };
  const talks = {
    id: f.talks,
    type: "NEGOTIATION" as const,
    title: "Azerbaijan–Armenia talks in Almaty",
    participants: [
      [f.kazakhstan, "MEDIATOR"],
      [f.azerbaijan, "PARTY"],
      [f.armenia, "PARTY"],
    ] as Array<[string, "MEDIATOR" | "PARTY"]>,
    locationId: f.almaty,
  };
  const ru = buildArticle({
    id: id("ru"),
    language: "ru",
    publishedAt: "2024-07-06",
    text: RU_TEXT,
    entities: [
      {
        id: f.tokayev,
        type: "PERSON",
        name: "Kassym-Jomart Tokayev",
        surface: "Токаев",
        aliases: ["Касым-Жомарт Токаев", "Tokayev"],
      },
      kazakhstan,
      azerbaijan,
      armenia,
      { id: f.shusha, type: "CITY", name: "Shusha", surface: "Шуше", aliases: ["Шуша"] },
      almaty,
      {
        id: f.karabakh,
        type: "REGION",
        name: "Nagorno-Karabakh",
        surface: "Нагорного Карабаха",
        aliases: ["Нагорный Карабах"],
      },
      { ...ots },
    ],
    events: [
      {
        id: f.summit,
        type: "SUMMIT",
        title: "Informal summit of the Organization of Turkic States",
        participants: [
          [f.ots, "HOST"],
          [f.tokayev, "SPEAKER"],
          [f.kazakhstan, "PARTICIPANT"],
          [f.azerbaijan, "HOST"],
        ],
        locationId: f.shusha,
        date: day("2024-07-06", "в субботу"),
        evidence: "Токаев выступил на саммите в Шуше.",
      },
      {
        ...talks,
        date: month("2024-05", "В мае"),
        evidence: "В мае при посредничестве Казахстана в Алматы прошли переговоры.",
      },
      {
        id: f.war,
        type: "MILITARY_CONFLICT",
        title: "Second Karabakh war",
        participants: [
          [f.azerbaijan, "PARTY"],
          [f.armenia, "PARTY"],
        ],
        locationId: f.karabakh,
        date: year("2020", "Осенью 2020 года"),
        evidence: "Осенью 2020 года Азербайджан вернул часть территории Нагорного Карабаха.",
      },
      {
        id: f.visit,
        type: "VISIT",
        title: "Tokayev visits Baku and Yerevan",
        participants: [
          [f.tokayev, "PARTICIPANT"],
          [f.azerbaijan, "PARTY"],
          [f.armenia, "PARTY"],
        ],
        evidence: "До этого Токаев посещал Баку и Ереван.",
      },
    ],
    statements: [
      {
        id: id("s1"),
        speakerId: f.tokayev,
        quote: "Мы готовы предоставить свою площадку для мирных переговоров",
        eventId: f.summit,
        aboutIds: [f.azerbaijan, f.armenia],
      },
      { id: id("s2"), speakerId: f.tokayev, quote: "Наша сила в единстве", eventId: f.summit },
    ],
  });
  const en = buildArticle({
    id: id("en"),
    url: "https://example.org/almaty",
    source: "example.org",
    language: "en",
    publishedAt: "2024-05-11",
    text: EN_TEXT,
    entities: [
      { ...kazakhstan, surface: "Kazakhstan" },
      { ...azerbaijan, surface: "Azerbaijan" },
      { ...armenia, surface: "Armenia" },
      { ...almaty, surface: "Almaty" },
      { ...ots, surface: "Organization of Turkic States", aliases: ["Organization of Turkic States"] },
    ],
    events: [
      { ...talks, evidence: "The ministers of Armenia and Azerbaijan met in Almaty, with Kazakhstan mediating." },
    ],
    // A body speaks as one: its statement is SAID_BY the organisation.
    statements: [{ id: id("s3"), speakerId: f.ots, quote: "Dialogue is the only way" }],
  });
  await writeArticles(driver, {
    database,
    articles: [ru, en].map(({ record, facts }) => ({ article: record, facts })),
  });
  return f;
}

/** Deletes every node whose id starts with the fixture's prefix, and the event buckets keyed by them. */
export async function removeApiFixture(driver: Driver, prefix: string): Promise<void> {
  await removeTestData(driver, `${prefix}:`);
}
