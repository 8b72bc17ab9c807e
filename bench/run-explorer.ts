/**
 * `npm run bench:explorer`: the explorer rendering an entity with at least 1,000 events, measured
 * in Debian's Chromium. The graph is the bench corpus (bench/generate-corpus.ts) ingested through
 * the product's own write path into a fresh embedded Neo4j, 2,000 articles at a time until its
 * busiest entity has 1,000 events (BENCH_EXPLORER_EVENTS). Figures, from the explorer's own User
 * Timing marks: the entity page drawn (profile, time bar and first page of events) after a
 * navigation, cold (first visit) and warm; and a brush on the time bar until the list is redrawn.
 * Targets: the page under 1 s, a brush under 100 ms.
 */
import { loadavg } from "node:os";
import { chromium, type Page } from "playwright-core";
import { startApiServer } from "../src/api/create-server.js";
import { loadTypeDefs } from "../src/api/load-type-defs.js";
import { loadConfig } from "../src/config.js";
import { applyMigrations } from "../src/graph/apply-migrations.js";
import { connectDriver } from "../src/graph/connect-driver.js";
import { writeReferenceData } from "../src/graph/write-reference-data.js";
import { createIngestService } from "../src/ingest/ingest-service.js";
import type { ArticleSource } from "../src/input/read-articles.js";
import { createConsoleLogger, silentLogger } from "../src/logger.js";
import { startScratchNeo4j } from "../src/neo4j/start-scratch-neo4j.js";
import { loadExtractionResources } from "../src/resources/load-resources.js";
import { generateCorpus } from "./generate-corpus.js";
import { renderReport } from "./report-table.js";

const CHROMIUM = "/usr/bin/chromium";
const seedDir = "seed";
const wantedEvents = Number(process.env.BENCH_EXPLORER_EVENTS ?? 1000);
const ROUND = 2000;
const MAX_ARTICLES = 20_000;
const RUNS = 7;
const logger = createConsoleLogger();

async function* round(seed: number): AsyncGenerator<ArticleSource> {
  let n = 0;
  for (const article of generateCorpus({ seedDir, count: ROUND, seed }))
    yield { origin: `synthetic:${seed}:${n++}`, article };
}

const BUSIEST = `MATCH (e:Entity)<-[:PARTICIPANT]-(ev:Event) WITH e, count(DISTINCT ev) AS events
ORDER BY events DESC LIMIT 1 RETURN e.id AS id, e.name AS name, events`;

/** Milliseconds between two of the explorer's User Timing marks (the latest of each). */
async function since(page: Page, start: string | null, end: string): Promise<number> {
  // Plain calls only inside evaluate: tsx would wrap a named helper in `__name`, unknown to the page.
  const marks = await page.evaluate(
    (names) => names.map((name) => (name ? performance.getEntriesByName(name).at(-1)!.startTime : 0)),
    [start, end],
  );
  return marks[1]! - marks[0]!;
}

async function waitForPanel(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName("explorer:panel-ready").length >= n, count, {
    timeout: 60_000,
  });
}

async function main(): Promise<void> {
  const resources = await loadExtractionResources(seedDir);
  const neo4j = await startScratchNeo4j({ purpose: "newsgraph-bench-explorer", pagecache: "512m", logger });
  const driver = await connectDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
  const database = "neo4j";
  try {
    await applyMigrations(driver, { database, logger: silentLogger });
    await writeReferenceData(driver, { database, resources });
    const ingest = createIngestService({ driver, database, resources, logger: silentLogger });
    let articles = 0;
    let busiest = { id: "", name: "", events: 0 };
    while (busiest.events < wantedEvents && articles < MAX_ARTICLES) {
      await ingest.ingest(round(100 + articles / ROUND));
      articles += ROUND;
      const { records } = await driver.executeQuery(BUSIEST, {}, { database });
      busiest = { id: records[0]!.get("id"), name: records[0]!.get("name"), events: Number(records[0]!.get("events")) };
      logger.info(`${articles} articles: busiest entity ${busiest.name} with ${busiest.events} events`);
    }
    const config = loadConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: "", PORT: "0" });
    const api = await startApiServer({
      driver,
      config,
      logger: silentLogger,
      ingest,
      morphology: resources.morph,
      typeDefs: loadTypeDefs("schema"),
      ideExamples: [],
    });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu"],
    });
    try {
      const origin = new URL(api.url).origin;
      const url = `${origin}/explore/entity/${encodeURIComponent(busiest.id)}`;
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const cold: number[] = [];
      const warm: number[] = [];
      const brush: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await page.goto(url);
        await waitForPanel(page, 1);
        (run === 0 ? cold : warm).push(await since(page, null, "explorer:panel-ready"));
        const bar = (await page.locator(".time-bar").boundingBox())!;
        const y = bar.y + bar.height / 2;
        // A different tenth of the bar each run, so no answer is cached anywhere.
        const start = bar.x + bar.width * (0.1 + 0.08 * run);
        await page.mouse.move(start, y);
        await page.mouse.down();
        await page.mouse.move(start + bar.width * 0.1, y, { steps: 4 });
        await page.mouse.up();
        await waitForPanel(page, 2);
        brush.push(await since(page, "explorer:brush", "explorer:panel-ready"));
      }
      const shown = await page.locator(".event-list > li").count();
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const max = (values: number[]) => Math.max(...values);
      const verdict = (value: number, target: number) => (value <= target ? "met" : "missed");
      process.stdout.write(
        renderReport([
          {
            title: `Explorer in Chromium: ${busiest.name}, ${busiest.events} events (graph of ${articles} bench articles); load avg ${loadavg()[0]!.toFixed(2)}`,
            columns: ["measure", "runs", "median ms", "max ms", "target", "result"],
            rows: [
              [
                "entity page drawn, first visit (cold)",
                "1",
                cold[0]!.toFixed(0),
                cold[0]!.toFixed(0),
                "1000",
                verdict(cold[0]!, 1000),
              ],
              [
                "entity page drawn, later visits",
                String(warm.length),
                median(warm).toFixed(0),
                max(warm).toFixed(0),
                "1000",
                verdict(median(warm), 1000),
              ],
              [
                "brush → list redrawn",
                String(brush.length),
                median(brush).toFixed(0),
                max(brush).toFixed(0),
                "100",
                verdict(median(brush), 100),
              ],
            ],
          },
        ]) + `\n(the list after the last brush shows ${shown} events; the page draws 50 at a time)\n`,
      );
    } finally {
      await browser.close();
      await api.stop();
    }
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

await main();
