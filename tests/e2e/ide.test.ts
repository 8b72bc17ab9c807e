import { existsSync, mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import { loadExamples } from "../../src/api/load-examples.js";
import { seedDatabase } from "../../src/commands/seed-database.js";
import type { IngestService } from "../../src/ingest/ingest-service.js";
import { silentLogger } from "../../src/logger.js";
import { openTestApi } from "../support/open-test-api.js";
import { testConfig } from "../support/test-config.js";

/** Debian's chromium, driven by playwright-core (which ships no browser of its own). */
const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = "tests/e2e/screenshots/ide-timeline.png";
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) {
  process.stdout.write(`IDE browser test skipped: no ${CHROMIUM}; enable it with \`apt-get install chromium\`.\n`);
}

const examples = loadExamples("docs/QUERIES.md");
const timelineExample = examples.find((example) => /\btimeline\(/.test(example.query))!;
let driver: Driver;
let api: ApiServer;
let ingest: IngestService;
let browser: BrowserContext;
let profileDir: string;

describe.skipIf(!hasBrowser)("the GraphQL IDE in a browser", () => {
  beforeAll(async () => {
    const config = testConfig();
    ({ driver, api, ingest } = await openTestApi(config, examples));
    await seedDatabase(ingest, config, silentLogger);
    profileDir = await mkdtemp(join(tmpdir(), "newsgraph-ide-test-"));
    // A fresh profile each run, so GraphiQL's remembered tabs never leak between runs; the flags
    // keep a headless Chromium from reaching for the network (updates, sync, QUIC probes).
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1600, height: 1000 },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await driver?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
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
