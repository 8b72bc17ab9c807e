import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseDownMessage } from "../../src/api/availability-plugin.js";
import { startApiServer, type ApiServer } from "../../src/api/create-server.js";
import { loadTypeDefs } from "../../src/api/load-type-defs.js";
import { loadConfig, type Config } from "../../src/config.js";
import type { ArticleInput } from "../../src/extract/types.js";
import { ingestArticles, type IngestOptions } from "../../src/ingest/ingest-articles.js";
import { createIngestService } from "../../src/ingest/ingest-service.js";
import { formatSummary } from "../../src/ingest/ingest-summary.js";
import type { ArticleSource } from "../../src/input/read-articles.js";
import { silentLogger } from "../../src/logger.js";
import { openDatabase, type OpenDatabase } from "../../src/neo4j/open-database.js";
import { readRunningDatabase } from "../../src/neo4j/running-database-file.js";
import { freePort } from "../../src/neo4j/free-port.js";
import { loadExtractionResources } from "../../src/resources/load-resources.js";
import { claimTestDatabase, TEST_DATABASE_LABEL } from "../support/claim-test-database.js";
import { postGraphQL } from "../support/post-graphql.js";
import { trackStoredArticles } from "../support/track-stored-articles.js";

const run = promisify(execFile);

// These tests own their database: each starts an embedded Neo4j on a scratch store and kills it.

async function scratchConfig(): Promise<{ config: Config; dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), "newsgraph-faults-"));
  const config = loadConfig({ NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), PORT: "0" });
  return { config, dataDir };
}

/** The seed articles again and again under new ids: far more than a test could wait for. */
async function* manyArticles(copies: number): AsyncGenerator<ArticleSource> {
  const dir = "seed/articles";
  const articles: ArticleInput[] = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith(".json")).sort()) {
    const { id: _id, url: _url, gold: _gold, ...article } = JSON.parse(await readFile(join(dir, name), "utf8"));
    articles.push(article as ArticleInput);
  }
  for (let copy = 0; copy < copies; copy += 1) {
    for (const [index, article] of articles.entries())
      yield { origin: `copy ${copy}:${index}`, article: { ...article, id: `fault-${copy}-${index}` } };
  }
}

function killDatabase(dataDir: string): void {
  const running = readRunningDatabase(dataDir);
  if (!running) throw new Error("no running-database record in the store folder");
  process.kill(running.pid, "SIGKILL");
}

