import type { ManagedTransaction } from "neo4j-driver";
import type { ArticleWritePlan } from "./article-write-plan.js";
import { refreshEventBucketsSubquery } from "./event-buckets.js";
import { eventWriteRows, writeEventLinksSubquery, writeEventsSubquery } from "./write-events.js";
import { writeStatementsSubquery } from "./write-statements.js";

/** How many events and statements the third round trip created. */
export interface WrittenEvents {
  eventsCreated: number;
  statementsCreated: number;
}

/**
 * The third round trip of an article's write, one statement: its events (renamed to the stored
 * events they matched) with REPORTS, PARTICIPANT and LOCATED_IN, then its statements with their
 * links. The events are re-linked to their candidate buckets (event-buckets.ts) once their
 * participants and dates are written. Everything is a batched `UNWIND` inside `CALL` subqueries; nothing is written per row
 * from JavaScript.
 */
export async function writeArticleEvents(tx: ManagedTransaction, plan: ArticleWritePlan): Promise<WrittenEvents> {
  const rows = eventWriteRows(plan.events);
  const result = await tx.run(
    `MATCH (a:Article {id: $articleId})
     ${writeEventsSubquery}
     ${writeEventLinksSubquery}
     ${refreshEventBucketsSubquery}
     ${writeStatementsSubquery}
     RETURN eventsCreated, statementsCreated`,
    {
      articleId: plan.article.id,
      batch: { ...rows, bucketEventIds: rows.events.map((event) => event.id), statements: plan.statements },
    },
  );
  const record = result.records[0]!;
  return { eventsCreated: record.get("eventsCreated"), statementsCreated: record.get("statementsCreated") };
}
