import { z } from "zod";
import { entityTypes, eventTypes, type ArticleInput } from "../extract/types.js";

/** "YYYY", "YYYY-MM", "YYYY-MM-DD" or a decade "1980s"; see seed/articles/README.md. */
const goldDatePattern = /^(\d{4}|\d{4}-(0[1-9]|1[0-2])|\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])|\d{3}0s)$/;

const nonEmpty = z.string().trim().min(1);

const goldEntitySchema = z.object({
  name: nonEmpty,
  type: z.enum(entityTypes),
  wikidata: z
    .string()
    .regex(/^Q\d+$/, "must be a Wikidata QID like Q232")
    .nullable(),
  surface: z.array(nonEmpty).min(1),
});

const goldStatementSchema = z.object({
  speaker: nonEmpty.nullable(),
  quote: nonEmpty,
  /** The quote is part of the author's own sentence («заявил, что «…»», called it "a first step"). */
  partial: z.boolean(),
});

const goldEventSchema = z.object({
  /** The same for every article's mention of one real-world event: cross-article identity is scored on it. */
  key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lower-case slug like 2024-summit-nato-washington"),
  type: z.enum(eventTypes),
  description: nonEmpty,
  participants: z.array(nonEmpty).min(1),
  location: nonEmpty.nullable(),
  date: z.string().regex(goldDatePattern, 'must be "YYYY", "YYYY-MM", "YYYY-MM-DD", "1980s" or null').nullable(),
  dateText: z.string().nullable(),
});

/** The genres of seed/articles/README.md; an article records the one it was written as. */
export const goldGenres = [
  "wire",
  "live-report",
  "press-release",
  "briefing",
  "interview",
  "analysis",
  "brief-untitled",
  "title-names-people",
  "undated",
  "news",
] as const;

/** The regions of seed/articles/README.md: where the story happens, or the body that holds it. */
export const goldRegions = [
  "africa",
  "latin-america",
  "middle-east",
  "south-asia",
  "east-southeast-asia",
  "europe",
  "north-america",
  "post-soviet",
  "multilateral",
] as const;

const goldArticleShape = z.object({
  id: nonEmpty,
  genre: z.enum(goldGenres),
  region: z.enum(goldRegions),
  url: z.string().url().nullable(),
  source: z.string().nullable(),
  language: z.enum(["ru", "en"]),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
    .nullable(),
  title: z.string().nullable(),
  text: nonEmpty,
  gold: z.object({
    entities: z.array(goldEntitySchema),
    statements: z.array(goldStatementSchema),
    events: z.array(goldEventSchema),
  }),
});

/**
 * One annotated article (docs/CONTRACTS.md contract 2): the article fields plus `gold` entities, statements
 * and events. Beyond the shapes, it checks what makes an annotation usable as a yardstick: names
 * are unique, every speaker, participant and location names an annotated entity, and every surface
 * form and quote occurs verbatim in the text or the title (so a typo cannot silently lower a score).
 */
export const goldArticleSchema = goldArticleShape.superRefine((article, ctx) => {
  for (const problem of crossReferenceProblems(article)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: problem.path, message: problem.message });
  }
});

/** An annotated article as read from a gold file. */
export type GoldArticle = z.infer<typeof goldArticleSchema>;
/** One annotated entity: canonical English name, type, QID or null, and its surface forms in the text. */
export type GoldEntity = GoldArticle["gold"]["entities"][number];
/** One annotated quote and the canonical name of its speaker (null for an unnamed source). */
export type GoldStatement = GoldArticle["gold"]["statements"][number];
/** One annotated event; participants and location are canonical entity names. */
export type GoldEvent = GoldArticle["gold"]["events"][number];

interface Problem {
  path: (string | number)[];
  message: string;
}

function crossReferenceProblems(article: z.infer<typeof goldArticleShape>): Problem[] {
  const { entities, statements, events } = article.gold;
  const occurs = (words: string) => article.text.includes(words) || (article.title ?? "").includes(words);
  const names = new Set(entities.map((entity) => entity.name));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  entities.forEach((entity, i) => {
    if (seen.has(entity.name))
      problems.push({ path: ["gold", "entities", i, "name"], message: `duplicate entity "${entity.name}"` });
    seen.add(entity.name);
    entity.surface.forEach((surface, j) => {
      if (!occurs(surface)) {
        problems.push({
          path: ["gold", "entities", i, "surface", j],
          message: `"${surface}" does not occur in the text or the title`,
        });
      }
    });
  });
  statements.forEach((statement, i) => {
    if (statement.speaker !== null && !names.has(statement.speaker)) {
      problems.push({
        path: ["gold", "statements", i, "speaker"],
        message: `speaker "${statement.speaker}" is not an annotated entity`,
      });
    }
    if (!occurs(statement.quote)) {
      problems.push({
        path: ["gold", "statements", i, "quote"],
        message: "the quote does not occur verbatim in the text or the title",
      });
    }
  });
  const keys = new Set<string>();
  events.forEach((event, i) => {
    if (keys.has(event.key))
      problems.push({
        path: ["gold", "events", i, "key"],
        message: `two events of this article share the key "${event.key}"`,
      });
    keys.add(event.key);
    event.participants.forEach((participant, j) => {
      if (!names.has(participant)) {
        problems.push({
          path: ["gold", "events", i, "participants", j],
          message: `"${participant}" is not an annotated entity`,
        });
      }
    });
    if (event.location !== null && !names.has(event.location)) {
      problems.push({
        path: ["gold", "events", i, "location"],
        message: `"${event.location}" is not an annotated entity`,
      });
    }
  });
  return problems;
}

/**
 * Validates one parsed gold file; throws an Error whose message names `origin` (the file) and
 * every problem with its JSON path, e.g. `x.json: gold.events.0.type: Invalid enum value`.
 */
export function parseGoldArticle(json: unknown, origin: string): GoldArticle {
  const parsed = goldArticleSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`);
  throw new Error(`${origin} is not a valid gold file: ${problems.join("; ")}`);
}

/** The article a gold file annotates, as the extractor takes it: everything but the annotation (`gold`, `genre`, `region`). */
export function goldArticleInput(article: GoldArticle): ArticleInput {
  const { gold: _gold, genre: _genre, region: _region, ...input } = article;
  return input;
}
