import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  breakFirstStatement,
  buildArticle,
  dumpTestGraph,
  openTestDriver,
  removeTestData,
  testPrefix,
  writeArticleFacts,
} from "../support/ingest-fixtures.js";

describe("a failing article write", () => {
  let driver: Driver;
  const p = testPrefix();

  beforeAll(async () => {
    driver = await openTestDriver();
  });

  afterAll(async () => {
    await removeTestData(driver, p);
    await driver.close();
  });

  it("leaves nothing of the article behind when a statement late in the transaction is rejected", async () => {
    const speaker = { id: `${p}:person:speaker`, type: "PERSON" as const, name: "A Speaker", surface: "Speaker" };
    const { record, facts } = buildArticle({
      id: `${p}:article:broken`,
      language: "en",
      publishedAt: "2024-07-06",
      text: 'Speaker said "something" at the summit.',
      entities: [speaker],
      events: [
        { id: `${p}:event:summit`, type: "SUMMIT", title: "Summit", participants: [[speaker.id, "PARTICIPANT"]] },
      ],
      statements: [{ id: `${p}:statement:broken`, speakerId: speaker.id, quote: "something" }],
    });
    // The statement write fails, and the whole transaction must roll back.
    breakFirstStatement(facts);
    await expect(writeArticleFacts(driver, { database: "neo4j", article: record, facts })).rejects.toThrow(
      /Property values/,
    );
    const graph = await dumpTestGraph(driver, p);
    expect(graph.nodes).toBe(0);
    expect(graph.relationships).toBe(0);
  });
});
