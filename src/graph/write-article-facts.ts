import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ArticleFacts } from "../extract/types.js";
import { planArticleWrite, withEventIds, type ArticleRecord, type ArticleWritePlan } from "./article-write-plan.js";
import { refreshEventBuckets } from "./event-buckets.js";
import { lockArticles } from "./lock-articles.js";
import { matchEvent, type EventCandidate, type EventPlace } from "./match-events.js";
import { readStoredArticle } from "./read-stored-article.js";
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

/** One article to write: its record and the facts extracted from it. */
export interface ArticleWrite {
  article: ArticleRecord;
  facts: ArticleFacts;
}

/**
 * Writes articles and their facts in ONE transaction: either all of them are stored or none.
 * Each article is written as if alone, in order, so a later one sees what an earlier one wrote
 * (the same event reported twice in a batch is one event). The first statement takes every lock
 * the batch needs (lock-articles.ts); then two round trips per article: read what its write
 * decides on, among it the stored events its events may be (read-stored-article.ts), and write
 * everything in one statement (write-article-rows.ts). The event matching between the two is pure
 * (match-events.ts). The next article's read is sent right behind the write, without waiting for
 * its answer: statements of one transaction run in the order sent, so it still sees the write. Re-writing an article whose content hash is stored under its id changes
 * nothing. A changed version (same id, or same url under another id) first removes what the old
 * version said, then writes the new facts, then deletes what became orphaned. Nodes are merged on
 * constrained ids and shared links are created only under the lock of their event or statement,
 * so concurrent writers cannot create duplicates; the driver's `executeWrite` retries deadlocks
 * and other transient failures.
 *
 * Several articles per transaction because some costs come per commit, not per row: the
 * full-text indexes refresh their Lucene readers once per commit (a fifth of the database's CPU
 * at one article per commit), and so do the commit's own bookkeeping and lock release.
 *
 * Every list a statement unwinds travels inside one map parameter, `$batch`: Cypher caches a plan
 * per size class (none, one, a few, tens, hundreds) of each top-level list parameter, so with the
 * lists passed on their own the event statement alone was planned over forty times, about a fifth
 * of the database's CPU during a bench ingest.
 */
export async function writeArticles(
  driver: Driver,
  options: { database: string; articles: readonly ArticleWrite[] },
): Promise<ArticleWriteResult[]> {
  const plans = options.articles.map(({ article, facts }) => planArticleWrite(article, facts));
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite(async (tx) => {
      await lockArticles(tx, plans);
      const results: Promise<ArticleWriteResult>[] = [];
      for (const plan of plans) {
        const { result } = await sendArticle(tx, plan);
        // A failed write may first surface in the next article's read; `Promise.all` reports it then.
        result.catch(() => undefined);
        results.push(result);
      }
      return Promise.all(results);
    });
  } finally {
    await session.close();
  }
}

/** Writes one article and its facts in one transaction (see `writeArticles`). */
export async function writeArticleFacts(driver: Driver, options: { database: string } & ArticleWrite): Promise<ArticleWriteResult> {
  const [result] = await writeArticles(driver, { database: options.database, articles: [options] });
  return result!;
}

/**
 * Reads what one article's write decides on and sends the write. Resolves once the write is sent,
 * with the promise of its result (wrapped, or awaiting it would wait for the write). A replaced
 * version's clean-up needs answers in between, so that rarer path is awaited step by step.
 */
async function sendArticle(tx: ManagedTransaction, initial: ArticleWritePlan): Promise<{ result: Promise<ArticleWriteResult> }> {
  const stored = await readStoredArticle(tx, initial.article, initial.events);
  const ids = {
    entityIds: initial.entities.map((entity) => entity.id),
    statementIds: initial.statements.map((statement) => statement.id),
  };
  if (stored.previousHash === initial.article.contentHash && stored.olderIds.length === 0) {
    const unchanged = { articleId: initial.article.id, status: "unchanged" as const, entities: noCounts, events: noCounts, statements: noCounts };
    return { result: Promise.resolve({ ...unchanged, eventIds: stored.reportedEventIds, ...ids }) };
  }
  const replacing = stored.previousHash !== null || stored.olderIds.length > 0;
  const removed: RemovedFacts = replacing
    ? await removeArticleFacts(tx, initial.article.id, [initial.article.id, ...stored.olderIds])
    : { sharedEventIds: [], entityIds: [] };
  const plan = withEventIds(initial, canonicalEventIds(initial, stored.candidates, stored.places));
  const written = writeArticleRows(tx, plan);
  if (replacing) {
    await written;
    await refreshEventDates(tx, removed.sharedEventIds);
    await refreshEventBuckets(tx, removed.sharedEventIds);
    await deleteOrphanEntities(tx, removed.entityIds);
  }
  const eventIds = [...new Set(plan.events.map((event) => event.id))];
  const result = written.then(({ entitiesCreated, eventsCreated, statementsCreated }) => ({
    articleId: plan.article.id,
    status: replacing ? ("updated" as const) : ("new" as const),
    entities: createdOf(entitiesCreated, plan.entities.length),
    events: createdOf(eventsCreated, eventIds.length),
    statements: createdOf(statementsCreated, plan.statements.length),
    eventIds,
    ...ids,
  }));
  return { result };
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
