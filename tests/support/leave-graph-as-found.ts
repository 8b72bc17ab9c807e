/**
 * Setup file of the integration project (vitest.config.ts): every test file must leave the shared
 * test database exactly as it found it, to the property. Files run one after another on one
 * database, so what one leaves behind changes what the next one writes (an event merged with a
 * leftover one takes its place and title), and a file that deletes what it did not make hides that
 * from the rest. The graph is fingerprinted before the file's own hooks run and compared after
 * them; any difference fails the file, naming what it added, removed or changed.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, inject } from "vitest";
import { graphChanges, graphFingerprint } from "./graph-fingerprint.js";
import { testConfig } from "./test-config.js";

const shown = 8;
const lineLength = 300;
let driver: Driver;
let database: string;
let before: string[];

beforeAll(async () => {
  const { uri, user, password } = inject("neo4j");
  driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  database = testConfig().neo4j.database;
  before = await graphFingerprint(driver, database);
});

afterAll(async () => {
  try {
    const { added, removed } = graphChanges(before, await graphFingerprint(driver, database));
    if (added.length + removed.length === 0) return;
    throw new Error(
      `this test file did not leave the test database as it found it: ${added.length} nodes or relationships ` +
        `added or changed, ${removed.length} removed or changed. Remove exactly what the file made ` +
        "(tests/support/track-stored-articles.ts for articles stored through the product).\n" +
        [...sample("after", added), ...sample("before", removed)].join("\n"),
    );
  } finally {
    await driver.close();
  }
});

function sample(when: string, lines: string[]): string[] {
  const more = lines.length > shown ? [`  … and ${lines.length - shown} more`] : [];
  return [...lines.slice(0, shown).map((line) => `  only ${when}: ${line.slice(0, lineLength)}`), ...more];
}
