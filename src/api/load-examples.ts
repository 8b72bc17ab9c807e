import { readFileSync } from "node:fs";

/** One documented example operation: the question it answers, the query, and its documented answer. */
export interface QueryExample {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The `data` the query returns on the seed corpus, as documented. */
  answer?: unknown;
}

/**
 * Reads the examples out of `docs/QUERIES.md`, which is their one source: the IDE opens each as a
 * tab and the tests run each and compare the documented answer. An example is a `### question`
 * heading followed by a ```graphql block, optionally a ```json variables block and a
 * ```json answer block.
 */
export function loadExamples(path: string): QueryExample[] {
  return parseExamples(readFileSync(path, "utf8"));
}

/** The pure half of `loadExamples`, for tests. */
export function parseExamples(markdown: string): QueryExample[] {
  const examples: QueryExample[] = [];
  for (const section of markdown.split(/^### /m).slice(1)) {
    const title = section.slice(0, section.indexOf("\n")).trim();
    const blocks = [...section.matchAll(/^```(\w+)(?:[ \t]+(\w+))?\n([\s\S]*?)^```/gm)];
    const query = blocks.find(([, language]) => language === "graphql")?.[3];
    if (!query) continue;
    const json = (label: string) => {
      const block = blocks.find(([, language, name]) => language === "json" && name === label);
      return block ? JSON.parse(block[3]!) : undefined;
    };
    examples.push({ title, query: query.trim(), variables: json("variables"), answer: json("answer") });
  }
  return examples;
}
