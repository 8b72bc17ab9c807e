import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";

/** Every code an API error can carry in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  AMBIGUOUS_ENTITY = "AMBIGUOUS_ENTITY",
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  QUERY_TIMEOUT = "QUERY_TIMEOUT",
  QUERY_TOO_DEEP = "QUERY_TOO_DEEP",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** An error meant for the API's caller: a message saying what to do, and a code. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/**
 * The one boundary that turns whatever a resolver threw into an error a client can act on:
 * driver failures become DATABASE_UNAVAILABLE or QUERY_TIMEOUT, anything without a code becomes
 * INTERNAL_SERVER_ERROR, and stack traces leave the server only in development.
 */
export function createErrorFormatter(options: { development: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const mapped = mapDriverError(cause);
    const code = mapped?.code ?? (formatted.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
    const message = mapped?.message ?? formatted.message;
    const extensions: Record<string, unknown> = { ...formatted.extensions, code };
    if (!options.development) delete extensions.stacktrace;
    return { ...formatted, message, extensions };
  };
}

/**
 * What to tell the caller about a failure that is not theirs: the driver's mapped error when it is
 * one (the database is down, a timeout), else INTERNAL_SERVER_ERROR with `message`. The cause
 * itself belongs in the log, never in the answer.
 */
export function failureError(error: unknown, message: string): ApiError {
  const mapped = mapDriverError(error);
  return new ApiError(mapped?.code ?? ErrorCode.INTERNAL_SERVER_ERROR, mapped?.message ?? message);
}

function mapDriverError(error: unknown): { code: ErrorCode; message: string } | null {
  if (!(error instanceof Neo4jError)) return null;
  if (error.code === "ServiceUnavailable" || error.code === "SessionExpired") {
    return {
      code: ErrorCode.DATABASE_UNAVAILABLE,
      message: "The database is unavailable right now; retry in a moment, and check GET /ready.",
    };
  }
  if (error.code.includes("TransactionTimedOut") || error.code.includes("TransactionTimedOutClientConfiguration")) {
    return {
      code: ErrorCode.QUERY_TIMEOUT,
      message: "The query took longer than the server allows; narrow it (filters, smaller `first`) and retry.",
    };
  }
  return null;
}
