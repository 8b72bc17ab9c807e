import { mkdirSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import { loadExamples } from "../../src/api/load-examples.js";
import { seedDatabase } from "../../src/commands/seed-database.js";
import { silentLogger } from "../../src/logger.js";
import { hasChromium, launchChromium } from "../support/headless-chromium.js";
import { openTestApi } from "../support/open-test-api.js";
import { testConfig } from "../support/test-config.js";

const SCREENSHOT = "tests/e2e/screenshots/ide-timeline.png";
const hasBrowser = hasChromium("IDE browser test");

const examples = loadExamples("docs/QUERIES.md");
const timelineExample = examples.find((example) => /\btimeline\(/.test(example.query))!;
let driver: Driver;
let api: ApiServer;
let browser: BrowserContext;
let closeBrowser: () => Promise<void>;

describe.skipIf(!hasBrowser)("the GraphQL IDE in a browser", () => {
  beforeAll(async () => {
    const config = testConfig();
    ({ driver, api } = await openTestApi(config, examples));
    await seedDatabase(driver, config, silentLogger);
    // A fresh profile each run, so GraphiQL's remembered tabs never leak between runs.
    ({ browser, close: closeBrowser } = await launchChromium());
  });

  afterAll(async () => {
    await closeBrowser?.();
    await api?.stop();
    await driver?.close();
  });

  it("opens the documented examples as tabs, runs the timeline example and shows its answer", async () => {
    const page = await browser.newPage();
    const offline: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(api.url.replace(/\/graphql$/, ""))) offline.push(request.url());
    });
    await page.goto(api.url);
    const tabs = page.locator(".graphiql-tab");
    await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBe(examples.length);

    await page.locator(".graphiql-tab-button", { hasText: "ArmeniaAzerbaijanTimeline" }).click();
    // GraphiQL switches the editor and its operation name after the click; running before both
    // settle would send the previous tab's operation name.
    await expect.poll(() => page.locator(".graphiql-tab-active").innerText()).toContain("ArmeniaAzerbaijanTimeline");
    await expect.poll(() => page.locator(".graphiql-query-editor").innerText()).toContain("timeline(entity");
    await page.waitForTimeout(500);
    await page.locator(".graphiql-execute-button").click();
    const firstEvent = (timelineExample.answer as { timeline: Array<{ title: string }> }).timeline[0]!.title;
    const result = page.locator(".result-window");
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain(firstEvent);

    mkdirSync("tests/e2e/screenshots", { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(offline).toEqual([]);
  });
});
