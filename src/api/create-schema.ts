import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Resolvers } from "./generated/resolvers-types.js";

/**
 * The executable schema: @neo4j/graphql generates the reads from the SDL, and the custom
 * operations' resolvers are merged in.
 */
export async function createSchema(options: {
  typeDefs: string[];
  /** Absent only when printing the schema. */
  driver?: Driver;
  resolvers?: Resolvers;
}): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: options.typeDefs,
    driver: options.driver,
    resolvers: options.resolvers ?? {},
  });
  return neoSchema.getSchema();
}
