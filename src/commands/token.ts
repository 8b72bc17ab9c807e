import { Command } from "commander";
import { mintToken } from "../api/auth/mint-token.js";
import { loadConfig } from "../config.js";
import { StartupError } from "../startup-error.js";

/**
 * `kg token --roles writer`: prints a development JWT signed with JWT_SECRET, for the ingest
 * mutations (`Authorization: Bearer <token>`). Needs JWT_SECRET, the same value the server uses.
 */
export function tokenCommand(): Command {
  return new Command("token")
    .description("mint a development JWT (HS256, signed with JWT_SECRET) for the ingest mutations")
    .option("--roles <roles>", "comma-separated roles", "writer")
    .option("--subject <name>", "who the token speaks for", "developer")
    .option("--expires <duration>", "lifetime, e.g. 12h or 30d", "12h")
    .action(async (options: { roles: string; subject: string; expires: string }) => {
      const { jwtSecret: secret, issuer, audience } = loadConfig().auth;
      if (!secret)
        throw new StartupError("JWT_SECRET is not set: set it (the same value the server uses) to mint a token.");
      const roles = options.roles
        .split(",")
        .map((role) => role.trim())
        .filter(Boolean);
      process.stdout.write(
        `${await mintToken({ secret, roles, subject: options.subject, expiresIn: options.expires, issuer, audience })}\n`,
      );
    });
}
