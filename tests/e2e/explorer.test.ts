import { mkdirSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import type { Config } from "../../src/config.js";
import { hasChromium, launchChromium } from "../support/headless-chromium.js";
import { openTestApi } from "../support/open-test-api.js";
import { storeSeedCorpus } from "../support/seed-corpus.js";
import { testConfig } from "../support/test-config.js";

const SCREENSHOTS = "tests/e2e/screenshots";
const SHUSHA_SUMMIT = "Summit of the Organization of Turkic States in Shusha";
const TOKAYEV_QUOTE = "Наша сила в единстве";
const hasBrowser = hasChromium("Explorer browser test");

let driver: Driver;
let api: ApiServer;
let corpus: { remove(): Promise<void> } | undefined;
let origin: string;
let browser: BrowserContext;
let closeBrowser: () => Promise<void>;
let page: Page;
let config: Config;
/** Every URL the page asked for, to check that none left 127.0.0.1. */
const requested: string[] = [];

const events = () => page.locator(".event-list > li.event");
const SUMMIT_DAY = "2024-07-06";
/** The time bar's bar holding the summit: its month while the entity's events span a few years, its year beyond. */
const summitBucket = async () =>
  (await page.locator('.time-bar .bar[data-bucket="2024-07"]').count()) > 0 ? "2024-07" : "2024";
const panelReady = () =>
  expect.poll(() => page.locator(".panel").getAttribute("data-state"), { timeout: 60_000 }).toBe("ready");
/** Seeding and a cold browser take minutes on a busy 2-core machine. */
const SETUP_MS = 400_000;

describe.skipIf(!hasBrowser)("the explorer in a browser", () => {
  beforeAll(async () => {
    // A busy 2-core machine can exceed the default 10 s query timeout while Cypher plans cold queries.
    config = testConfig({ QUERY_TIMEOUT_MS: "60000" });
    const services = await openTestApi(config);
    ({ driver, api } = services);
    corpus = await storeSeedCorpus(services, config);
    origin = new URL(api.url).origin;
    ({ browser, close: closeBrowser } = await launchChromium({ width: 1400, height: 1000 }));
    page = await browser.newPage();
    page.on("request", (request) => requested.push(request.url()));
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, SETUP_MS);

  afterAll(async () => {
    await closeBrowser?.();
    // The sample articles this file stored, and nothing else in the database.
    await corpus?.remove();
    await api?.stop();
    await driver?.close();
  });

  it("searches «Токаев» and opens his page: the Shusha summit on the time bar and in the list, with his quote", async () => {
    await page.goto(`${origin}/explore`);
    await page.getByRole("searchbox").fill("Токаев");
    const suggestion = page.locator(".suggestions a", { hasText: "Kassym-Jomart Tokayev" });
    await expect.poll(() => suggestion.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await suggestion.first().innerText()).toMatch(/person[\s\S]*Kazakhstan[\s\S]*\d+ articles?/);
    await suggestion.first().click();
    await panelReady();
    expect(page.url()).toBe(`${origin}/explore/entity/kg%3Aperson%3Akassym-jomart-tokayev`);
    await expect.poll(() => page.locator(".profile h1").innerText()).toContain("Kassym-Jomart Tokayev");
    expect(await page.locator(".profile .offices").innerText()).toMatch(/president, Kazakhstan 2019-03-20 – now/i);
    const bucket = await summitBucket();
    expect(await page.locator(`.time-bar .bar[data-bucket="${bucket}"] title`).textContent()).toMatch(
      new RegExp(`^${bucket}: \\d+ events?`),
    );
    const summit = events().filter({ hasText: SHUSHA_SUMMIT });
    expect(await summit.count()).toBe(1);
    expect(await summit.innerText()).toContain(TOKAYEV_QUOTE);
    expect(await summit.locator(".date").innerText()).toBe("6 Jul 2024");
    await page.screenshot({ path: `${SCREENSHOTS}/explorer-entity.png`, fullPage: false });
  });

  it("brushes a range on the time bar and sees the list shrink, with the range in the URL", async () => {
    const before = await events().count();
    const bar = await page.locator(".time-bar").boundingBox();
    const july = await page.locator(`.time-bar .bar[data-bucket="${await summitBucket()}"] rect.precise`).boundingBox();
    expect(bar && july).toBeTruthy();
    const y = bar!.y + bar!.height / 2;
    await page.mouse.move(july!.x - 3, y);
    await page.mouse.down();
    await page.mouse.move(july!.x + july!.width + 3, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/from=20\d\d-\d\d-\d\d&to=20\d\d-\d\d-\d\d/);
    const range = new URL(page.url()).searchParams;
    expect(range.get("from")! <= SUMMIT_DAY && SUMMIT_DAY <= range.get("to")!, page.url()).toBe(true);
    await panelReady();
    const after = await events().count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await events().filter({ hasText: SHUSHA_SUMMIT }).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/explorer-brushed.png` });
  });

  it("opens the pair view for Armenia and Azerbaijan: the events both took part in", async () => {
    await page.goto(`${origin}/explore/entity/Q399`);
    await panelReady();
    await page.locator(".pair-form input").fill("Azerbaijan");
    await page.locator(".pair-form button").click();
    await expect
      .poll(() => page.locator("h1.pair").textContent({ timeout: 60_000 }), { timeout: 60_000 })
      .toBe("Armenia and Azerbaijan");
    await panelReady();
    expect(page.url()).toContain("/explore/pair/Q399/Azerbaijan");
    expect(await events().count()).toBeGreaterThan(0);
    const participants = await events().locator(".participants").allInnerTexts();
    for (const names of participants) expect(names).toMatch(/Armenia[\s\S]*Azerbaijan|Azerbaijan[\s\S]*Armenia/);
    expect(await page.locator(".time-bar .bar").count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/explorer-pair.png` });
  });

  it("shows a marker for Shusha on the map, and Azerbaijan shaded", async () => {
    await page.goto(`${origin}/explore/entity/kg%3Aperson%3Akassym-jomart-tokayev?view=map`);
    await panelReady();
    const shusha = page.locator('.event-map circle.place-marker[data-place-id="kg:city:shusha"]');
    expect(await shusha.count()).toBe(1);
    expect(await shusha.locator("title").textContent()).toMatch(/^Shusha \(city\): \d+ events?/);
    expect(await page.locator('.event-map path.shaded[data-country="Azerbaijan"]').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/explorer-map.png` });
    await shusha.dispatchEvent("click");
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain("place=kg%3Acity%3Ashusha");
    await panelReady();
    expect(await events().filter({ hasText: SHUSHA_SUMMIT }).count()).toBe(1);
  });

  it("opens the connection graph and clicks through to Kazakhstan", async () => {
    await page.goto(`${origin}/explore/entity/kg%3Aperson%3Akassym-jomart-tokayev?view=graph`);
    await panelReady();
    await expect
      .poll(() => page.locator("#connection-graph").getAttribute("data-state"), { timeout: 30_000 })
      .toBe("ready");
    await page.screenshot({ path: `${SCREENSHOTS}/explorer-graph.png` });
    // Cytoscape draws on a canvas, where nodes of a dense graph may overlap: the test checks that
    // Kazakhstan is drawn inside the canvas, then taps it through Cytoscape's own event.
    const drawn = await page.evaluate(() => {
      type Node = { renderedPosition(): { x: number; y: number }; visible(): boolean; emit(event: string): void };
      const cy = (
        window as unknown as { explorerGraph: { getElementById(id: string): Node; width(): number; height(): number } }
      ).explorerGraph;
      const node = cy.getElementById("Q232");
      const { x, y } = node.renderedPosition();
      const inside = node.visible() && x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
      if (inside) node.emit("tap");
      return inside;
    });
    expect(drawn).toBe(true);
    await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(`${origin}/explore/entity/Q232`);
    await expect.poll(() => page.locator(".profile h1").innerText(), { timeout: 30_000 }).toContain("Kazakhstan");
  });

  it("shows each view's GraphQL query with a link that opens it in the IDE", async () => {
    await page.goto(`${origin}/explore/entity/Q232`);
    await panelReady();
    const link = page.locator(".panel .query-panel a.open-in-ide").first();
    const href = await link.getAttribute("href");
    const preset = new URLSearchParams(new URL(href!, origin).hash.slice(1));
    expect(preset.get("query")).toContain("timeline(");
    expect(JSON.parse(preset.get("variables")!)).toMatchObject({ entity: "Q232" });
  });

  it("asked for nothing outside 127.0.0.1", () => {
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.filter((url) => !url.startsWith("http://127.0.0.1:"))).toEqual([]);
  });
});
