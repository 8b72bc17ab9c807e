import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import { openTestApi } from "../support/open-test-api.js";
import { testConfig } from "../support/test-config.js";

const config = testConfig({ MAX_BODY_BYTES: "2048" });
let driver: Driver;
let api: ApiServer;
const origin = () => api.url.replace(/\/graphql$/, "");

beforeAll(async () => {
  ({ driver, api } = await openTestApi(config, [{ title: "Articles", query: "{ articles { title } }" }]));
});

afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

describe("the API over HTTP", () => {
  it("answers /health while the process runs and /ready once Neo4j is migrated", async () => {
    const health = await fetch(`${origin()}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${origin()}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("serves the GraphQL IDE to a browser at /graphql with every asset from the project", async () => {
    const page = await fetch(api.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/ide\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets).toEqual([
      "/ide/graphiql.css",
      "/ide/react.js",
      "/ide/react-dom.js",
      "/ide/graphiql.js",
      "/ide/plugins.js",
      "/ide/app.js",
    ]);
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of assets) {
      const response = await fetch(`${origin()}${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
    }
    const examples = await fetch(`${origin()}/ide/examples.json`).then((response) => response.json());
    expect(examples).toEqual([{ title: "Articles", query: "{ articles { title } }" }]);
  });

  it("serves the explorer's page for every view's URL, its bundled assets, and a favicon", async () => {
    for (const path of ["/explore", "/explore/entity/Q232?view=map", "/explore/pair/Q399/Q227"]) {
      const page = await fetch(`${origin()}${path}`);
      expect(page.status, path).toBe(200);
      const html = await page.text();
      expect(html, path).toContain('<script type="module" src="/explore/assets/explorer.js">');
      expect(html, path).not.toMatch(/https?:\/\//);
    }
    const script = await fetch(`${origin()}/explore/assets/explorer.js`);
    expect(script.headers.get("content-type")).toContain("text/javascript");
    expect((await script.text()).length).toBeGreaterThan(10_000);
    expect((await fetch(`${origin()}/explore/assets/missing.js`)).status).toBe(404);
    const icon = await fetch(`${origin()}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toContain("image/svg+xml");
  });

  it("answers a generated read over POST", async () => {
    const response = await postGraphQL({ query: "{ articles(limit: 1) { id } }" });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(Array.isArray(body.data.articles)).toBe(true);
  });

  it("refuses the library's generated writes: data enters through ingestion only", async () => {
    const response = await postGraphQL({
      query: 'mutation { createArticles(input: [{ id: "x" }]) { info { nodesCreated } } }',
    });
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("rejects a body over MAX_BODY_BYTES with PAYLOAD_TOO_LARGE", async () => {
    const response = await postGraphQL({ query: `{ articles { id } } # ${"x".repeat(4096)}` });
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.errors[0].message).toContain("MAX_BODY_BYTES");
  });

  it("reports malformed JSON as a bad request with a code", async () => {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{oops",
    });
    expect(response.status).toBe(400);
  });

  it("points unknown paths at /graphql", async () => {
    const response = await fetch(`${origin()}/nowhere`);
    expect(response.status).toBe(404);
    expect((await response.json()).error).toContain("/graphql");
  });
});

function postGraphQL(body: unknown): Promise<Response> {
  return fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}
