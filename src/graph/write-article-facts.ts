import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ArticleFacts } from "../extract/types.js";
import { planArticleWrite, withEventIds, type ArticleRecord, type ArticleWritePlan } from "./article-write-plan.js";
import { findEventCandidates } from "./find-event-candidates.js";
import { matchEvent } from "./match-events.js";
import { deleteOrphanEntities, removeArticleFacts, type RemovedFacts } from "./remove-article-facts.js";
import { noCounts, type CreatedMerged } from "./write-counts.js";
import { writeEntities, writeMentions } from "./write-entities.js";
import { lockEventTypes, refreshEventDates, writeEvents } from "./write-events.js";
import { writeStatements } from "./write-statements.js";

/** Whether the article was new, a changed version of a stored one, or already stored as it is. */
export type ArticleWriteStatus = "new" | "updated" | "unchanged";

/** What writing one article did. Ids are the stored ones (an event merged into another has that one's id). */
export interface ArticleWriteResult {
  articleId: string;
  status: ArticleWriteStatus;
  entities: CreatedMerged;
  events: CreatedMerged;
  statements: CreatedMerged;
  entityIds: string[];
  eventIds: string[];
  statementIds: string[];
}

/**
 * Writes one article and its facts in ONE transaction: either all of it is stored or none of it.
 * Re-writing an article whose content hash is stored under its id changes nothing. A changed
 * version (same id, or same url under another id) first removes what the old version said, then
 * writes the new facts, then deletes what became orphaned. Every statement is a batched
 * `UNWIND … MERGE` on constrained ids, so concurrent writers cannot create duplicates, and the
 * driver's `executeWrite` retries deadlocks and other transient failures.
 */
export async function writeArticleFacts(
  driver: Driver,
  options: { database: string; article: ArticleRecord; facts: ArticleFacts },
): Promise<ArticleWriteResult> {
  const plan = planArticleWrite(options.article, options.facts);
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite((tx) => writePlan(tx, plan));
  } finally {
    await session.close();
  }
}

async function writePlan(tx: ManagedTransaction, initial: ArticleWritePlan): Promise<ArticleWriteResult> {
  const { previousHash, olderIds } = await lockArticle(tx, initial.article);
  const ids = {
    entityIds: initial.entities.map((entity) => entity.id),
    statementIds: initial.statements.map((statement) => statement.id),
  };
  if (previousHash === initial.article.contentHash && olderIds.length === 0) {
    const eventIds = await reportedEventIds(tx, initial.article.id);
    return { articleId: initial.article.id, status: "unchanged", entities: noCounts, events: noCounts, statements: noCounts, eventIds, ...ids };
  }
  const replacing = previousHash !== null || olderIds.length > 0;
  const removed: RemovedFacts = replacing
    ? await removeArticleFacts(tx, initial.article.id, [initial.article.id, ...olderIds])
    : { sharedEventIds: [], entityIds: [] };
  await writeArticleNode(tx, initial.article);
  const entities = await writeEntities(tx, initial.entities);
  await writeMentions(tx, initial.article.id, initial.mentions);
  await lockEventTypes(tx, initial.events);
  const plan = withEventIds(initial, await canonicalEventIds(tx, initial));
  const events = await writeEvents(tx, plan.article.id, plan.events);
  await refreshEventDates(tx, [...plan.events.map((event) => event.id), ...removed.sharedEventIds]);
  const statements = await writeStatements(tx, plan.article.id, plan.statements);
  await deleteOrphanEntities(tx, removed.entityIds);
  return {
    articleId: plan.article.id,
    status: replacing ? "updated" : "new",
    entities,
    events,
    statements,
    eventIds: [...new Set(plan.events.map((event) => event.id))],
    ...ids,
  };
}

/**
 * Takes the article's write lock before reading its stored hash, so two writers of one article
 * queue instead of both deciding it is new. Also finds older versions stored under the same url.
 */
async function lockArticle(tx: ManagedTransaction, article: ArticleRecord): Promise<{ previousHash: string | null; olderIds: string[] }> {
  const result = await tx.run(
    `MERGE (a:Article {id: $id})
     SET a._LOCK_ = true
     REMOVE a._LOCK_
     WITH a
     OPTIONAL MATCH (older:Article {url: $url}) WHERE $url IS NOT NULL AND older.id <> $id
     RETURN a.contentHash AS previousHash, collect(older.id) AS olderIds`,
    { id: article.id, url: article.url },
  );
  const record = result.records[0]!;
  return { previousHash: record.get("previousHash") ?? null, olderIds: record.get("olderIds") };
}

async function writeArticleNode(tx: ManagedTransaction, article: ArticleRecord): Promise<void> {
  await tx.run(
    `MATCH (a:Article {id: $article.id})
     SET a.url = $article.url, a.source = $article.source, a.title = $article.title, a.language = $article.language,
         a.publishedAt = date($article.publishedAt), a.contentHash = $article.contentHash, a.text = $article.text`,
    { article },
  );
}

/** Maps each event of the plan to the stored event it is (its own id when it is new). */
async function canonicalEventIds(tx: ManagedTransaction, plan: ArticleWritePlan): Promise<Map<string, string>> {
  if (plan.events.length === 0) return new Map();
  const { candidates, places } = await findEventCandidates(tx, plan.events);
  const canonical = new Map<string, string>();
  for (const event of plan.events) {
    const match = matchEvent(
      { id: event.id, date: { from: event.dateFrom, to: event.dateTo }, place: event.locationId ? (places.get(event.locationId) ?? null) : null },
      candidates.get(event.id) ?? [],
    );
    if (match) canonical.set(event.id, match);
  }
  return canonical;
}

async function reportedEventIds(tx: ManagedTransaction, articleId: string): Promise<string[]> {
  const result = await tx.run(`MATCH (:Article {id: $articleId})-[:REPORTS]->(ev:Event) RETURN collect(ev.id) AS ids`, { articleId });
  return result.records[0]?.get("ids") ?? [];
}
