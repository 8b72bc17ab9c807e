import { Neo4jGraphQL } from "@neo4j/graphql";
import type { IResolvers } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";

/**
 * The executable schema: @neo4j/graphql generates the reads from the SDL, and the custom
 * operations' resolvers are merged in.
 */
export async function createSchema(options: {
  typeDefs: string[];
  /** Absent only when printing the schema. */
  driver?: Driver;
  resolvers?: IResolvers;
}): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: options.typeDefs,
    driver: options.driver,
    resolvers: options.resolvers ?? {},
  });
  return neoSchema.getSchema();
}
