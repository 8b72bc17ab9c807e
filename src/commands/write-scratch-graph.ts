import { goldArticleInput, type GoldArticle } from "../eval/gold-schema.js";
import type { ArticleFacts, ExtractionResources } from "../extract/types.js";
import { applyMigrations } from "../graph/apply-migrations.js";
import { connectDriver } from "../graph/connect-driver.js";
import { articleSources, createIngestService } from "../ingest/ingest-service.js";
import type { Logger } from "../logger.js";
import { startScratchNeo4j } from "../neo4j/start-scratch-neo4j.js";

const DATABASE = "neo4j";

/**
 * Ingests annotated articles, in order, through the ingest service into a throw-away embedded
 * Neo4j (never the configured one: scoring must not touch a user's data), and returns per article
 * the stored Event id of each extracted event, by index. An extracted event is found again by the
 * article's REPORTS link with its type and evidence offset (null when none has them). Extraction
 * is deterministic, so the service's extraction gives the facts scored here; one transaction at a
 * time keeps the order, and so the stored ids, the same from run to run.
 */
export async function storedEventIds(
  extractions: ReadonlyArray<{ article: GoldArticle; facts: ArticleFacts }>,
  resources: ExtractionResources,
  logger: Logger,
): Promise<Map<string, (string | null)[]>> {
  const neo4j = await startScratchNeo4j({ purpose: "newsgraph-eval", pagecache: "128m", logger });
  const driver = await connectDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
  try {
    await applyMigrations(driver, { database: DATABASE, logger });
    const ingest = createIngestService({ driver, database: DATABASE, resources, logger });
    const inputs = extractions.map(({ article }) => ({ origin: article.id, article: goldArticleInput(article) }));
    const summary = await ingest.ingest(articleSources(inputs), { concurrency: 1 });
    for (const failure of summary.failures) logger.error(`${failure.origin}: ${failure.reason}`);
    const result = new Map<string, (string | null)[]>();
    for (const { facts } of extractions) result.set(facts.article.id, await reportedEvents(driver, facts));
    return result;
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

async function reportedEvents(
  driver: Awaited<ReturnType<typeof connectDriver>>,
  facts: ArticleFacts,
): Promise<(string | null)[]> {
  const { records } = await driver.executeQuery(
    `MATCH (:Article {id: $id})-[r:REPORTS]->(event:Event)
     RETURN event.id AS id, event.type AS type, toInteger(r.evidenceStart) AS start`,
    { id: facts.article.id },
    { database: DATABASE },
  );
  const byPlace = new Map(
    records.map((record) => [`${record.get("type")}@${record.get("start")}`, record.get("id") as string]),
  );
  return facts.events.map((event) => byPlace.get(`${event.type}@${event.evidence[0]?.start ?? 0}`) ?? null);
}
