import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ArticleFacts } from "../extract/types.js";
import { planArticleWrite, type ArticleRecord, type ArticleWritePlan } from "./article-write-plan.js";
import { refreshEventBuckets } from "./event-buckets.js";
import { lockArticles } from "./lock-articles.js";
import { planSegment, type Segment, type SegmentArticle } from "./match-batch-events.js";
import { readStoredArticles, type StoredArticle } from "./read-stored-articles.js";
import { deleteOrphanEntities, removeArticleFacts } from "./remove-article-facts.js";
import { writeArticleRows, type WrittenRows } from "./write-article-rows.js";
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
 * the batch needs (lock-articles.ts); then one statement reads what the articles' writes decide
 * on, among it the stored events their events may be (read-stored-articles.ts), the event
 * matching is decided in pure code for as many articles as that read can tell
 * (match-batch-events.ts: usually all of them), and one statement writes those articles
 * (write-article-rows.ts); the rest, if any, are read again and written the same way. The
 * next read is sent right behind a write, without waiting for its answer: statements of one
 * transaction run in the order sent, so it still sees the write. Re-writing an article whose
 * content hash is stored under its id changes nothing. A changed version (same id, or same url
 * under another id) is written on its own: first what the old version said is removed, then the
 * new facts are written, then what became orphaned is deleted. Nodes are merged on constrained
 * ids and shared links are created only under the lock of their event or statement, so
 * concurrent writers cannot create duplicates; the driver's `executeWrite` retries deadlocks and
 * other transient failures.
 *
 * Several articles per statement and per transaction because much of the cost comes per
 * statement and per commit, not per row: with a read and a write per article, the database
 * waited on this process between the two for every article; the full-text indexes refresh their
 * Lucene readers once per commit (a fifth of the database's CPU at one article per commit).
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
      for (let rest = plans; rest.length > 0; ) {
        const segment = planSegment(rest, await readStoredArticles(tx, rest));
        const written = segment.replacing ? await replaceArticle(tx, segment.articles[0]!) : sendSegment(tx, segment);
        // A failed write may first surface in the next read; `Promise.all` reports it then.
        written.forEach((result) => result.catch(() => undefined));
        results.push(...written);
        rest = rest.slice(segment.length);
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

/** Sends the write of a segment's new articles without waiting for it; the promise of each article's result. */
function sendSegment(tx: ManagedTransaction, segment: Segment): Promise<ArticleWriteResult>[] {
  const writes = segment.articles.filter((article) => article.status !== "unchanged").map((article) => article.plan);
  const written = writes.length > 0 ? writeArticleRows(tx, writes) : Promise.resolve(new Map<string, WrittenRows>());
  return segment.articles.map((article) =>
    article.status === "unchanged" ? Promise.resolve(unchangedResult(article.plan, article.stored)) : written.then((rows) => resultOf(article.plan, "new", rows)),
  );
}

/**
 * Writes a changed version of a stored article: removes what its older versions said, writes its
 * facts, then recomputes the dates and buckets of the events other articles still report and
 * deletes the entities nothing references any more. Each step needs the answer of the one before.
 */
async function replaceArticle(tx: ManagedTransaction, article: SegmentArticle): Promise<Promise<ArticleWriteResult>[]> {
  const { plan, stored } = article;
  const removed = await removeArticleFacts(tx, plan.article.id, [plan.article.id, ...stored.olderIds]);
  const rows = await writeArticleRows(tx, [plan]);
  await refreshEventDates(tx, removed.sharedEventIds);
  await refreshEventBuckets(tx, removed.sharedEventIds);
  await deleteOrphanEntities(tx, removed.entityIds);
  return [Promise.resolve(resultOf(plan, "updated", rows))];
}

function unchangedResult(plan: ArticleWritePlan, stored: StoredArticle): ArticleWriteResult {
  return {
    articleId: plan.article.id,
    status: "unchanged",
    entities: noCounts,
    events: noCounts,
    statements: noCounts,
    entityIds: plan.entities.map((entity) => entity.id),
    eventIds: stored.reportedEventIds,
    statementIds: plan.statements.map((statement) => statement.id),
  };
}

function resultOf(plan: ArticleWritePlan, status: "new" | "updated", rows: ReadonlyMap<string, WrittenRows>): ArticleWriteResult {
  const { entitiesCreated, eventsCreated, statementsCreated } = rows.get(plan.article.id)!;
  const eventIds = [...new Set(plan.events.map((event) => event.id))];
  return {
    articleId: plan.article.id,
    status,
    entities: createdOf(entitiesCreated, plan.entities.length),
    events: createdOf(eventsCreated, eventIds.length),
    statements: createdOf(statementsCreated, plan.statements.length),
    entityIds: plan.entities.map((entity) => entity.id),
    eventIds,
    statementIds: plan.statements.map((statement) => statement.id),
  };
}

function createdOf(created: number, rows: number): CreatedMerged {
  return { created, merged: rows - created };
}
