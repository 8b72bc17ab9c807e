import type { Config } from "../../config.js";
import { ApiError, ErrorCode } from "../errors.js";
import { tokenVerifierFor, type VerifiedToken } from "./token-verifier.js";

/** Roles that may write to the graph. */
export const writerRoles: readonly string[] = ["writer", "admin"];

/**
 * Verifies the request's bearer token and that its roles allow writing; returns who it is.
 * Missing, malformed, expired or wrongly signed tokens are UNAUTHENTICATED; a valid token without
 * a writer role is FORBIDDEN. Each message says what to do next.
 */
export async function requireWriter(context: { token?: string; config: Config }): Promise<VerifiedToken> {
  const verify = tokenVerifierFor(context.config.auth);
  if (!verify) {
    throw new ApiError(
      ErrorCode.UNAUTHENTICATED,
      "Mutations are disabled on this server: set JWT_SECRET or JWKS_URL and restart it.",
    );
  }
  if (!context.token) {
    throw new ApiError(
      ErrorCode.UNAUTHENTICATED,
      "This mutation needs a token: send `Authorization: Bearer <token>` (mint a development one with `npm run kg -- token --roles writer`).",
    );
  }
  let verified: VerifiedToken;
  try {
    verified = await verify(context.token);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError(
      ErrorCode.UNAUTHENTICATED,
      `The bearer token was rejected (${reason}); send a valid, unexpired token.`,
    );
  }
  if (!verified.roles.some((role) => writerRoles.includes(role))) {
    throw new ApiError(
      ErrorCode.FORBIDDEN,
      `This token's roles (${verified.roles.join(", ") || "none"}) do not allow writing; it needs one of: ${writerRoles.join(", ")}.`,
    );
  }
  return verified;
}
