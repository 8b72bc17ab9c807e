import { SignJWT } from "jose";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/api/auth/mint-token.js";
import type { ApiServer } from "../../src/api/create-server.js";
import { openTestApi } from "../support/open-test-api.js";
import { testConfig } from "../support/test-config.js";

// The server with its default limits, as a user (or an attacker) meets it. Nothing here writes:
// every request below is refused before it reaches the database.
const secret = "api-abuse-test-secret-of-enough-length";
const config = testConfig({ JWT_SECRET: secret, JWT_ISSUER: "https://issuer.test", JWT_AUDIENCE: "newsgraph" });
let driver: Driver;
let api: ApiServer;
let writer: string;

beforeAll(async () => {
  ({ driver, api } = await openTestApi(config));
  writer = await mintToken({
    secret,
    roles: ["writer"],
    subject: "abuse-test",
    expiresIn: "5m",
    issuer: "https://issuer.test",
    audience: "newsgraph",
  });
});

afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

async function refused(query: string, variables?: Record<string, unknown>, token?: string) {
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  expect(response.status).not.toBe(500);
  expect(body.errors?.length).toBeGreaterThan(0);
  return { status: response.status, error: body.errors![0]! };
}

/** `{ events { participants { participatesIn { participants { … id } } } } }`, `levels` lists below `events`. */
const nested = (levels: number): string => {
  const names = Array.from({ length: levels }, (_, level) => (level % 2 === 0 ? "participants" : "participatesIn"));
  return `{ events { ${names.map((name) => `${name} { `).join("")}id${" }".repeat(levels)} } }`;
};

describe("the known expensive shapes", () => {
  it("refuses nested lists without limit, costed at the page size the library applies (20 each)", async () => {
    const { status, error } = await refused(nested(6));
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", maximum: 25000 });
    expect(error.extensions!.complexity as number).toBeGreaterThan(20 ** 4);
  });

  it("refuses 1,000 aliases of timeline by their number of database queries", async () => {
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `t${i}: timeline(entity: "kg:nobody", limit: 1) { id }`,
    ).join(" ");
    const { status, error } = await refused(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", roundTrips: 1000, maximum: 20 });
    expect(error.message).toContain("MAX_QUERY_ROUND_TRIPS");
  });

  it("counts a fragment's queries every time it is spread", async () => {
    const five = Array.from({ length: 5 }, (_, i) => `s${i}: searchEntities(query: "x", limit: 1) { score }`).join(" ");
    const spreads = Array.from({ length: 5 }, (_, i) => `... on Query { f${i}: __typename ...Five }`).join(" ");
    const { error } = await refused(`{ ${spreads} } fragment Five on Query { ${five} }`);
    expect(error.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", roundTrips: 25 });
  });

  it("counts the nested fields that read the database on their own", async () => {
    const profiles = Array.from(
      { length: 7 },
      (_, i) => `e${i}: entity(id: "kg:nobody") { coMentions { total } latestEvents { id } }`,
    ).join(" ");
    const { error } = await refused(`{ ${profiles} }`);
    expect(error.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", roundTrips: 21 });
  });

  it("refuses a negative limit, saying it cannot be negative", async () => {
    const { status, error } = await refused(`{ articles(limit: -1) { id } }`);
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "limit" });
    expect(error.message).toBe("articles(limit: -1): limit cannot be negative; ask for 1 to 100 items.");
  });
});

describe("user mistakes are never a 500", () => {
  const timeline = `query ($id: ID!, $from: Date) { timeline(entity: $id, from: $from) { id } }`;

  it("answers a missing or mistyped variable with BAD_USER_INPUT", async () => {
    const missing = await refused(timeline, {});
    expect(missing.status).toBe(400);
    expect(missing.error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(missing.error.message).toMatch(/\$id.*was not provided/);
    const mistyped = await refused(`query ($n: Int) { articles(limit: $n) { id } }`, { n: "ten" });
    expect(mistyped.error.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses impossible and non-ISO dates in variables and in literals with BAD_USER_INPUT", async () => {
    for (const from of ["2025-02-30", "2025-2-3", "yesterday"]) {
      const { error } = await refused(timeline, { id: "kg:nobody", from });
      expect(error.extensions?.code, from).toBe("BAD_USER_INPUT");
      expect(error.message).toContain(`"${from}" is not a date`);
    }
    const literal = await refused(`{ timeline(entity: "kg:nobody", from: "2025-02-30") { id } }`);
    expect(literal.error.extensions?.code).toBe("BAD_USER_INPUT");
  });

  const ingest = `mutation ($a: ArticleInput!) { ingestArticle(input: $a) { articleId } }`;
  const valid = {
    language: "en",
    publishedAt: "2024-07-06",
    text: "Kazakh President Kassym-Jomart Tokayev spoke on Saturday.",
  };

  it.each([
    [
      "an impossible publishedAt",
      { ...valid, publishedAt: "2025-02-30" },
      /publishedAt "2025-02-30" is not a real date/,
    ],
    ["an unknown language", { ...valid, language: "xx" }, /language "xx" is not supported/],
    [
      "random bytes",
      { ...valid, text: Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256)).toString("latin1") },
      /control characters/,
    ],
    ["control characters", { ...valid, text: "\u0001\u0002\u0003 Tokayev \u0004" }, /control characters/],
    ["an empty text", { ...valid, text: "   " }, /text is empty/],
  ])("refuses an article with %s with BAD_USER_INPUT, storing nothing", async (_case, input, message) => {
    const { error } = await refused(ingest, { a: input }, writer);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(message);
  });

  it("refuses an article without text before running anything", async () => {
    const { status, error } = await refused(ingest, { a: { language: "en" } }, writer);
    expect(status).toBe(400);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(/text/);
  });
});

describe("tokens", () => {
  const sign = (claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT) =>
    build(new SignJWT({ roles: ["writer"], ...claims }).setProtectedHeader({ alg: "HS256" })).sign(
      new TextEncoder().encode(secret),
    );
  const ingest = `mutation { ingestArticle(input: { text: "" }) { articleId } }`;

  it("refuses a token without exp", async () => {
    const token = await sign({}, (jwt) => jwt.setIssuer("https://issuer.test").setAudience("newsgraph"));
    const { error } = await refused(ingest, undefined, token);
    expect(error.extensions?.code).toBe("UNAUTHENTICATED");
    expect(error.message).toMatch(/"exp" claim/);
  });

  it("refuses a token from another issuer or for another audience when they are configured", async () => {
    const otherIssuer = await sign({}, (jwt) =>
      jwt.setIssuer("https://elsewhere.test").setAudience("newsgraph").setExpirationTime("5m"),
    );
    expect((await refused(ingest, undefined, otherIssuer)).error.extensions?.code).toBe("UNAUTHENTICATED");
    const otherAudience = await sign({}, (jwt) =>
      jwt.setIssuer("https://issuer.test").setAudience("someone-else").setExpirationTime("5m"),
    );
    expect((await refused(ingest, undefined, otherAudience)).error.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("accepts a token with exp, issuer and audience as configured (reaching the input check)", async () => {
    const { error } = await refused(ingest, undefined, writer);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
