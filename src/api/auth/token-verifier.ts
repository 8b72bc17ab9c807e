import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions } from "jose";
import type { Config } from "../../config.js";

/** Who a verified token speaks for. */
export interface VerifiedToken {
  subject: string | null;
  roles: string[];
}

/** Checks a bearer token's signature, expiry and, when configured, issuer and audience; rejects when any is wrong. */
export type TokenVerifier = (token: string) => Promise<VerifiedToken>;

const verifiers = new WeakMap<Config["auth"], TokenVerifier | null>();

/**
 * The verifier the configuration asks for: HS256 with JWT_SECRET, or the keys published at
 * JWKS_URL (fetched once and cached by jose). Null when neither is set: mutations are then refused.
 * Memoised per configuration so the JWKS cache survives across requests.
 */
export function tokenVerifierFor(auth: Config["auth"]): TokenVerifier | null {
  if (!verifiers.has(auth)) verifiers.set(auth, createVerifier(auth));
  return verifiers.get(auth)!;
}

function createVerifier(auth: Config["auth"]): TokenVerifier | null {
  // A token without `exp` would be valid forever once leaked: it is refused.
  const claims: JWTVerifyOptions = {
    requiredClaims: ["exp"],
    ...(auth.issuer ? { issuer: auth.issuer } : {}),
    ...(auth.audience ? { audience: auth.audience } : {}),
  };
  if (auth.jwtSecret) {
    const secret = new TextEncoder().encode(auth.jwtSecret);
    return async (token) => toVerified((await jwtVerify(token, secret, { ...claims, algorithms: ["HS256"] })).payload);
  }
  if (auth.jwksUrl) {
    const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(auth.jwksUrl));
    return async (token) => toVerified((await jwtVerify(token, keys, claims)).payload);
  }
  return null;
}

/** Reads the `roles` claim, as a list or a space-separated string. */
function toVerified(payload: JWTPayload): VerifiedToken {
  const claim = payload.roles;
  const roles = Array.isArray(claim)
    ? claim.filter((role): role is string => typeof role === "string")
    : typeof claim === "string"
      ? claim.split(/\s+/).filter(Boolean)
      : [];
  return { subject: payload.sub ?? null, roles };
}
