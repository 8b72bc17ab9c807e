import type { Driver } from "neo4j-driver";
import type { Logger } from "../logger.js";
import { migrations as allMigrations, type Migration } from "./migrations.js";

/**
 * Brings the database schema up to the newest migration and waits until its indexes are online,
 * so that the first query after start-up never sees a half-built full-text index.
 * Returns the versions it applied (empty when the database was already current).
 */
export async function applyMigrations(
  driver: Driver,
  options: { database: string; logger: Logger; migrations?: readonly Migration[] },
): Promise<number[]> {
  const { database, logger, migrations = allMigrations } = options;
  const applied = await appliedVersions(driver, database);
  const pending = migrations.filter((migration) => !applied.has(migration.version));
  for (const migration of pending) {
    // Schema statements cannot share a transaction with data writes: each runs on its own.
    for (const statement of migration.statements) await driver.executeQuery(statement, {}, { database });
    await driver.executeQuery(
      "MERGE (m:Migration {version: $version}) ON CREATE SET m.name = $name, m.appliedAt = datetime()",
      { version: migration.version, name: migration.name },
      { database },
    );
    logger.info(`migration ${migration.version} applied: ${migration.name}`);
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  return pending.map((migration) => migration.version);
}

/** True when every migration has been applied: what `/ready` reports. */
export async function isMigrated(driver: Driver, database: string): Promise<boolean> {
  const applied = await appliedVersions(driver, database);
  return allMigrations.every((migration) => applied.has(migration.version));
}

async function appliedVersions(driver: Driver, database: string): Promise<Set<number>> {
  const { records } = await driver.executeQuery("MATCH (m:Migration) RETURN m.version AS version", {}, { database });
  return new Set(records.map((record) => Number(record.get("version"))));
}
