import { SignJWT } from "jose";

/**
 * Signs a development token with the HS256 secret the server verifies with (JWT_SECRET):
 * `roles` go into the `roles` claim, `expiresIn` is a jose duration such as "12h" or "30d";
 * `issuer` and `audience`, when the server checks them (JWT_ISSUER, JWT_AUDIENCE), go into `iss`/`aud`.
 */
export async function mintToken(options: {
  secret: string;
  roles: string[];
  subject: string;
  expiresIn: string;
  issuer?: string | null;
  audience?: string | null;
}): Promise<string> {
  const token = new SignJWT({ roles: options.roles })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(options.subject)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn);
  if (options.issuer) token.setIssuer(options.issuer);
  if (options.audience) token.setAudience(options.audience);
  return token.sign(new TextEncoder().encode(options.secret));
}
