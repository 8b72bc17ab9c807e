import { readFileSync } from "node:fs";

/** One documented example operation: the question it answers, the query, and its documented answer. */
export interface QueryExample {
  title: string;
  /** Who asks it: the `## ` heading the example sits under (Analyst, Dashboard, Researcher). */
  audience?: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The `data` the query returns on the seed corpus, as documented. */
  answer?: unknown;
}

/**
 * Reads the examples out of `docs/QUERIES.md`, which is their one source: the IDE opens each as a
 * tab and the tests run each and compare the documented answer. An example is a `### question`
 * heading followed by a ```graphql block, optionally a ```json variables block and a
 * ```json answer block; a `## audience` heading groups the examples after it.
 */
export function loadExamples(path: string): QueryExample[] {
  return parseExamples(readFileSync(path, "utf8"));
}

/** The pure half of `loadExamples`, for tests. */
export function parseExamples(markdown: string): QueryExample[] {
  const examples: QueryExample[] = [];
  let audience: string | undefined;
  for (const section of markdown.split(/^(?=##+ )/m)) {
    const heading = section.match(/^(##+) (.*)/);
    if (heading?.[1] === "##") audience = heading[2]!.trim();
    if (heading?.[1] !== "###") continue;
    const title = heading[2]!.trim();
    const blocks = [...section.matchAll(/^```(\w+)(?:[ \t]+(\w+))?\n([\s\S]*?)^```/gm)];
    const query = blocks.find(([, language]) => language === "graphql")?.[3];
    if (!query) continue;
    const json = (label: string) => {
      const block = blocks.find(([, language, name]) => language === "json" && name === label);
      return block ? JSON.parse(block[3]!) : undefined;
    };
    examples.push({ title, audience, query: query.trim(), variables: json("variables"), answer: json("answer") });
  }
  return examples;
}
