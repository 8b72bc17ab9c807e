import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ArticleFacts } from "../extract/types.js";
import { planArticleWrite, withEventIds, type ArticleRecord, type ArticleWritePlan } from "./article-write-plan.js";
import { refreshEventBuckets } from "./event-buckets.js";
import { lockArticle } from "./lock-article.js";
import { matchEvent, type EventCandidate, type EventPlace } from "./match-events.js";
import { deleteOrphanEntities, removeArticleFacts, type RemovedFacts } from "./remove-article-facts.js";
import { writeArticleRows } from "./write-article-rows.js";
import { noCounts, type CreatedMerged } from "./write-counts.js";
import { refreshEventDates } from "./write-events.js";

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
 * Two round trips for a new article: lock it and read what the write decides on, among it the
 * stored events its events may be (lock-article.ts); then write everything in one statement
 * (write-article-rows.ts). The event matching between the two is pure (match-events.ts).
 * Re-writing an article whose content hash is stored under its id changes nothing and costs one
 * round trip. A changed version (same id, or same url under another id) first removes what the old
 * version said, then writes the new facts, then deletes what became orphaned. Nodes are merged on constrained ids and shared
 * links are created only under the lock of their event or statement, so concurrent writers cannot
 * create duplicates; the driver's `executeWrite` retries deadlocks and other transient failures.
 *
 * Every list a statement unwinds travels inside one map parameter, `$batch`: Cypher caches a plan
 * per size class (none, one, a few, tens, hundreds) of each top-level list parameter, so with the
 * lists passed on their own the event statement alone was planned over forty times, about a fifth
 * of the database's CPU during a bench ingest.
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
  const locked = await lockArticle(tx, initial.article, initial.events);
  const ids = {
    entityIds: initial.entities.map((entity) => entity.id),
    statementIds: initial.statements.map((statement) => statement.id),
  };
  if (locked.previousHash === initial.article.contentHash && locked.olderIds.length === 0) {
    return { articleId: initial.article.id, status: "unchanged", entities: noCounts, events: noCounts, statements: noCounts, eventIds: locked.reportedEventIds, ...ids };
  }
  const replacing = locked.previousHash !== null || locked.olderIds.length > 0;
  const removed: RemovedFacts = replacing
    ? await removeArticleFacts(tx, initial.article.id, [initial.article.id, ...locked.olderIds])
    : { sharedEventIds: [], entityIds: [] };
  const plan = withEventIds(initial, canonicalEventIds(initial, locked.candidates, locked.places));
  const { entitiesCreated, eventsCreated, statementsCreated } = await writeArticleRows(tx, plan);
  await refreshEventDates(tx, removed.sharedEventIds);
  await refreshEventBuckets(tx, removed.sharedEventIds);
  await deleteOrphanEntities(tx, removed.entityIds);
  const eventIds = [...new Set(plan.events.map((event) => event.id))];
  return {
    articleId: plan.article.id,
    status: replacing ? "updated" : "new",
    entities: createdOf(entitiesCreated, plan.entities.length),
    events: createdOf(eventsCreated, eventIds.length),
    statements: createdOf(statementsCreated, plan.statements.length),
    eventIds,
    ...ids,
  };
}

/** Maps each event of the plan to the stored event it is (its own id when it is new). */
function canonicalEventIds(
  plan: ArticleWritePlan,
  candidates: ReadonlyMap<string, EventCandidate[]>,
  places: ReadonlyMap<string, EventPlace>,
): Map<string, string> {
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

function createdOf(created: number, rows: number): CreatedMerged {
  return { created, merged: rows - created };
}
