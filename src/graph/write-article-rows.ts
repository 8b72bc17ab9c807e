import type { ManagedTransaction } from "neo4j-driver";
import type { ArticleWritePlan } from "./article-write-plan.js";
import { refreshEventBucketsSubquery } from "./event-buckets.js";
import { writeEntitiesSubquery } from "./write-entities.js";
import { eventWriteRows, writeEventsSubquery } from "./write-events.js";
import { writeStatementsSubquery } from "./write-statements.js";

/** How many nodes of each kind the write statement created. */
export interface WrittenRows {
  entitiesCreated: number;
  eventsCreated: number;
  statementsCreated: number;
}

/**
 * The second round trip of an article's write, one statement: the Article node's fields, its
 * entities and MENTIONS, its events (renamed to the stored events they matched) with REPORTS,
 * PARTICIPANT, LOCATED_IN and event buckets, and its
 * statements with their links. Everything is a batched `UNWIND` inside `CALL` subqueries; nothing
 * is written per row from JavaScript.
 */
export async function writeArticleRows(tx: ManagedTransaction, plan: ArticleWritePlan): Promise<WrittenRows> {
  const { article } = plan;
  const result = await tx.run(
    `MATCH (a:Article {id: $article.id})
     SET a.url = $article.url, a.source = $article.source, a.title = $article.title, a.language = $article.language,
         a.publishedAt = date($article.publishedAt), a.contentHash = $article.contentHash, a.text = $article.text
     WITH a
     ${writeEntitiesSubquery}
     ${writeEventsSubquery}
     ${refreshEventBucketsSubquery}
     ${writeStatementsSubquery}
     RETURN entitiesCreated, eventsCreated, statementsCreated`,
    { article, batch: { entities: plan.entities, events: eventWriteRows(plan.events), statements: plan.statements } },
  );
  const record = result.records[0]!;
  return {
    entitiesCreated: record.get("entitiesCreated"),
    eventsCreated: record.get("eventsCreated"),
    statementsCreated: record.get("statementsCreated"),
  };
}
