/**
 * The versioned schema of the graph. Each migration is a list of idempotent schema statements
 * (`IF NOT EXISTS`); a `:Migration {version}` node records what has been applied, so start-up
 * applies only what is new, and two processes starting together both succeed.
 *
 * Append new migrations; never edit one that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

const entityLabels = ["Person", "Country", "City", "Region", "Organization"];

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "uniqueness constraints on every id",
    statements: [
      "CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE",
      "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
      "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
      "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE",
      "CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE",
      // The generated GraphQL reads match on the concrete label (`MATCH (this:Person)`), so each
      // entity label gets its own id index besides the Entity-wide uniqueness constraint.
      ...entityLabels.map((label) => `CREATE INDEX ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) ON (n.id)`),
    ],
  },
  {
    version: 2,
    name: "indexes for the fields queries filter and sort on",
    statements: [
      "CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)",
      "CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url)",
      "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
      "CREATE INDEX event_date_from IF NOT EXISTS FOR (e:Event) ON (e.dateFrom)",
      "CREATE INDEX event_date_to IF NOT EXISTS FOR (e:Event) ON (e.dateTo)",
      "CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)",
    ],
  },
  {
    version: 3,
    name: "full-text indexes over names and aliases, quotes and titles",
    statements: [
      // `aliasText` is every alias joined into one string: full-text indexes read string properties.
      "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]" +
        " OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
      "CREATE FULLTEXT INDEX statement_quotes IF NOT EXISTS FOR (s:Statement) ON EACH [s.quote]",
      "CREATE FULLTEXT INDEX article_titles IF NOT EXISTS FOR (a:Article) ON EACH [a.title]",
    ],
  },
  {
    version: 4,
    name: "ingestion bookkeeping: event-matching locks and the reference-data hash",
    statements: [
      // Unique so that concurrent writers MERGE one lock node per key (see `eventMatchKeys` in event-buckets.ts).
      "CREATE CONSTRAINT event_match_key IF NOT EXISTS FOR (l:EventMatchKey) REQUIRE l.key IS UNIQUE",
      "CREATE CONSTRAINT reference_data_name IF NOT EXISTS FOR (r:ReferenceData) REQUIRE r.name IS UNIQUE",
    ],
  },
  {
    version: 5,
    name: "event buckets: candidate events by type, participant and month or year",
    statements: [
      // Unique so that concurrent writers MERGE one bucket per key, and seeks by key or prefix are index-backed (see event-buckets.ts).
      "CREATE CONSTRAINT event_bucket_key IF NOT EXISTS FOR (b:EventBucket) REQUIRE b.key IS UNIQUE",
      // Links the events already stored to their buckets, as writes do from now on (idempotent).
      `MATCH (ev:Event)
       WITH ev,
            CASE WHEN ev.dateFrom IS NULL OR ev.dateTo IS NULL THEN ['undated']
                 WHEN ev.dateFrom.year = ev.dateTo.year AND ev.dateFrom.month = ev.dateTo.month THEN [left(toString(ev.dateFrom), 7)]
                 WHEN ev.dateTo.year - ev.dateFrom.year + 1 > 3 THEN ['wide']
                 ELSE [y IN range(ev.dateFrom.year, ev.dateTo.year) | toString(y)] END AS scopes,
            COLLECT { MATCH (ev)-[:PARTICIPANT]->(p:Entity) RETURN DISTINCT p.id } AS participantIds
       UNWIND reduce(keys = [], id IN participantIds | keys + [scope IN scopes | ev.type + '|' + id + '|' + scope]) AS key
       MERGE (bucket:EventBucket {key: key})
       MERGE (bucket)-[:HOLDS]->(ev)`,
    ],
  },
  {
    version: 6,
    name: "full-text indexes refreshed in the background, not in every commit",
    statements: [
      // A full-text index kept consistent refreshes its Lucene reader in every commit and merges
      // the tiny segments that leaves: a third of the database's CPU in a bench ingest. Eventually
      // consistent, updates are applied and refreshed in batches; ingestion waits for the refresh
      // at the end of each run (refresh-search-indexes.ts), so what a run wrote is searchable when
      // it returns.
      "DROP INDEX entity_names IF EXISTS",
      "DROP INDEX statement_quotes IF EXISTS",
      "DROP INDEX article_titles IF EXISTS",
      "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]" +
        " OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: true } }",
      "CREATE FULLTEXT INDEX statement_quotes IF NOT EXISTS FOR (s:Statement) ON EACH [s.quote]" +
        " OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } }",
      "CREATE FULLTEXT INDEX article_titles IF NOT EXISTS FOR (a:Article) ON EACH [a.title]" +
        " OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } }",
    ],
  },
  {
    version: 7,
    name: "quote offsets per article on CONTAINS",
    statements: [
      // A statement quoted by several articles kept only the first one's offsets. Where the quote
      // occurs in an article's stored text, its first occurrence gives that article's offsets;
      // otherwise the node's are the best known. Cypher counts code points where offsets count
      // UTF-16 units, so a character beyond the BMP (an emoji) before the quote puts it one early
      // (on the seed corpus: 67 of 70 links exact). Re-ingesting the article writes exact ones.
      `MATCH (a:Article)-[c:CONTAINS]->(s:Statement) WHERE c.start IS NULL
       WITH c, s, CASE WHEN a.text CONTAINS s.quote THEN size(split(a.text, s.quote)[0]) ELSE s.start END AS start
       SET c.start = start, c.end = start + (s.end - s.start)`,
    ],
  },
  {
    version: 8,
    name: "place ids kept on each event",
    statements: [
      // The cross-article candidate read compares places; expanding LOCATED_IN walked each
      // candidate event's whole relationship chain (write-article-rows.ts keeps `placeIds` from now on).
      `MATCH (ev:Event) WHERE ev.placeIds IS NULL
       SET ev.placeIds = COLLECT { MATCH (ev)-[:LOCATED_IN]->(place:Entity) RETURN place.id }`,
    ],
  },
  {
    version: 9,
    name: "participant keys kept on each event",
    statements: [
      // The write plan decides an event's links and buckets from its whole state, read with it
      // (plan-event-writes.ts); `participantKeys` ("entityId|role") is that state's participants.
      `MATCH (ev:Event) WHERE ev.participantKeys IS NULL
       SET ev.participantKeys = COLLECT { MATCH (ev)-[r:PARTICIPANT]->(e:Entity) RETURN e.id + '|' + r.role }`,
    ],
  },
  {
    version: 10,
    name: "index on the language of articles",
    statements: [
      // The generated `articlesConnection(where: { language: … }) { totalCount }` counts from it
      // instead of reading every article.
      "CREATE INDEX article_language IF NOT EXISTS FOR (a:Article) ON (a.language)",
    ],
  },
];
