import type { Resolvers } from "../generated/resolvers-types.js";
import { coMentions } from "./co-mentions.js";
import { connection } from "./connection.js";
import { entity, entityProfileFields } from "./entity-profile.js";
import { eventCount } from "./event-count.js";
import { eventHistogram } from "./event-histogram.js";
import { eventPlaces } from "./event-places.js";
import { ingestArticle, ingestArticles } from "./ingest-articles.js";
import { locationPrecision } from "./location-precision.js";
import { searchEntities } from "./search-entities.js";
import { statements } from "./statements.js";
import { timeline } from "./timeline.js";

/**
 * The custom operations' resolvers, merged into the schema @neo4j/graphql generates. Each
 * operation lives in a file of its own in this folder and is added here.
 */
export const resolvers: Resolvers = {
  Query: {
    timeline,
    eventCount,
    eventHistogram,
    eventPlaces,
    statements,
    searchEntities,
    entity,
    coMentions,
    connection,
  },
  EntityProfile: entityProfileFields,
  TimelineEntry: { locationPrecision },
  EventRef: { locationPrecision },
  Mutation: { ingestArticle, ingestArticles },
};
