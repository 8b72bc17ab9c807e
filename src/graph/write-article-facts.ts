import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ArticleFacts } from "../extract/types.js";
import { planArticleWrite, type ArticleRecord, type ArticleWritePlan } from "./article-write-plan.js";
import { planEventWrites } from "./plan-event-writes.js";
import { readStoredArticles, type ArticleWriteStatus, type StoredArticle } from "./read-stored-articles.js";
import { deleteOrphanEntities, removeArticleFacts } from "./remove-article-facts.js";
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
 * Writes articles and their facts in ONE transaction, all or none, each as if alone after the ones
 * before it (see README). A batch whose read went stale is planned again. `timeoutMs` bounds each
 * transaction: Neo4j terminates it, and nothing of it stays.
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

async function writePlans(tx: ManagedTransaction, plans: readonly ArticleWritePlan[]): Promise<ArticleWriteResult[]> {
  const results: ArticleWriteResult[] = [];
  while (results.length < plans.length) {
    const run = distinctRun(plans.slice(results.length));
    const read = await readStoredArticles(tx, run, results.length === 0 ? plans : []);
    const replacing = read.findIndex((stored) => stored.status === "updated");
    if (replacing === 0) results.push(await replaceArticle(tx, run[0]!, read[0]!.olderIds));
    else results.push(...(await writeRun(tx, replacing < 0 ? run : run.slice(0, replacing), read)));
  }
  return results;
}

/** The longest run from the start with no article whose id or url an earlier one has (that one is then its stored version). */
function distinctRun(plans: readonly ArticleWritePlan[]): ArticleWritePlan[] {
  const seen = new Set<string>();
  const end = plans.findIndex(({ article }) => {
    const keys = [article.id, ...(article.url ? [`url:${article.url}`] : [])];
    if (keys.some((key) => seen.has(key))) return true;
    keys.forEach((key) => seen.add(key));
    return false;
  });
  return end < 0 ? [...plans] : plans.slice(0, end);
}

/** Plans and writes a run of articles, answering unchanged ones from the read. */
async function writeRun(tx: ManagedTransaction, run: readonly ArticleWritePlan[], read: readonly StoredArticle[]) {
  const planned = planEventWrites(run, read);
  const rows = planned.articles.filter((article) => article !== null);
  const written = rows.length > 0 ? await writeArticleRows(tx, rows, planned.expected) : new Map();
  return run.map((plan, i): ArticleWriteResult => {
    const changed = planned.articles[i];
    const counts = written.get(plan.article.id) ?? { entities: noCounts, events: noCounts, statements: noCounts };
    return {
      articleId: plan.article.id,
      status: read[i]!.status,
      ...counts,
      entityIds: plan.entities.map((entity) => entity.id),
      eventIds: changed ? changed.events.map((event) => event.id) : read[i]!.reportedEventIds,
      statementIds: plan.statements.map((statement) => statement.id),
    };
  });
}

/** Writes a changed version of a stored article over what its older versions said, then deletes the entities left unnamed. */
async function replaceArticle(tx: ManagedTransaction, plan: ArticleWritePlan, olderIds: string[]) {
  const entityIds = await removeArticleFacts(tx, plan.article.id, [plan.article.id, ...olderIds]);
  const [result] = await writeRun(tx, [plan], await readStoredArticles(tx, [plan]));
  await deleteOrphanEntities(tx, entityIds);
  return { ...result!, status: "updated" as const };
}
