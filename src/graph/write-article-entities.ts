import type { ManagedTransaction } from "neo4j-driver";
import type { ArticleWritePlan } from "./article-write-plan.js";
import { lockEventMatchKeysSubquery } from "./event-match-keys.js";
import { candidateQueryRows, candidatesByEvent, findEventCandidatesSubquery } from "./find-event-candidates.js";
import type { EventCandidate } from "./match-events.js";
import { writeEntitiesSubquery, writeMentionsSubquery } from "./write-entities.js";

/** What the second round trip wrote and read. */
export interface WrittenEntities {
  entitiesCreated: number;
  /** Per event id of the plan, the stored events it may be (see `matchEvent`). */
  candidates: Map<string, EventCandidate[]>;
}

/**
 * The second round trip of an article's write, one statement: the Article node's fields, the
 * entities and MENTIONS, then the event-matching locks (`matchKeys`, see event-match-keys.ts) and,
 * under them, the stored events each of the article's events may be. The locks are taken before
 * the read so that a concurrent writer of the same real-world event either committed before this
 * read (and is seen) or waits until this transaction commits (and then sees this one).
 */
export async function writeArticleEntities(tx: ManagedTransaction, plan: ArticleWritePlan, matchKeys: readonly string[]): Promise<WrittenEntities> {
  const { article } = plan;
  const result = await tx.run(
    `MATCH (a:Article {id: $article.id})
     SET a.url = $article.url, a.source = $article.source, a.title = $article.title, a.language = $article.language,
         a.publishedAt = date($article.publishedAt), a.contentHash = $article.contentHash, a.text = $article.text
     WITH a
     ${writeEntitiesSubquery}
     ${writeMentionsSubquery}
     ${lockEventMatchKeysSubquery}
     ${findEventCandidatesSubquery}
     RETURN entitiesCreated, candidates`,
    {
      article,
      batch: {
        entities: plan.entities,
        mentions: plan.mentions,
        matchKeys: [...matchKeys],
        candidateRows: candidateQueryRows(plan.events),
      },
    },
  );
  const record = result.records[0]!;
  return { entitiesCreated: record.get("entitiesCreated"), candidates: candidatesByEvent(record.get("candidates")) };
}
