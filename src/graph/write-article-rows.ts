import type { ManagedTransaction } from "neo4j-driver";
import type { PlannedArticle } from "./plan-event-writes.js";
import type { StoredEvent } from "./read-stored-articles.js";
import { writeEntitiesSubquery } from "./write-entities.js";
import { checkExpectedEvents, writeEventsSubquery } from "./write-events.js";
import { writeStatementsSubquery } from "./write-statements.js";

/** How many nodes of each kind the write statement created for one article. */
export interface WrittenRows {
  entitiesCreated: number;
  eventsCreated: number;
  statementsCreated: number;
}

/**
 * Writes a planned run of articles in one statement, one after another (each `CALL` sees what the
 * ones before it wrote): per article, the Article node's fields, its entities and MENTIONS, its
 * event writes (see plan-event-writes.ts) and its statements with their links. Every list travels
 * inside the one map parameter `$batch` (Cypher caches a plan per size class of each top-level list
 * parameter). Resolves with each article's counts, by article id.
 */
export async function writeArticleRows(
  tx: ManagedTransaction,
  articles: readonly PlannedArticle[],
  expected: readonly StoredEvent[],
): Promise<Map<string, WrittenRows>> {
  const result = await tx.run(
    `${checkExpectedEvents}
     UNWIND $batch.articles AS art
     CALL (art) {
       MATCH (a:Article {id: art.article.id})
       SET a.url = art.article.url, a.source = art.article.source, a.title = art.article.title, a.language = art.article.language,
           a.publishedAt = date(art.article.publishedAt), a.contentHash = art.article.contentHash, a.text = art.article.text
       WITH a, art
       ${writeEntitiesSubquery}
       ${writeEventsSubquery}
       ${writeStatementsSubquery}
       RETURN entitiesCreated, eventsCreated, statementsCreated
     }
     RETURN art.article.id AS id, entitiesCreated, eventsCreated, statementsCreated`,
    {
      batch: {
        expected: [...expected].sort((a, b) => a.id.localeCompare(b.id)),
        articles: articles.map(({ plan, events }) => ({
          article: plan.article,
          entities: plan.entities,
          events,
          statements: plan.statements,
        })),
      },
    },
  );
  return new Map(
    result.records.map((record) => [
      record.get("id") as string,
      {
        entitiesCreated: record.get("entitiesCreated"),
        eventsCreated: record.get("eventsCreated"),
        statementsCreated: record.get("statementsCreated"),
      },
    ]),
  );
}
