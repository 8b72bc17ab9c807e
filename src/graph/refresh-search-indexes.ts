import type { Driver } from "neo4j-driver";

/**
 * Waits until the full-text indexes, which are refreshed in the background (migration 6), show
 * every write committed so far: called when an ingest run or an ingest mutation ends, so what it
 * wrote is searchable as soon as it returns.
 */
export async function refreshSearchIndexes(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()", {}, { database });
}
