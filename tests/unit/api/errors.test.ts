import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ApiError, createErrorFormatter, ErrorCode, internalErrorMessage } from "../../../src/api/errors.js";
import type { Logger } from "../../../src/logger.js";

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (message: string) => lines.push(message);
  return { lines, debug: push, info: push, warn: push, error: push };
}

const thrownBy = (error: Error) => new GraphQLError(error.message, { originalError: error, path: ["timeline"] });

describe("the error formatter", () => {
  it("sends a generic INTERNAL_SERVER_ERROR for an error that is not ours, and logs the real one", () => {
    const logger = recordingLogger();
    const format = createErrorFormatter({ development: false, logger });
    const cypher = new Neo4jError(
      "Invalid input 'MATCH (n:Secret)': expected ...",
      "Neo.ClientError.Statement.SyntaxError",
      "42001",
      "syntax",
    );
    const formatted = format(
      { message: cypher.message, path: ["timeline"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      thrownBy(cypher),
    );
    expect(formatted).toMatchObject({ message: internalErrorMessage, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(JSON.stringify(formatted)).not.toContain("Secret");
    expect(logger.lines.join("\n")).toContain(
      "Neo.ClientError.Statement.SyntaxError: Invalid input 'MATCH (n:Secret)'",
    );
  });

  it("keeps our own errors' code and message, also when a scalar threw them during validation", () => {
    const format = createErrorFormatter({ development: false, logger: recordingLogger() });
    const ours = new ApiError(
      ErrorCode.BAD_USER_INPUT,
      '"2025-02-30" is not a date; use a real date as YYYY-MM-DD (e.g. 2024-07-06).',
    );
    const formatted = format(
      {
        message: `Expected value of type "Date", found "2025-02-30"; ${ours.message}`,
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      },
      thrownBy(ours),
    );
    expect(formatted).toMatchObject({ message: ours.message, extensions: { code: "BAD_USER_INPUT" } });
  });

  it("maps the driver's unavailable, timeout and memory errors to codes a client can act on", () => {
    const format = createErrorFormatter({ development: false, logger: recordingLogger() });
    const codeFor = (error: Error) =>
      format({ message: error.message, extensions: {} }, thrownBy(error)).extensions?.code;
    expect(codeFor(new Neo4jError("refused", "ServiceUnavailable", "08000", ""))).toBe("DATABASE_UNAVAILABLE");
    expect(
      codeFor(
        new Neo4jError("slow", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "25N05", ""),
      ),
    ).toBe("QUERY_TIMEOUT");
    expect(codeFor(new Neo4jError("ended waiting", "Neo.ClientError.Transaction.LockClientStopped", "50N42", ""))).toBe(
      "QUERY_TIMEOUT",
    );
    expect(codeFor(new Neo4jError("big", "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "51N00", ""))).toBe(
      "QUERY_TOO_COMPLEX",
    );
  });
});
