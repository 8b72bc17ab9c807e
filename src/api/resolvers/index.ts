import type { Resolvers } from "../generated/resolvers-types.js";

/**
 * The custom operations' resolvers, merged into the schema @neo4j/graphql generates. Each
 * operation lives in a file of its own in this folder and is added here.
 */
export const resolvers: Resolvers = {};
