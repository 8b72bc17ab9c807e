import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Resolvers } from "./generated/resolvers-types.js";
import { makeDateScalarStrict } from "./strict-date-scalar.js";

/**
 * The executable schema: @neo4j/graphql generates the reads from the SDL, the custom
 * operations' resolvers are merged in, and `Date` refuses impossible dates.
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
  const schema = await neoSchema.getSchema();
  makeDateScalarStrict(schema);
  return schema;
}
