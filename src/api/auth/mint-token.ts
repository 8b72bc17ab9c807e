import { SignJWT } from "jose";

/**
 * Signs a development token with the HS256 secret the server verifies with (JWT_SECRET):
 * `roles` go into the `roles` claim, `expiresIn` is a jose duration such as "12h" or "30d".
 */
export async function mintToken(options: { secret: string; roles: string[]; subject: string; expiresIn: string }): Promise<string> {
  return new SignJWT({ roles: options.roles })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(options.subject)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn)
    .sign(new TextEncoder().encode(options.secret));
}
