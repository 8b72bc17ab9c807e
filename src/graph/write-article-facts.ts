import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ArticleFacts } from "../extract/types.js";
import { planArticleWrite, type ArticleRecord, type ArticleWritePlan } from "./article-write-plan.js";
import { lockArticles } from "./lock-articles.js";
import { planEventWrites } from "./plan-event-writes.js";
import { readStoredArticles, type ArticleWriteStatus, type StoredArticles } from "./read-stored-articles.js";
import { deleteOrphanEntities, refreshEvents, removeArticleFacts } from "./remove-article-facts.js";
import { staleEventMessage, writeArticleRows, type WrittenCounts } from "./write-article-rows.js";
import { noCounts } from "./write-counts.js";

/** What writing one article did. Ids are the stored ones (an event merged into another has that one's id). */
export interface ArticleWriteResult extends WrittenCounts {
  articleId: string;
  status: ArticleWriteStatus;
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
 * Writes articles and their facts in ONE transaction: all of them are stored or none. Each article
 * is written as if alone, in order, so a later one sees what an earlier one wrote: the locks first
 * (lock-articles.ts), then per run of articles one read, a pure plan and one write, the next read
 * sent right behind the write (statements of one transaction run in the order sent). An article
 * stored with the same content hash changes nothing; a changed version is written on its own
 * (`replaceArticle`). A stored event changed by a concurrent writer between the read and the write
 * fails the write statement, and the batch is planned again. `timeoutMs` bounds each transaction:
 * Neo4j terminates it, and nothing of it stays.
 */
export async function writeArticles(
  driver: Driver,
  options: { database: string; articles: readonly ArticleWrite[]; timeoutMs?: number },
): Promise<ArticleWriteResult[]> {
  const plans = options.articles.map(({ article, facts }) => planArticleWrite(article, facts));
  for (let attempt = 1; ; attempt += 1) {
    const session = driver.session({ database: options.database });
    try {
      return await session.executeWrite((tx) => writePlans(tx, plans), { timeout: options.timeoutMs });
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
    const replacing = read.articles.findIndex((stored) => stored.status === "updated");
    const written =
      replacing === 0
        ? [replaceArticle(tx, run[0]!, read)]
        : writeRun(tx, replacing < 0 ? run : run.slice(0, replacing), read);
    // A failed write may first surface in the next read; `Promise.all` reports it then.
    written.forEach((result) => result.catch(() => undefined));
    results.push(...written);
    if (replacing === 0) await written[0];
    rest = rest.slice(written.length);
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

/** Plans and sends the write of a run of articles, answering unchanged ones from the read; the promise of each result. */
function writeRun(
  tx: ManagedTransaction,
  run: readonly ArticleWritePlan[],
  read: StoredArticles,
): Promise<ArticleWriteResult>[] {
  const planned = planEventWrites(run, read);
  const rows = planned.articles.filter((article) => article !== null);
  const written = rows.length > 0 ? writeArticleRows(tx, rows, planned.expected) : Promise.resolve(new Map());
  return run.map(async (plan, i) => {
    const { status, reportedEventIds } = read.articles[i]!;
    const changed = planned.articles[i];
    const counts = changed
      ? (await written).get(plan.article.id)!
      : { entities: noCounts, events: noCounts, statements: noCounts };
    return {
      articleId: plan.article.id,
      status,
      ...counts,
      entityIds: plan.entities.map((entity) => entity.id),
      eventIds: changed ? changed.events.map((event) => event.id) : reportedEventIds,
      statementIds: plan.statements.map((statement) => statement.id),
    };
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
  read: StoredArticles,
): Promise<ArticleWriteResult> {
  const removed = await removeArticleFacts(tx, plan.article.id, [plan.article.id, ...read.articles[0]!.olderIds]);
  await refreshEvents(tx, removed.sharedEvents);
  const reread = await readStoredArticles(tx, [plan]);
  const [result] = writeRun(tx, [plan], { ...reread, articles: [{ ...reread.articles[0]!, status: "updated" }] });
  await deleteOrphanEntities(tx, removed.entityIds);
  return result!;
}
