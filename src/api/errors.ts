import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import type { Logger } from "../logger.js";

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

/** Told to a client when something failed that is not its doing; the details go to the log. */
export const internalErrorMessage =
  "Something went wrong on the server; it is logged. Retry later, and report it if it persists.";

/**
 * The one boundary that turns whatever a resolver threw into an error a client can act on:
 * driver failures become DATABASE_UNAVAILABLE or QUERY_TIMEOUT; an error of ours (ApiError,
 * also when a scalar threw it during validation) keeps its code; Apollo's own request errors
 * (parse, validation, bad variables) keep theirs; anything else becomes INTERNAL_SERVER_ERROR
 * with a generic message, its text (a driver's or Cypher's) logged, never sent. Stack traces
 * leave the server only in development.
 */
export function createErrorFormatter(options: { development: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const mapped = mapDriverError(cause);
    const own = cause instanceof ApiError ? (cause.extensions.code as string) : undefined;
    const given = formatted.extensions?.code as string | undefined;
    const code =
      mapped?.code ??
      own ??
      (given && given !== ErrorCode.INTERNAL_SERVER_ERROR ? given : ErrorCode.INTERNAL_SERVER_ERROR);
    let message = mapped?.message ?? (own ? (cause as ApiError).message : formatted.message);
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
      options.logger.error(
        `internal error${formatted.path ? ` at ${formatted.path.join(".")}` : ""}: ${describe(cause)}`,
      );
      message = internalErrorMessage;
    } else if (mapped) {
      options.logger.warn(`${mapped.code}: ${describe(cause)}`);
    }
    const extensions: Record<string, unknown> = { ...formatted.extensions, code };
    if (!options.development) delete extensions.stacktrace;
    return { ...formatted, message, extensions };
  };
}

/**
 * What to tell the caller about an article that could not be ingested, not through their fault:
 * the driver's mapped error when it is one (the database is down, the write outran
 * QUERY_TIMEOUT_MS), else INTERNAL_SERVER_ERROR with `message`. The cause itself belongs in the
 * log, never in the answer.
 */
export function failureError(error: unknown, message: string): ApiError {
  const mapped = mapDriverError(error, writeTimeoutMessage);
  return new ApiError(mapped?.code ?? ErrorCode.INTERNAL_SERVER_ERROR, mapped?.message ?? message);
}

function describe(error: unknown): string {
  if (error instanceof Neo4jError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

const queryTimeoutMessage =
  "The query took longer than the server allows; narrow it (filters, smaller `first`) and retry.";
const writeTimeoutMessage =
  "Writing the article took longer than the server allows (QUERY_TIMEOUT_MS), so nothing of it was stored; send it again later, alone.";

function mapDriverError(
  thrown: unknown,
  timeoutMessage = queryTimeoutMessage,
): { code: ErrorCode; message: string } | null {
  // The ingest retry wraps the driver's last error (DatabaseUnavailableError) as its cause.
  const error = thrown instanceof Error && thrown.cause instanceof Neo4jError ? thrown.cause : thrown;
  if (!(error instanceof Neo4jError)) return null;
  if (error.code === "ServiceUnavailable" || error.code === "SessionExpired") {
    return {
      code: ErrorCode.DATABASE_UNAVAILABLE,
      message: "The database is unavailable right now; retry in a moment, and check GET /ready.",
    };
  }
  // A transaction the timeout ends while it waits for a lock fails with LockClientStopped.
  if (error.code.includes("TransactionTimedOut") || error.code.endsWith("LockClientStopped")) {
    return { code: ErrorCode.QUERY_TIMEOUT, message: timeoutMessage };
  }
  if (error.code.includes("MemoryPoolOutOfMemoryError") || error.code.includes("TransactionOutOfMemoryError")) {
    return {
      code: ErrorCode.QUERY_TOO_COMPLEX,
      message: "The query needed more memory than the server allows; ask for smaller pages or fewer nested lists.",
    };
  }
  return null;
}
