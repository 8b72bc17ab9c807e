/**
 * Regenerates the documented answers of docs/QUERIES.md by running every example against a live
 * API: `npx tsx tests/support/update-query-answers.ts http://127.0.0.1:4000/graphql`, with a
 * server that has loaded the seed corpus (`npm start`). Each example's ```json answer block is
 * replaced (or added after its query and variables) by the `data` the server returns, so the
 * documentation only ever shows real output. An example that errors stops the run.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseExamples } from "../../src/api/load-examples.js";
import { postGraphQL } from "./post-graphql.js";

const DOC = "docs/QUERIES.md";

async function main(url: string): Promise<void> {
  const markdown = readFileSync(DOC, "utf8");
  const sections = markdown.split(/^(?=### )/m);
  const updated: string[] = [];
  for (const section of sections) {
    const [example] = parseExamples(section);
    if (!example) {
      updated.push(section);
      continue;
    }
    const reply = await postGraphQL(url, example.query, example.variables);
    if (reply.body.errors || !reply.body.data) {
      throw new Error(`"${example.title}" failed: ${JSON.stringify(reply.body.errors)}`);
    }
    updated.push(withAnswer(section, reply.body.data));
    process.stdout.write(`answered: ${example.title}\n`);
  }
  writeFileSync(DOC, updated.join(""));
}

/** The section with its answer block replaced, or added after the last query/variables block. */
function withAnswer(section: string, data: unknown): string {
  const block = "```json answer\n" + JSON.stringify(data, null, 2) + "\n```\n";
  const existing = /^```json answer\n[\s\S]*?^```\n/m;
  if (existing.test(section)) return section.replace(existing, () => block);
  const blocks = [...section.matchAll(/^```(?:graphql|json variables)\n[\s\S]*?^```\n/gm)];
  const last = blocks[blocks.length - 1]!;
  const end = last.index! + last[0].length;
  return section.slice(0, end) + "\n" + block + section.slice(end);
}

const url = process.argv[2];
if (!url) {
  process.stderr.write("usage: npx tsx tests/support/update-query-answers.ts <GraphQL endpoint URL>\n");
  process.exitCode = 2;
} else {
  await main(url);
}
