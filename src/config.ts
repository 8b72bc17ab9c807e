import { z } from "zod";
import { StartupError } from "./startup-error.js";

/**
 * The one reader of `process.env`. Everything else receives the frozen `Config` it returns.
 *
 * | variable | meaning | default |
 * | --- | --- | --- |
 * | NEO4J_URI | use this Neo4j instead of launching the embedded one | (embedded) |
 * | NEO4J_USER / NEO4J_PASSWORD | credentials for NEO4J_URI | neo4j / (none) |
 * | NEO4J_DATABASE | database name | neo4j |
 * | NEO4J_BOLT_HOST / NEO4J_BOLT_PORT | where the embedded Neo4j listens | 127.0.0.1 / 7687 |
 * | NEO4J_DATA_DIR | embedded Neo4j store | ./.data/neo4j |
 * | HOST / PORT | where the GraphQL API listens | 127.0.0.1 / 4000 |
 * | JWT_SECRET / JWKS_URL | how mutation tokens are verified (HS256 secret or a JWKS) | (none: mutations refused) |
 * | JWT_ISSUER / JWT_AUDIENCE | when set, a token's `iss` / `aud` must match | (not checked) |
 * | MAX_ARTICLE_BYTES | largest article text accepted, in bytes | 1048576 |
 * | MAX_QUERY_DEPTH / MAX_QUERY_COMPLEXITY / MAX_PAGE_SIZE | GraphQL limits | 12 / 25000 / 100 |
 * | MAX_QUERY_ROUND_TRIPS | database queries one GraphQL request may send | 20 |
 * | MAX_BODY_BYTES | largest request body, in bytes | 2 × MAX_ARTICLE_BYTES + 64 KiB |
 * | QUERY_TIMEOUT_MS | Neo4j transaction timeout for API queries and ingest mutations' writes, in milliseconds | 10000 |
 * | INTROSPECTION | "false" switches GraphQL introspection off | true |
 * | NODE_ENV | "development" puts stack traces into API errors | production |
 * | SEED_DIR | where articles, gazetteer and lexicons live | ./seed |
 */
export interface Config {
  readonly neo4j: {
    readonly uri: string | null;
    readonly user: string;
    readonly password: string;
    readonly database: string;
    readonly boltHost: string;
    readonly boltPort: number;
    readonly dataDir: string;
  };
  readonly api: {
    readonly host: string;
    readonly port: number;
    readonly introspection: boolean;
    /** Stack traces in API errors. */
    readonly development: boolean;
    readonly maxDepth: number;
    readonly maxComplexity: number;
    readonly maxPageSize: number;
    readonly maxRoundTrips: number;
    readonly maxBodyBytes: number;
    readonly queryTimeoutMs: number;
  };
  readonly auth: {
    readonly jwtSecret: string | null;
    readonly jwksUrl: string | null;
    readonly issuer: string | null;
    readonly audience: string | null;
  };
  readonly extraction: { readonly maxArticleBytes: number };
  readonly seedDir: string;
}

// `lowest` 0 lets the OS pick a free port (the API in tests).
const port = (name: string, fallback: number, lowest = 1) =>
  z.coerce
    .number({ invalid_type_error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(lowest, `${name} must be between ${lowest} and 65535`)
    .max(65535, `${name} must be between ${lowest} and 65535`)
    .default(fallback);

const positive = (name: string, fallback: number) =>
  z.coerce.number().int(`${name} must be a whole number`).positive(`${name} must be positive`).default(fallback);

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value : null));

const envSchema = z.object({
  NEO4J_URI: optionalString,
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().default("neo4j"),
  NEO4J_BOLT_HOST: z.string().default("127.0.0.1"),
  NEO4J_BOLT_PORT: port("NEO4J_BOLT_PORT", 7687),
  NEO4J_DATA_DIR: z.string().default("./.data/neo4j"),
  HOST: z.string().default("127.0.0.1"),
  PORT: port("PORT", 4000, 0),
  JWT_SECRET: optionalString,
  JWKS_URL: optionalString,
  JWT_ISSUER: optionalString,
  JWT_AUDIENCE: optionalString,
  MAX_ARTICLE_BYTES: positive("MAX_ARTICLE_BYTES", 1_048_576),
  MAX_QUERY_DEPTH: positive("MAX_QUERY_DEPTH", 12),
  // Nested lists without `limit` are costed at the 20 items they really return (estimate-complexity.ts):
  // the documented queries and the reference article's cost up to ~11,000; 20 × 20 × 20 × 20 does not pass.
  MAX_QUERY_COMPLEXITY: positive("MAX_QUERY_COMPLEXITY", 25_000),
  MAX_PAGE_SIZE: positive("MAX_PAGE_SIZE", 100),
  MAX_QUERY_ROUND_TRIPS: positive("MAX_QUERY_ROUND_TRIPS", 20),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int("MAX_BODY_BYTES must be a whole number")
    .positive("MAX_BODY_BYTES must be positive")
    .optional(),
  QUERY_TIMEOUT_MS: positive("QUERY_TIMEOUT_MS", 10_000),
  INTROSPECTION: z.enum(["true", "false"], { message: 'INTROSPECTION must be "true" or "false"' }).default("true"),
  SEED_DIR: z.string().default("./seed"),
  NODE_ENV: z.string().default("production"),
});

/**
 * Room in a request body for the GraphQL text and the other fields beside an article's text. The
 * default body limit is twice MAX_ARTICLE_BYTES plus this, since JSON escaping (quotes, line
 * breaks) can double a text: an article the ingest accepts always fits in a request.
 */
const BODY_OVERHEAD_BYTES = 65_536;

/** Reads and validates the environment; a bad value is a `StartupError` naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new StartupError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const maxBodyBytes = e.MAX_BODY_BYTES ?? 2 * e.MAX_ARTICLE_BYTES + BODY_OVERHEAD_BYTES;
  return deepFreeze({
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      boltHost: e.NEO4J_BOLT_HOST,
      boltPort: e.NEO4J_BOLT_PORT,
      dataDir: e.NEO4J_DATA_DIR,
    },
    api: {
      host: e.HOST,
      port: e.PORT,
      introspection: e.INTROSPECTION === "true",
      development: e.NODE_ENV === "development",
      maxDepth: e.MAX_QUERY_DEPTH,
      maxComplexity: e.MAX_QUERY_COMPLEXITY,
      maxPageSize: e.MAX_PAGE_SIZE,
      maxRoundTrips: e.MAX_QUERY_ROUND_TRIPS,
      maxBodyBytes,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    },
    auth: { jwtSecret: e.JWT_SECRET, jwksUrl: e.JWKS_URL, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE },
    extraction: { maxArticleBytes: e.MAX_ARTICLE_BYTES },
    seedDir: e.SEED_DIR,
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === "object") deepFreeze(child);
  }
  return Object.freeze(value);
}
