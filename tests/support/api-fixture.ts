import type { Driver } from "neo4j-driver";

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

/**
 * Writes a small graph in the shape src/graph/ writes (labels, properties, relationships of
 * docs/DESIGN.md): two articles about the Shusha summit and the Almaty talks, with their entities,
 * events and statements. Every id carries `prefix`, so a test file owns its data and removes only
 * that (`removeApiFixture`).
 */
export async function writeApiFixture(driver: Driver, database: string, prefix: string): Promise<ApiFixture> {
  const id = (name: string) => `${prefix}:${name}`;
  const fixture: ApiFixture = {
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
  await driver.executeQuery(
    FIXTURE,
    { ...fixture, ru: id("ru"), en: id("en"), s1: id("s1"), s2: id("s2") },
    { database },
  );
  return fixture;
}

/** Deletes every node whose id starts with the fixture's prefix. */
export async function removeApiFixture(driver: Driver, database: string, prefix: string): Promise<void> {
  await driver.executeQuery(
    "MATCH (n) WHERE (n:Entity OR n:Event OR n:Statement OR n:Article) AND n.id STARTS WITH $prefix DETACH DELETE n",
    { prefix: `${prefix}:` },
    { database },
  );
}

const entity = (variable: string, label: string, type: string, name: string, aliases: string[]) => {
  const list = JSON.stringify([name, ...aliases]);
  return `CREATE (${variable}:Entity:${label} {id: $${variable}, type: '${type}', name: '${name}', aliases: ${list}, aliasText: ${JSON.stringify([name, ...aliases].join(" "))}})`;
};

const FIXTURE = /* cypher */ `
${entity("tokayev", "Person", "PERSON", "Kassym-Jomart Tokayev", ["Касым-Жомарт Токаев", "Токаев", "Tokayev"])}
${entity("kazakhstan", "Country", "COUNTRY", "Kazakhstan", ["Казахстан"])}
${entity("azerbaijan", "Country", "COUNTRY", "Azerbaijan", ["Азербайджан"])}
${entity("armenia", "Country", "COUNTRY", "Armenia", ["Армения"])}
${entity("shusha", "City", "CITY", "Shusha", ["Шуша"])}
${entity("almaty", "City", "CITY", "Almaty", ["Алматы"])}
${entity("karabakh", "Region", "REGION", "Nagorno-Karabakh", ["Нагорный Карабах"])}
${entity("ots", "Organization", "ORGANIZATION", "Organization of Turkic States", ["Организация тюркских государств"])}
CREATE (tokayev)-[:HOLDS_OFFICE {title: 'President', from: date('2019-03-20')}]->(kazakhstan)
CREATE (shusha)-[:LOCATED_IN]->(azerbaijan)
CREATE (almaty)-[:LOCATED_IN]->(kazakhstan)
CREATE (ru:Article {id: $ru, title: 'Казахстан готов вновь предоставить площадку для переговоров', language: 'ru',
                    publishedAt: date('2024-07-06'), contentHash: 'h1', text: 'ru text'})
CREATE (en:Article {id: $en, title: 'Armenian and Azerbaijani ministers meet in Almaty', url: 'https://example.org/almaty',
                    source: 'example.org', language: 'en', publishedAt: date('2024-05-11'), contentHash: 'h2', text: 'en text'})
FOREACH (e IN [tokayev, kazakhstan, azerbaijan, armenia, shusha, karabakh, ots] |
  CREATE (ru)-[:MENTIONS {count: 1, starts: [0], ends: [1]}]->(e))
FOREACH (e IN [kazakhstan, azerbaijan, armenia, almaty] | CREATE (en)-[:MENTIONS {count: 1, starts: [0], ends: [1]}]->(e))
CREATE (summit:Event:Summit {id: $summit, type: 'SUMMIT', title: 'Informal summit of the Organization of Turkic States',
        dateValue: '2024-07-06', precision: 'DAY', dateFrom: date('2024-07-06'), dateTo: date('2024-07-06')})
CREATE (talks:Event:Negotiation {id: $talks, type: 'NEGOTIATION', title: 'Azerbaijan–Armenia talks in Almaty',
        dateValue: '2024-05', precision: 'MONTH', dateFrom: date('2024-05-01'), dateTo: date('2024-05-31')})
CREATE (war:Event:MilitaryConflict {id: $war, type: 'MILITARY_CONFLICT', title: 'Second Karabakh war',
        dateValue: '2020', precision: 'YEAR', dateFrom: date('2020-01-01'), dateTo: date('2020-12-31')})
CREATE (visit:Event:Visit {id: $visit, type: 'VISIT', title: 'Tokayev visits Baku and Yerevan'})
CREATE (summit)-[:LOCATED_IN]->(shusha)
CREATE (talks)-[:LOCATED_IN]->(almaty)
CREATE (war)-[:LOCATED_IN]->(karabakh)
CREATE (summit)-[:PARTICIPANT {role: 'HOST'}]->(ots)
CREATE (summit)-[:PARTICIPANT {role: 'SPEAKER'}]->(tokayev)
CREATE (summit)-[:PARTICIPANT {role: 'PARTICIPANT'}]->(kazakhstan)
CREATE (summit)-[:PARTICIPANT {role: 'HOST'}]->(azerbaijan)
CREATE (talks)-[:PARTICIPANT {role: 'MEDIATOR'}]->(kazakhstan)
CREATE (talks)-[:PARTICIPANT {role: 'PARTY'}]->(azerbaijan)
CREATE (talks)-[:PARTICIPANT {role: 'PARTY'}]->(armenia)
CREATE (war)-[:PARTICIPANT {role: 'PARTY'}]->(azerbaijan)
CREATE (war)-[:PARTICIPANT {role: 'PARTY'}]->(armenia)
CREATE (visit)-[:PARTICIPANT {role: 'PARTICIPANT'}]->(tokayev)
CREATE (visit)-[:PARTICIPANT {role: 'PARTY'}]->(azerbaijan)
CREATE (visit)-[:PARTICIPANT {role: 'PARTY'}]->(armenia)
CREATE (ru)-[:REPORTS {evidenceStart: 0, evidenceEnd: 10, evidenceText: 'Токаев выступил на саммите в Шуше.', dateText: 'в субботу'}]->(summit)
CREATE (ru)-[:REPORTS {evidenceStart: 11, evidenceEnd: 20, evidenceText: 'В мае при посредничестве Казахстана в Алматы прошли переговоры.', dateText: 'В мае'}]->(talks)
CREATE (en)-[:REPORTS {evidenceStart: 0, evidenceEnd: 30, evidenceText: 'The ministers met in Almaty, with Kazakhstan mediating.'}]->(talks)
CREATE (ru)-[:REPORTS {evidenceStart: 21, evidenceEnd: 30, evidenceText: 'Осенью 2020 года Азербайджан вернул часть территории.', dateText: 'Осенью 2020 года'}]->(war)
CREATE (ru)-[:REPORTS {evidenceStart: 31, evidenceEnd: 40, evidenceText: 'До этого Токаев посещал Баку и Ереван.', dateText: 'До этого'}]->(visit)
CREATE (s1:Statement {id: $s1, quote: 'Мы готовы предоставить свою площадку для мирных переговоров', language: 'ru', start: 100, end: 160})
CREATE (s2:Statement {id: $s2, quote: 'Наша сила в единстве', language: 'ru', start: 200, end: 220})
FOREACH (s IN [s1, s2] | CREATE (ru)-[:CONTAINS]->(s) CREATE (s)-[:SAID_BY]->(tokayev) CREATE (s)-[:MADE_AT]->(summit))
CREATE (s1)-[:ABOUT]->(azerbaijan)
CREATE (s1)-[:ABOUT]->(armenia)
`;
