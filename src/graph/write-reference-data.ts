import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ExtractionResources } from "../extract/types.js";
import { groupBy } from "../domain/group-by.js";
import { entityLabels } from "./graph-labels.js";
import { referenceDataRows, type ReferenceDataRows } from "./reference-data-rows.js";

/** Whether the gazetteer had to be written, and how many rows it has. */
export interface ReferenceDataResult {
  written: boolean;
  entities: number;
  placements: number;
  offices: number;
}

/**
 * Writes the gazetteer as reference data in one transaction: every known entity (marked
 * `reference`, so orphan clean-up never deletes it; places with their `latitude`/`longitude`,
 * countries with their `iso2` code), city/region -[:LOCATED_IN]-> country, and
 * person -[:HOLDS_OFFICE {title, from, to}]-> country or organization. The hash of what was written
 * is stored on a `:ReferenceData {name: "gazetteer"}` node and nothing is written while it is
 * unchanged, so every start-up can call this cheaply. A changed gazetteer replaces the stored
 * offices and placements wholesale; entities dropped from it lose their `reference` mark.
 */
export async function writeReferenceData(
  driver: Driver,
  options: { database: string; resources: Pick<ExtractionResources, "entities"> },
): Promise<ReferenceDataResult> {
  const rows = referenceDataRows(options.resources.entities.values());
  const counts = { entities: rows.entities.length, placements: rows.placements.length, offices: rows.offices.length };
  const session = driver.session({ database: options.database });
  try {
    const written = await session.executeWrite(async (tx) => {
      if ((await storedHash(tx)) === rows.hash) return false;
      await writeRows(tx, rows);
      return true;
    });
    return { written, ...counts };
  } finally {
    await session.close();
  }
}

async function storedHash(tx: ManagedTransaction): Promise<string | null> {
  // MERGE plus a property write takes the node's lock: two processes starting together queue here.
  const result = await tx.run(
    `MERGE (r:ReferenceData {name: 'gazetteer'}) SET r._LOCK_ = true REMOVE r._LOCK_ RETURN r.hash AS hash`,
  );
  return result.records[0]?.get("hash") ?? null;
}

async function writeRows(tx: ManagedTransaction, rows: ReferenceDataRows): Promise<void> {
  const ids = rows.entities.map((entity) => entity.id);
  await tx.run(`MATCH (e:Entity {reference: true}) WHERE NOT e.id IN $ids REMOVE e.reference`, { ids });
  for (const [type, group] of groupBy(rows.entities, (row) => row.type)) {
    await tx.run(
      `UNWIND $rows AS row
       MERGE (e:Entity {id: row.id})
       SET e:${entityLabels[type]}, e.type = row.type, e.name = row.name, e.wikidata = row.wikidata, e.reference = true,
           e.latitude = row.latitude, e.longitude = row.longitude, e.iso2 = row.iso2,
           e.aliases = coalesce(e.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(e.aliases, [])]
       SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)`,
      { rows: group },
    );
  }
  await tx.run(`MATCH (:Entity {reference: true})-[r:HOLDS_OFFICE]->() DELETE r`);
  await tx.run(`MATCH (:Entity {reference: true})-[r:LOCATED_IN]->(:Country) DELETE r`);
  await tx.run(
    `UNWIND $rows AS row
     MATCH (place:Entity {id: row.placeId}), (country:Country {id: row.countryId})
     MERGE (place)-[:LOCATED_IN]->(country)`,
    { rows: rows.placements },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (person:Person {id: row.personId}), (polity:Entity {id: row.polityId})
     CREATE (person)-[:HOLDS_OFFICE {title: row.title, from: date(row.from), to: date(row.to)}]->(polity)`,
    { rows: rows.offices },
  );
  await tx.run(`MATCH (r:ReferenceData {name: 'gazetteer'}) SET r.hash = $hash, r.writtenAt = datetime()`, {
    hash: rows.hash,
  });
}
