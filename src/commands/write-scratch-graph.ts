import type { GoldArticle } from "../eval/gold-schema.js";
import type { ArticleFacts, ExtractionResources } from "../extract/types.js";
import { applyMigrations } from "../graph/apply-migrations.js";
import { connectDriver } from "../graph/connect-driver.js";
import { writeArticles } from "../graph/write-article-facts.js";
import { writeReferenceData } from "../graph/write-reference-data.js";
import { articleRecord } from "../ingest/article-record.js";
import type { Logger } from "../logger.js";
import { startScratchNeo4j } from "../neo4j/start-scratch-neo4j.js";

const DATABASE = "neo4j";

/**
 * Writes the extractions of annotated articles, in order, through the real writer into a
 * throw-away embedded Neo4j (never the configured one: scoring must not touch a user's data), and
 * returns per article the stored Event id of each extracted event, by index. An extracted event is
 * found again by the article's REPORTS link with its type and evidence offset (null when none has
 * them).
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
    await writeReferenceData(driver, { database: DATABASE, resources });
    const result = new Map<string, (string | null)[]>();
    for (const { article, facts } of extractions) {
      const { gold: _gold, genre: _genre, region: _region, ...input } = article;
      await writeArticles(driver, { database: DATABASE, articles: [{ article: articleRecord(input, facts), facts }] });
    }
    for (const { facts } of extractions) result.set(facts.article.id, await reportedEvents(driver, facts));
    return result;
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

async function reportedEvents(driver: Awaited<ReturnType<typeof connectDriver>>, facts: ArticleFacts): Promise<(string | null)[]> {
  const { records } = await driver.executeQuery(
    `MATCH (:Article {id: $id})-[r:REPORTS]->(event:Event)
     RETURN event.id AS id, event.type AS type, toInteger(r.evidenceStart) AS start`,
    { id: facts.article.id },
    { database: DATABASE },
  );
  const byPlace = new Map(records.map((record) => [`${record.get("type")}@${record.get("start")}`, record.get("id") as string]));
  return facts.events.map((event) => byPlace.get(`${event.type}@${event.evidence[0]?.start ?? 0}`) ?? null);
}
