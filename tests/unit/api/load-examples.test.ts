import { describe, expect, it } from "vitest";
import { loadExamples, parseExamples } from "../../../src/api/load-examples.js";

const markdown = [
  "# Queries",
  "",
  "### Who spoke?",
  "Some prose.",
  "```graphql",
  "query Q($id: ID!) { entity(id: $id) { name } }",
  "```",
  "```json variables",
  '{ "id": "Q232" }',
  "```",
  "```json answer",
  '{ "entity": { "name": "Kazakhstan" } }',
  "```",
  "### A heading without a query",
  "nothing here",
  "### Plain",
  "```graphql",
  "{ articles { id } }",
  "```",
].join("\n");

describe("parseExamples", () => {
  it("takes each heading's query, variables and documented answer", () => {
    expect(parseExamples(markdown)).toEqual([
      {
        title: "Who spoke?",
        query: "query Q($id: ID!) { entity(id: $id) { name } }",
        variables: { id: "Q232" },
        answer: { entity: { name: "Kazakhstan" } },
      },
      { title: "Plain", query: "{ articles { id } }", variables: undefined, answer: undefined },
    ]);
  });

  it("finds at least one runnable example in docs/QUERIES.md", () => {
    const examples = loadExamples("docs/QUERIES.md");
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(example.query).toMatch(/\{/);
  });
});

describe("parseExamples audiences", () => {
  it("files each example under the ## heading above it", () => {
    const grouped = [
      "## Analyst",
      "### One",
      "```graphql",
      "{ a }",
      "```",
      "## Dashboard",
      "### Two",
      "```graphql",
      "{ b }",
      "```",
    ];
    expect(parseExamples(grouped.join("\n")).map((example) => [example.audience, example.title])).toEqual([
      ["Analyst", "One"],
      ["Dashboard", "Two"],
    ]);
  });
});
