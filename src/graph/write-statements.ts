import type { ManagedTransaction } from "neo4j-driver";
import type { StatementRow } from "./article-write-plan.js";
import { countMerge, noCounts, type CreatedMerged } from "./write-counts.js";

/**
 * Merges the article's statements with who said them (SAID_BY a Person), the event they were made
 * at (MADE_AT) and what they are about (ABOUT). Two statements: the nodes with CONTAINS, then their
 * links; a speaker or event the graph lacks is skipped rather than invented.
 */
export async function writeStatements(tx: ManagedTransaction, articleId: string, rows: readonly StatementRow[]): Promise<CreatedMerged> {
  if (rows.length === 0) return noCounts;
  const result = await tx.run(
    `MATCH (a:Article {id: $articleId})
     UNWIND $rows AS row
     MERGE (s:Statement {id: row.id})
     ON CREATE SET s.quote = row.quote, s.language = row.language, s.start = row.start, s.end = row.end
     MERGE (a)-[:CONTAINS]->(s)`,
    { articleId, rows },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (s:Statement {id: row.id})
     OPTIONAL MATCH (speaker:Person {id: row.speakerId})
     OPTIONAL MATCH (event:Event {id: row.eventId})
     FOREACH (p IN CASE WHEN speaker IS NULL THEN [] ELSE [speaker] END | MERGE (s)-[:SAID_BY]->(p))
     FOREACH (ev IN CASE WHEN event IS NULL THEN [] ELSE [event] END | MERGE (s)-[:MADE_AT]->(ev))
     WITH s, row
     UNWIND row.aboutIds AS aboutId
     MATCH (about:Entity {id: aboutId})
     MERGE (s)-[:ABOUT]->(about)`,
    { rows },
  );
  return countMerge(result, rows.length);
}
