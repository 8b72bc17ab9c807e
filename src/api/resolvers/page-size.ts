import { ApiError, ErrorCode } from "../errors.js";

/**
 * Checks a custom operation's `limit` against MAX_PAGE_SIZE and returns it: a page larger than the
 * maximum, or not positive, is refused with BAD_USER_INPUT rather than silently trimmed, so a
 * client never mistakes a cut-off page for the whole answer.
 */
export function pageSize(limit: number | null | undefined, fallback: number, maximum: number): number {
  const size = limit ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > maximum) {
    throw new ApiError(
      ErrorCode.BAD_USER_INPUT,
      `limit must be between 1 and ${maximum} (MAX_PAGE_SIZE); page through longer answers with offset.`,
      { argument: "limit", maximum },
    );
  }
  return size;
}

/** Checks `offset`: a whole number, zero or more. */
export function pageOffset(offset: number | null | undefined): number {
  const value = offset ?? 0;
  if (!Number.isInteger(value) || value < 0) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, "offset must be zero or a positive whole number.", {
      argument: "offset",
    });
  }
  return value;
}
