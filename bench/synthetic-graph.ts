/**
 * Writes a synthetic news graph straight into Neo4j, in the shape src/graph/ writes (docs/DESIGN.md's
 * labels, properties and relationships), for measuring reads at sizes the extraction pipeline
 * cannot reach quickly on a small machine. Entities are the gazetteer's (about 1,000, with their
 * English and Russian names as aliases), chosen with a skew so a few are "hot" as real countries
 * are; each article names 6–10 of them, reports 1–3 events (a third of them events already
 * reported by an earlier article) and carries 0–2 statements. Deterministic for a given seed.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { eventTypes } from "../src/extract/types.js";
import { loadNames, seededRandom } from "./generate-corpus.js";

const LABELS: Record<string, string> = {
  PERSON: "Person",
  COUNTRY: "Country",
  CITY: "City",
  REGION: "Region",
  ORGANIZATION: "Organization",
};
const ROLES = ["HOST", "PARTY", "MEDIATOR", "PARTICIPANT"];
const BATCH = 1000;

interface PoolEntity {
  id: string;
  type: string;
  en: string;
}

/** A graph being grown: call `grow(total)` to bring it to `total` articles. */
export interface SyntheticGraph {
  grow(total: number): Promise<void>;
}

/** Writes the entities once and returns a writer that adds articles up to a requested total. */
export async function createSyntheticGraph(
  driver: Driver,
  options: { database: string; seedDir: string; seed: number },
): Promise<SyntheticGraph> {
  const { database } = options;
  const pool: PoolEntity[] = [];
  for (const [type, names] of loadNames(options.seedDir)) {
    const rows = names.map((name, i) => ({
      id: `syn:${type.toLowerCase()}:${i}`,
      type,
      name: name.en,
      aliases: [name.en, name.ru],
    }));
    await driver.executeQuery(
      `UNWIND $rows AS row CREATE (e:Entity:${LABELS[type]} {id: row.id, type: row.type, name: row.name, aliases: row.aliases,
         aliasText: reduce(s = '', a IN row.aliases | s + ' ' + a)})`,
      { rows },
      { database },
    );
    pool.push(...rows.map((row) => ({ id: row.id, type, en: row.name })));
  }
  const random = seededRandom(options.seed);
  const people = pool.filter((entity) => entity.type === "PERSON");
  const places = pool.filter((entity) => entity.type === "CITY" || entity.type === "COUNTRY");
  // Squaring a uniform number skews picks towards the start of the list: a few entities get most mentions.
  const pick = <T>(list: readonly T[]) => list[Math.floor(list.length * random() ** 2)]!;
  const recentEvents: string[] = [];
  let written = 0;
  return {
    async grow(total) {
      while (written < total) {
        const rows = [];
        for (let i = 0; i < Math.min(BATCH, total - written); i++) rows.push(articleRow(written + i));
        await driver.executeQuery(WRITE_ARTICLES, { rows }, { database });
        written += rows.length;
      }
    },
  };

  function articleRow(n: number) {
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const mentioned = [...new Set(Array.from({ length: 6 + Math.floor(random() * 5) }, () => pick(pool)))];
    const events = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => eventRow(n, k, day, mentioned));
    const speaker = pick(people);
    const statements = Array.from({ length: Math.floor(random() * 3) }, (_, k) => ({
      id: `syn:statement:${n}:${k}`,
      quote: `We are ready to continue the dialogue with ${mentioned[0]!.en} and to deepen cooperation on trade and security`,
      speakerId: speaker.id,
      eventId: events[0]!.id,
      aboutIds: mentioned.slice(0, 2).map((entity) => entity.id),
    }));
    return {
      id: `syn:article:${n}`,
      title: `${mentioned[0]!.en} and ${mentioned[1]?.en ?? "partners"} talks`,
      language: n % 2 ? "ru" : "en",
      publishedAt: day,
      mentions: [...mentioned, speaker].map((e) => e.id),
      events,
      statements,
    };
  }

  function eventRow(n: number, k: number, day: string, mentioned: PoolEntity[]) {
    if (recentEvents.length > 50 && random() < 1 / 3) {
      return {
        id: recentEvents[Math.floor(random() * recentEvents.length)]!,
        isNew: false,
        evidence: "As reported earlier.",
      };
    }
    const id = `syn:event:${n}:${k}`;
    recentEvents.push(id);
    if (recentEvents.length > 500) recentEvents.shift();
    const type = eventTypes[Math.floor(random() * eventTypes.length)]!;
    const participants = mentioned
      .slice(0, 2 + Math.floor(random() * 3))
      .map((entity) => ({ id: entity.id, role: ROLES[Math.floor(random() * ROLES.length)]! }));
    return {
      id,
      isNew: true,
      type,
      title: `${type.toLowerCase()} of ${participants.map((p) => p.id).join(", ")}`,
      day,
      placeId: pick(places).id,
      participants,
      evidence: `The ${type.toLowerCase()} took place on ${day}.`,
    };
  }
}

const WRITE_ARTICLES = /* cypher */ `
UNWIND $rows AS row
CREATE (a:Article {id: row.id, title: row.title, language: row.language, publishedAt: date(row.publishedAt), contentHash: row.id, text: ''})
WITH a, row
CALL (a, row) {
  UNWIND row.mentions AS entityId
  MATCH (e:Entity {id: entityId})
  CREATE (a)-[:MENTIONS {count: 1, starts: [0], ends: [1]}]->(e)
}
CALL (a, row) {
  UNWIND row.events AS ev
  MERGE (x:Event {id: ev.id})
  ON CREATE SET x.type = ev.type, x.title = ev.title, x.dateValue = ev.day, x.precision = 'DAY',
                x.dateFrom = date(ev.day), x.dateTo = date(ev.day)
  CREATE (a)-[:REPORTS {evidenceStart: 0, evidenceEnd: 1, evidenceText: ev.evidence}]->(x)
  WITH x, ev WHERE ev.isNew
  CALL (x, ev) {
    UNWIND ev.participants AS p
    MATCH (e:Entity {id: p.id})
    CREATE (x)-[:PARTICIPANT {role: p.role}]->(e)
  }
  CALL (x, ev) {
    MATCH (place:Entity {id: ev.placeId})
    CREATE (x)-[:LOCATED_IN]->(place)
  }
}
CALL (a, row) {
  UNWIND row.statements AS st
  CREATE (s:Statement {id: st.id, quote: st.quote, language: 'en', start: 0, end: 1})
  CREATE (a)-[:CONTAINS]->(s)
  WITH s, st
  MATCH (speaker:Person {id: st.speakerId})
  MATCH (event:Event {id: st.eventId})
  CREATE (s)-[:SAID_BY]->(speaker)
  CREATE (s)-[:MADE_AT]->(event)
  WITH s, st
  UNWIND st.aboutIds AS aboutId
  MATCH (about:Entity {id: aboutId})
  CREATE (s)-[:ABOUT]->(about)
}`;

/** Articles, events and statements in the graph, for the report. */
export async function countGraph(
  driver: Driver,
  database: string,
): Promise<{ articles: number; events: number; statements: number }> {
  const { records } = await driver.executeQuery(
    "RETURN COUNT { (:Article) } AS articles, COUNT { (:Event) } AS events, COUNT { (:Statement) } AS statements",
    {},
    { database },
  );
  const value = (key: string) => neo4j.integer.toNumber(records[0]!.get(key));
  return { articles: value("articles"), events: value("events"), statements: value("statements") };
}
