/**
 * The custom operations of `schema/api.graphql` as the latency bench asks them, each beside the
 * hand-written Cypher its resolver runs (the floor), so the gap is the API's own cost.
 */
import neo4j from "neo4j-driver";
import { CO_MENTIONS } from "../src/api/resolvers/co-mentions.js";
import { LATEST_EVENTS, PROFILE } from "../src/api/resolvers/entity-profile.js";
import { EVENT_COUNT } from "../src/api/resolvers/event-count.js";
import { eventFilterParameters } from "../src/api/resolvers/event-filter.js";
import { SEARCH } from "../src/api/resolvers/search-entities.js";
import { statementsQuery } from "../src/api/resolvers/statements.js";
import { TIMELINE } from "../src/api/resolvers/timeline.js";
import { buildFullTextQuery } from "../src/api/search/full-text-query.js";
import { analyseSearch } from "../src/api/search/search-words.js";
import type { Morphology } from "../src/extract/types.js";
import type { LatencyOperation, RunCypher } from "./latency-operation.js";

export function customOperations(run: RunCypher, morphology: Morphology): LatencyOperation[] {
  const page = { limit: neo4j.int(20), offset: neo4j.int(0) };
  return [
    {
      name: "timeline",
      graphql: `query ($e: ID!) { timeline(entity: $e) { id type title date { value precision from to } place { name }
        participants { role entity { id name } } sourceCount sources { article { id title publishedAt } evidence }
        statements { quote speaker { name } } } }`,
      variables: (s) => ({ e: s.entity }),
      floor: (d, s) => run(d, TIMELINE, { ...eventFilterParameters(s.entity, {}), ...page }),
    },
    {
      name: "eventCount",
      graphql: `query ($e: ID!) { eventCount(entity: $e) }`,
      variables: (s) => ({ e: s.entity }),
      floor: (d, s) => run(d, EVENT_COUNT, eventFilterParameters(s.entity, {})),
    },
    {
      name: "statements",
      graphql: `query ($p: ID!) { statements(speaker: $p) { id quote speaker { name } about { name }
        article { id title publishedAt } event { title date { value } place { name } } } }`,
      variables: (s) => ({ p: s.speaker }),
      floor: (d, s) =>
        run(d, statementsQuery("speaker", false), {
          speaker: s.speaker,
          about: null,
          lucene: null,
          from: null,
          to: null,
          ...page,
        }),
    },
    {
      name: "statements (search, best match first)",
      graphql: `query ($q: String!) { statements(search: $q) { id quote speaker { name } article { id title publishedAt } } }`,
      // Words of the corpus's commonest quote: a large share of all statements match.
      variables: () => ({ q: "dialogue cooperation" }),
      floor: (d) =>
        run(d, statementsQuery("search", false), {
          lucene: buildFullTextQuery(analyseSearch("dialogue cooperation", morphology)),
          speaker: null,
          about: null,
          from: null,
          to: null,
          ...page,
        }),
    },
    {
      name: "searchEntities",
      graphql: `query ($q: String!) { searchEntities(query: $q) { id name type score } }`,
      variables: (s) => ({ q: s.name }),
      floor: (d, s) =>
        run(d, SEARCH, {
          lucene: buildFullTextQuery(analyseSearch(s.name, morphology)),
          types: null,
          limit: neo4j.int(10),
        }),
    },
    {
      name: "entity",
      graphql: `query ($e: ID!) { entity(id: $e) { name type aliases offices { title } articleCount statementCount firstSeen lastSeen
        coMentions(limit: 5) { entity { name } total } latestEvents(limit: 5) { title date { value } } } }`,
      variables: (s) => ({ e: s.entity }),
      floor: (d, s) =>
        Promise.all([
          run(d, PROFILE, { id: s.entity }),
          run(d, CO_MENTIONS, { entity: s.entity, limit: neo4j.int(5) }),
          run(d, LATEST_EVENTS, { id: s.entity, limit: neo4j.int(5) }),
        ]),
    },
  ];
}