// One scratch database for the whole file, started once (a start costs tens of seconds), served
// by the API with one restart allowed. The tests run in order: the first kill is restarted, the
// second uses the restart up and is the one `kg ingest` sees.
describe("when the embedded Neo4j dies", () => {
  let database: OpenDatabase;
  let api: ApiServer;
  let dataDir: string;
  const ready = async () => (await fetch(api.url.replace(/\/graphql$/, "/ready"))).status;
  /** Ingests the seed articles a hundred times over, four per transaction, into this database. */
  const ingestMany = async (options: Pick<IngestOptions, "signal" | "onProgress" | "retry">) =>
    ingestArticles(manyArticles(100), {
      driver: database.driver,
      database: "neo4j",
      resources: await loadExtractionResources("seed"),
      logger: silentLogger,
      batchSize: 4,
      ...options,
    });

  beforeAll(async () => {
    const scratch = await scratchConfig();
    dataDir = scratch.dataDir;
    database = await openDatabase(scratch.config, silentLogger, { maxRestarts: 1 });
    const resources = await loadExtractionResources("seed");
    api = await startApiServer({
      driver: database.driver,
      config: scratch.config,
      logger: silentLogger,
      ingest: createIngestService({
        driver: database.driver,
        database: scratch.config.neo4j.database,
        resources,
        logger: silentLogger,
      }),
      morphology: resources.morph,
      typeDefs: loadTypeDefs("schema"),
      ideExamples: [],
      isDatabaseAvailable: database.isAvailable,
    });
  });

  afterAll(async () => {
    await api?.stop();
    await database?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("records where it listens in the store folder, for a kg ingest beside the server", () => {
    expect(readRunningDatabase(dataDir)?.uri).toBe(database.uri);
  });

  // Here rather than on the shared test database, which is already claimed: this store is fresh.
  it("lets the tests claim an empty database and refuses one holding data they did not create", async () => {
    const connection = { uri: database.uri, user: "neo4j", password: "" };
    const since = (await database.driver.executeQuery("RETURN datetime() AS now")).records[0]!.get("now");
    await claimTestDatabase(connection);
    await claimTestDatabase(connection);
    // Only the marker these claims made goes, so the database holds data the tests did not create.
    await database.driver.executeQuery(`MATCH (n:${TEST_DATABASE_LABEL}) WHERE n.claimedAt >= $since DELETE n`, {
      since,
    });
    await database.driver.executeQuery("CREATE (:Article {id: 'someones-article'})");
    await expect(claimTestDatabase(connection)).rejects.toThrow(/holds 1 nodes the tests did not create/);
    await database.driver.executeQuery("MATCH (n:Article {id: 'someones-article'}) DELETE n");
  });

  it("lets kg ingest beside the server write through its Neo4j, with --published-at and --language for a raw file", async () => {
    const file = join(dataDir, "beside-the-server.txt");
    await writeFile(file, "Kazakhstan's President Kassym-Jomart Tokayev met Ilham Aliyev in Astana on Tuesday.");
    const stored = await trackStoredArticles(database.driver, "neo4j");
    const { NEO4J_URI: _uri, ...env } = process.env;
    // The port is free: a kg ingest that launched a Neo4j of its own would fail on the store's lock instead.
    const freeBoltPort = String(await freePort());
    await run(
      "node_modules/.bin/tsx",
      ["src/cli.ts", "ingest", "--published-at", "2024-05-07", "--language", "en", file],
      { env: { ...env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: freeBoltPort }, timeout: 110_000 },
    );
    const { records } = await database.driver.executeQuery(
      "MATCH (a:Article) RETURN a.id AS id, toString(a.publishedAt) AS publishedAt, a.language AS language",
    );
    const stamped = records.map((record) => ({
      publishedAt: record.get("publishedAt"),
      language: record.get("language"),
    }));
    expect(stamped).toEqual([{ publishedAt: "2024-05-07", language: "en" }]);
    // Only what this test stored goes; the tests below expect no articles.
    await stored.remove(records.map((record) => record.get("id")));
  });

  it("the server answers DATABASE_UNAVAILABLE from the moment it exits, then restarts it and answers again", async () => {
    await expect.poll(ready, { timeout: 30_000, interval: 500 }).toBe(200);
    const firstPid = readRunningDatabase(dataDir)!.pid;
    killDatabase(dataDir);
    await expect.poll(() => database.isAvailable(), { timeout: 10_000 }).toBe(false);
    expect(await ready()).toBe(503);
    const down = await postGraphQL(api.url, "{ articles { id } }");
    expect(down.status).toBe(503);
    expect(down.body.errors?.[0]).toMatchObject({
      message: databaseDownMessage,
      extensions: { code: "DATABASE_UNAVAILABLE" },
    });
    await expect.poll(ready, { timeout: 150_000, interval: 500 }).toBe(200);
    expect(readRunningDatabase(dataDir)!.pid).not.toBe(firstPid);
    const back = await postGraphQL(api.url, "{ articles { id } }");
    expect(back.body).toEqual({ data: { articles: [] } });
  });

  it("kg ingest stops when it is killed for good, with a summary of what was stored and what was not", async () => {
    let killed = false;
    const summary = await ingestMany({
      signal: database.lost,
      onProgress: (progress) => {
        if (killed || progress.done < 8) return;
        killed = true;
        killDatabase(dataDir);
      },
    });
    expect(database.lost.aborted).toBe(true);
    expect(summary.stopped).toMatch(/^the database is unavailable \(the embedded Neo4j exited \(SIGKILL\)\)/);
    expect(summary.articles.new).toBeGreaterThanOrEqual(8);
    expect(summary.articles.failed).toBeGreaterThan(0);
    expect(summary.failures.at(-1)?.reason).toBe("not written: the run stopped because the database is unavailable");
    // Far fewer than the 2,000-odd articles offered: the run stopped instead of failing them one by one.
    expect(summary.articles.new + summary.articles.failed).toBeLessThan(200);
    expect(formatSummary(summary).at(-1)).toMatch(/^stopped early: /);
    expect(await ready()).toBe(503);
  });

  it("kg ingest stops after its bounded retries when a database it does not own is unreachable, and counts the retries", async () => {
    // The driver still points at the dead database's address, as it would at a NEO4J_URI that went away.
    const summary = await ingestMany({ retry: { retries: 2, firstDelayMs: 10 } });
    expect(summary.stopped).toMatch(/^the database is unavailable \(/);
    expect(summary.retries).toBeGreaterThanOrEqual(2);
    expect(summary.articles.new).toBe(0);
    expect(formatSummary(summary)).toContain(`retries: ${summary.retries} transient write failure(s) retried`);
  });
});
