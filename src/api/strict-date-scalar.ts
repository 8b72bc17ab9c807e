import { GraphQLScalarType, Kind, type GraphQLSchema } from "graphql";
import { isCalendarDate } from "../domain/calendar-date.js";
import { ApiError, ErrorCode } from "./errors.js";

/**
 * Makes the schema's `Date` scalar refuse what is not a real ISO date with BAD_USER_INPUT, in
 * variables and in literals alike. @neo4j/graphql's own scalar hands the text to JavaScript's
 * `Date`, which rolls 2025-02-30 over to March 2 and takes "2025-2-3"; in a literal it checks
 * nothing, and the failure surfaced as an internal error. The library's parsing still runs after
 * the check, so the value reaching Cypher is the one it expects.
 */
export function makeDateScalarStrict(schema: GraphQLSchema): void {
  const scalar = schema.getType("Date");
  if (!(scalar instanceof GraphQLScalarType)) return;
  const { parseValue, parseLiteral } = scalar;
  const check = (value: unknown) => {
    if (typeof value === "string" && !isCalendarDate(value)) {
      throw new ApiError(
        ErrorCode.BAD_USER_INPUT,
        `"${value}" is not a date; use a real date as YYYY-MM-DD (e.g. 2024-07-06).`,
      );
    }
  };
  // The scalar object is the library's; replacing its two parse functions is the one way in.
  Object.assign(scalar, {
    parseValue: (value: unknown) => {
      check(value);
      return parseValue.call(scalar, value);
    },
    parseLiteral: (node: Parameters<typeof parseLiteral>[0], variables?: Parameters<typeof parseLiteral>[1]) => {
      if (node.kind !== Kind.STRING)
        throw new ApiError(ErrorCode.BAD_USER_INPUT, 'A Date is a string as YYYY-MM-DD (e.g. "2024-07-06").');
      check(node.value);
      return parseLiteral.call(scalar, node, variables);
    },
  });
}
