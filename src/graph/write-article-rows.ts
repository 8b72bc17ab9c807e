import type { ManagedTransaction } from "neo4j-driver";
import type { ArticleWritePlan } from "./article-write-plan.js";
import { refreshEventBucketsSubquery } from "./event-buckets.js";
import { writeEntitiesSubquery } from "./write-entities.js";
import { eventWriteRows, writeEventsSubquery } from "./write-events.js";
import { writeStatementsSubquery } from "./write-statements.js";

/** How many nodes of each kind the write statement created for one article. */
export interface WrittenRows {
  entitiesCreated: number;
  eventsCreated: number;
  statementsCreated: number;
}

/**
 * Writes articles in one statement, one after another (each `CALL` sees what the ones before it
 * wrote): per article, the Article node's fields, its entities and MENTIONS, its events (renamed
 * to the stored events they matched) with REPORTS, PARTICIPANT, LOCATED_IN and event buckets, and
 * its statements with their links. Everything is a batched `UNWIND` inside `CALL` subqueries
 * (`art` is the article's row); nothing is written per row from JavaScript. Resolves with each
 * article's counts, by article id.
 */
export async function writeArticleRows(tx: ManagedTransaction, plans: readonly ArticleWritePlan[]): Promise<Map<string, WrittenRows>> {
  const result = await tx.run(
    `UNWIND $batch.articles AS art
     CALL (art) {
       MATCH (a:Article {id: art.article.id})
       SET a.url = art.article.url, a.source = art.article.source, a.title = art.article.title, a.language = art.article.language,
           a.publishedAt = date(art.article.publishedAt), a.contentHash = art.article.contentHash, a.text = art.article.text
       WITH a, art
       ${writeEntitiesSubquery}
       ${writeEventsSubquery}
       ${refreshEventBucketsSubquery}
       ${writeStatementsSubquery}
       RETURN entitiesCreated, eventsCreated, statementsCreated
     }
     RETURN art.article.id AS id, entitiesCreated, eventsCreated, statementsCreated`,
    {
      batch: {
        articles: plans.map((plan) => ({ article: plan.article, entities: plan.entities, events: eventWriteRows(plan.events), statements: plan.statements })),
      },
    },
  );
  return new Map(
    result.records.map((record) => [
      record.get("id") as string,
      { entitiesCreated: record.get("entitiesCreated"), eventsCreated: record.get("eventsCreated"), statementsCreated: record.get("statementsCreated") },
    ]),
  );
}
