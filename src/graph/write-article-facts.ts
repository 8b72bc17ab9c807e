import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ArticleFacts } from "../extract/types.js";
import { planArticleWrite, type ArticleRecord, type ArticleWritePlan } from "./article-write-plan.js";
import { lockArticles } from "./lock-articles.js";
import { planEventWrites } from "./plan-event-writes.js";
import { readStoredArticles, type StoredArticle, type StoredArticles } from "./read-stored-articles.js";
import { deleteOrphanEntities, refreshEvents, removeArticleFacts } from "./remove-article-facts.js";
import { writeArticleRows } from "./write-article-rows.js";
import { noCounts, type CreatedMerged } from "./write-counts.js";
import { staleEventMessage } from "./write-events.js";

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

/** How often a batch is planned again when a stored event changed between its read and its write. */
const maxStaleAttempts = 5;

/**
 * Writes articles and their facts in ONE transaction: either all of them are stored or none.
 * Each article is written as if alone, in order, so a later one sees what an earlier one wrote
 * (the same event reported twice in a batch is one event). The first statement takes every lock
 * the batch needs (lock-articles.ts); then, per run of articles, one statement reads what their
 * writes decide on, the stored events their events may be with their whole state among it
 * (read-stored-articles.ts), pure code decides every write (plan-event-writes.ts), and one
 * statement applies it (write-article-rows.ts). The next read is sent right behind a write,
 * without waiting for its answer: statements of one transaction run in the order sent.
 * Re-writing an article whose content hash is stored under its id changes nothing. A changed
 * version (same id, or same url under another id) is written on its own: what the old version said
 * is removed, the events it shared are brought in line with what is left, then the new facts are
 * written and what became orphaned is deleted. The driver's `executeWrite` retries deadlocks and
 * other transient failures; a stored event changed by a concurrent writer between the read and the
 * write fails the write statement, and the batch is planned again.
 */
export async function writeArticles(
  driver: Driver,
  options: { database: string; articles: readonly ArticleWrite[] },
): Promise<ArticleWriteResult[]> {
  const plans = options.articles.map(({ article, facts }) => planArticleWrite(article, facts));
  for (let attempt = 1; ; attempt += 1) {
    const session = driver.session({ database: options.database });
    try {
      return await session.executeWrite((tx) => writePlans(tx, plans));
    } catch (error) {
      if (attempt >= maxStaleAttempts || !String((error as Error).message).includes(staleEventMessage)) throw error;
    } finally {
      await session.close();
    }
  }
}

/** Writes one article and its facts in one transaction (see `writeArticles`). */
export async function writeArticleFacts(
  driver: Driver,
  options: { database: string } & ArticleWrite,
): Promise<ArticleWriteResult> {
  const [result] = await writeArticles(driver, { database: options.database, articles: [options] });
  return result!;
}

async function writePlans(tx: ManagedTransaction, plans: readonly ArticleWritePlan[]): Promise<ArticleWriteResult[]> {
  await lockArticles(tx, plans);
  const results: Promise<ArticleWriteResult>[] = [];
  for (let rest = plans; rest.length > 0;) {
    const run = distinctRun(rest);
    const read = await readStoredArticles(tx, run);
    const replacing = run.findIndex((plan, i) => statusOf(plan, read.articles[i]!) === "updated");
    if (replacing === 0) {
      results.push(Promise.resolve(await replaceArticle(tx, run[0]!, read.articles[0]!)));
      rest = rest.slice(1);
      continue;
    }
    const length = replacing < 0 ? run.length : replacing;
    const written = writeRun(tx, run.slice(0, length), read, "new");
    // A failed write may first surface in the next read; `Promise.all` reports it then.
    written.forEach((result) => result.catch(() => undefined));
    results.push(...written);
    rest = rest.slice(length);
  }
  return Promise.all(results);
}

/** The longest run from the start with no article whose id or url an earlier one of the run has (that one is then its stored version). */
function distinctRun(plans: readonly ArticleWritePlan[]): ArticleWritePlan[] {
  const seen = new Set<string>();
  const run: ArticleWritePlan[] = [];
  for (const plan of plans) {
    const keys = [plan.article.id, ...(plan.article.url ? [`url:${plan.article.url}`] : [])];
    if (keys.some((key) => seen.has(key))) break;
    keys.forEach((key) => seen.add(key));
    run.push(plan);
  }
  return run;
}

/** New, a changed version of a stored article (same id or url, other content), or stored as it is. */
function statusOf(plan: ArticleWritePlan, stored: StoredArticle): ArticleWriteStatus {
  if (stored.previousHash === plan.article.contentHash && stored.olderIds.length === 0) return "unchanged";
  return stored.previousHash !== null || stored.olderIds.length > 0 ? "updated" : "new";
}

/**
 * Plans and sends the write of a run of articles that are new (or, for `replaceArticle`, one
 * whose old version is gone), answering unchanged ones from the read; the promise of each result.
 */
function writeRun(
  tx: ManagedTransaction,
  run: readonly ArticleWritePlan[],
  read: StoredArticles,
  status: "new" | "updated",
): Promise<ArticleWriteResult>[] {
  const changed = run.flatMap((plan, i) => (statusOf(plan, read.articles[i]!) === "unchanged" ? [] : [i]));
  const planned = planEventWrites(
    changed.map((i) => run[i]!),
    { ...read, articles: changed.map((i) => read.articles[i]!) },
  );
  const written =
    planned.articles.length > 0 ? writeArticleRows(tx, planned.articles, planned.expected) : Promise.resolve(new Map());
  return run.map((plan, i) => {
    const at = changed.indexOf(i);
    if (at < 0) return Promise.resolve(unchangedResult(plan, read.articles[i]!));
    const renamed = planned.articles[at]!.plan;
    return written.then((rows) => resultOf(renamed, status, rows.get(plan.article.id)!));
  });
}

/**
 * Writes a changed version of a stored article: removes what its older versions said, brings the
 * events they shared with other articles in line with what is left, writes its facts against the
 * store as it now is, and deletes the entities nothing references any more. Each step needs the
 * answer of the one before.
 */
async function replaceArticle(
  tx: ManagedTransaction,
  plan: ArticleWritePlan,
  stored: StoredArticle,
): Promise<ArticleWriteResult> {
  const removed = await removeArticleFacts(tx, plan.article.id, [plan.article.id, ...stored.olderIds]);
  await refreshEvents(tx, removed.sharedEventIds);
  const [result] = writeRun(tx, [plan], await readStoredArticles(tx, [plan]), "updated");
  await deleteOrphanEntities(tx, removed.entityIds);
  return result!;
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

function resultOf(
  plan: ArticleWritePlan,
  status: "new" | "updated",
  rows: { entitiesCreated: number; eventsCreated: number; statementsCreated: number },
): ArticleWriteResult {
  const eventIds = [...new Set(plan.events.map((event) => event.id))];
  return {
    articleId: plan.article.id,
    status,
    entities: createdOf(rows.entitiesCreated, plan.entities.length),
    events: createdOf(rows.eventsCreated, eventIds.length),
    statements: createdOf(rows.statementsCreated, plan.statements.length),
    entityIds: plan.entities.map((entity) => entity.id),
    eventIds,
    statementIds: plan.statements.map((statement) => statement.id),
  };
}

function createdOf(created: number, rows: number): CreatedMerged {
  return { created, merged: rows - created };
}
