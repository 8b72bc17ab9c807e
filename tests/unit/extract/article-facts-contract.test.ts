import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { articleFactsSchema } from "../../../src/extract/article-facts-schema.js";
import { extractArticle } from "../../../src/extract/index.js";
import type { ArticleFacts, ArticleInput, ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

const ARTICLES = join(import.meta.dirname, "../../../seed/articles");

/** Every development article's input fields (the gold is not read: this checks the shape of output, not its quality). */
const inputs: { file: string; input: ArticleInput }[] = readdirSync(ARTICLES)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => {
    const {
      gold: _gold,
      genre: _genre,
      region: _region,
      ...input
    } = JSON.parse(readFileSync(join(ARTICLES, file), "utf8"));
    return { file, input };
  });

let extractions: { file: string; input: ArticleInput; facts: ArticleFacts }[];
beforeAll(async () => {
  const resources: ExtractionResources = await seedResources();
  extractions = inputs.map(({ file, input }) => ({ file, input, facts: extractArticle(input, resources) }));
});

/** The text an offset pair points into: the title when the fact says `field: "title"`. */
function source(input: ArticleInput, field: "title" | undefined): string {
  return field === "title" ? (input.title ?? "") : input.text;
}

describe("contract 1 over the extraction of every development article", () => {
  it("has the documented shape (docs/CONTRACTS.md)", () => {
    expect(extractions.length).toBeGreaterThan(20);
    for (const { file, facts } of extractions) {
      const parsed = articleFactsSchema.safeParse(facts);
      expect(parsed.success ? [] : parsed.error.issues, file).toEqual([]);
    }
  });

  it("points every mention and quote at its own words", () => {
    for (const { file, input, facts } of extractions) {
      for (const entity of facts.entities) {
        for (const mention of entity.mentions) {
          expect(source(input, mention.field).slice(mention.start, mention.end), `${file} ${entity.id}`).toBe(
            mention.text,
          );
        }
      }
      for (const statement of facts.statements) {
        expect(source(input, statement.field).slice(statement.start, statement.end), `${file} ${statement.id}`).toBe(
          statement.quote,
        );
      }
    }
  });

  it("uses in events and statements only ids of the article's own entities", () => {
    const dangling: string[] = [];
    for (const { file, facts } of extractions) {
      const ids = new Set(facts.entities.map((entity) => entity.id));
      const used = [
        ...facts.statements.flatMap((statement) => [statement.speakerId, ...statement.aboutIds]),
        ...facts.events.flatMap((event) => [
          event.locationId,
          ...event.participants.map((participant) => participant.entityId),
        ]),
      ];
      for (const id of used) if (id !== null && !ids.has(id)) dangling.push(`${file} ${id}`);
    }
    expect(dangling).toEqual([]);
  });
});

describe("the title as content", () => {
  let resources: ExtractionResources;
  beforeAll(async () => {
    resources = await seedResources();
  });
  const article = {
    language: "en",
    publishedAt: "2024-06-01",
    title: "Ramaphosa hosts Tinubu",
    text: "PRETORIA - President Cyril Ramaphosa met President Bola Tinubu of Nigeria.",
  };

  it('links names in the title with field "title" and offsets into it', () => {
    const facts = extractArticle(article, resources);
    const inTitle = facts.entities.flatMap((e) =>
      e.mentions.filter((m) => m.field === "title").map((m) => ({ name: e.name, ...m })),
    );
    expect(inTitle.map((m) => [m.name, article.title.slice(m.start, m.end)])).toEqual([
      ["Cyril Ramaphosa", "Ramaphosa"],
      ["Bola Tinubu", "Tinubu"],
    ]);
  });

  it("counts the text's offsets and sentences from the text's start", () => {
    const facts = extractArticle(article, resources);
    const ramaphosa = facts.entities
      .find((e) => e.name === "Cyril Ramaphosa")!
      .mentions.find((m) => m.field === undefined)!;
    expect(ramaphosa).toMatchObject({ start: article.text.indexOf("Cyril"), sentence: 0 });
  });

  it("invents no title for an article whose title is null", () => {
    expect(
      extractArticle({ ...article, title: null, text: `Headline\n\n${article.text}` }, resources).article.title,
    ).toBeNull();
  });
});
