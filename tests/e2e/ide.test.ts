import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import { loadExamples } from "../../src/api/load-examples.js";
import { hasChromium, launchChromium } from "../support/headless-chromium.js";
import { openTestApi } from "../support/open-test-api.js";
import { postGraphQL } from "../support/post-graphql.js";
import { storeSeedCorpus } from "../support/seed-corpus.js";
import { testConfig } from "../support/test-config.js";

const SCREENSHOT = "tests/e2e/screenshots/ide-timeline.png";
const hasBrowser = hasChromium("IDE browser test");

const examples = loadExamples("docs/QUERIES.md");
const timelineExample = examples.find((example) => /\btimeline\(/.test(example.query))!;
let driver: Driver;
let api: ApiServer;
let corpus: { remove(): Promise<void> } | undefined;
let browser: BrowserContext;
let closeBrowser: () => Promise<void>;
let page: Page;
const offline: string[] = [];

const queryEditor = () => page.locator(".graphiql-query-editor");
const plugin = (title: string) => page.locator(`.graphiql-sidebar button[aria-label*="${title}"]`);

describe.skipIf(!hasBrowser)("the GraphQL IDE in a browser", () => {
  beforeAll(async () => {
    // A busy 2-core machine can exceed the default 10 s query timeout while Cypher plans cold queries.
    const config = testConfig({ QUERY_TIMEOUT_MS: "60000" });
    const services = await openTestApi(config, examples);
    ({ driver, api } = services);
    corpus = await storeSeedCorpus(services, config);
    // A fresh profile each run, so GraphiQL's remembered tabs never leak between runs.
    ({ browser, close: closeBrowser } = await launchChromium());
    page = await browser.newPage();
    page.on("request", (request) => {
      // blob: addresses are the page's own (the schema downloads), never the network.
      const url = request.url().replace(/^blob:/, "");
      if (!url.startsWith(api.url.replace(/\/graphql$/, ""))) offline.push(request.url());
    });
    await page.goto(api.url);
  }, 400_000); // seeding and a cold browser take minutes on a busy 2-core machine

  afterAll(async () => {
    await closeBrowser?.();
    // The sample articles this file stored, and nothing else in the database.
    await corpus?.remove();
    await api?.stop();
    await driver?.close();
  });

  it("lists the documented examples by who asks them in a panel, not as a tab each", async () => {
    const panel = page.locator(".newsgraph-examples");
    await expect.poll(() => panel.locator("li[data-example]").count(), { timeout: 30_000 }).toBe(examples.length);
    const audiences = [...new Set(examples.map((example) => example.audience))];
    expect(await panel.locator("h3").allInnerTexts()).toEqual(audiences);
    expect(await page.locator(".graphiql-tab").count()).toBeLessThanOrEqual(1);
  });

  it("opens the timeline example in a new tab, runs it and shows its answer", async () => {
    const expected = await postGraphQL(api.url, timelineExample.query, timelineExample.variables);
    const firstEvent = expected.body.data.timeline[0].title as string;
    await page.locator(`li[data-example="${timelineExample.title}"] .example-open`).click();
    await expect.poll(() => queryEditor().innerText()).toContain("timeline(entity");
    await page.waitForTimeout(500); // GraphiQL settles the tab's operation name after the switch
    await page.locator(".graphiql-execute-button").click();
    await expect.poll(() => page.locator(".result-window").innerText(), { timeout: 30_000 }).toContain(firstEvent);
    mkdirSync("tests/e2e/screenshots", { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it("puts the documented version back after an edit", async () => {
    await page.locator(".graphiql-query-editor .CodeMirror").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("{ broken");
    await expect.poll(() => queryEditor().innerText()).not.toContain("timeline(entity");
    await page.locator(`li[data-example="${timelineExample.title}"] .example-restore`).click();
    await expect.poll(() => queryEditor().innerText()).toContain("timeline(entity");
  });

  it("copies the current operation as a curl command that answers the same", async () => {
    await page.locator(".newsgraph-copy-curl").click();
    const command = await page.evaluate(() => (window as unknown as { newsgraphLastCurl: string }).newsgraphLastCurl);
    expect(command).toMatch(/^curl 'http:\/\/127\.0\.0\.1:\d+\/graphql' -H 'content-type: application\/json' --data '/);
    // Asynchronously: the API answering curl runs in this very process.
    const { stdout } = await promisify(execFile)("sh", ["-c", command], { encoding: "utf8" });
    const answer = JSON.parse(stdout);
    const expected = await postGraphQL(api.url, timelineExample.query, timelineExample.variables);
    expect(answer.data).toEqual(expected.body.data);
  });

  it("downloads the schema as SDL and as introspection JSON", async () => {
    await plugin("Schema").click();
    // What each link saves: the file behind its blob: address.
    const saved = (name: string) =>
      page.getByRole("link", { name, exact: true }).evaluate(async (link: HTMLAnchorElement) => ({
        file: link.download,
        text: await (await fetch(link.href)).text(),
      }));
    const sdl = await saved("Download SDL");
    expect(sdl.file).toBe("newsgraph.graphql");
    expect(sdl.text).toMatch(/type Query \{[\s\S]*eventHistogram\(/);
    const json = await saved("Download JSON");
    expect(json.file).toBe("newsgraph.introspection.json");
    const introspection = JSON.parse(json.text);
    expect(introspection.data.__schema.queryType.name).toBe("Query");
  });

  it("saves settings: a dark theme and request headers kept across reloads", async () => {
    await plugin("Settings").click();
    const settings = page.getByRole("textbox", { name: "Settings (JSON)" });
    await settings.fill(
      JSON.stringify({ "editor.theme": "dark", "editor.fontSize": 16, "request.headers": { "x-demo": "1" } }),
    );
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => page.locator("body").getAttribute("class")).toContain("graphiql-dark");
    await page.reload();
    await plugin("Settings").click();
    expect(
      JSON.parse(await page.getByRole("textbox", { name: "Settings (JSON)" }).inputValue())["request.headers"],
    ).toEqual({ "x-demo": "1" });
  });

  it("opens an operation handed over in the address (the explorer's Open in IDE), and links to the explorer", async () => {
    const query = 'query FromExplorer { entity(id: "Q232") { name } }';
    // From another page: a change of the fragment alone would not reload the IDE.
    await page.goto("about:blank");
    await page.goto(`${api.url}#${new URLSearchParams({ query, variables: "{}" })}`);
    await expect.poll(() => queryEditor().innerText(), { timeout: 30_000 }).toContain("FromExplorer");
    expect(await page.locator("a.newsgraph-explorer-link").getAttribute("href")).toBe("/explore");
  });

  it("serves a favicon and asked for nothing outside the server", async () => {
    const icon = await fetch(api.url.replace(/\/graphql$/, "/favicon.ico"));
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toContain("image/svg+xml");
    expect(offline).toEqual([]);
  });
});
