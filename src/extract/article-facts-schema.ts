import { z } from "zod";
import { entityTypes, eventTypes } from "./types.js";

/**
 * Contract 1 (docs/CONTRACTS.md) as a zod schema: the shape of what `extractArticle` returns and
 * `kg extract` prints. The output types in types.ts are inferred from it, so the shape is written
 * once; a test runs it over the extraction of every development article.
 */
const offsets = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Present, as "title", when the offsets point into the article's title instead of its text. */
  field: z.literal("title").optional(),
};

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");

export const mentionSchema = z.object({
  ...offsets,
  text: z.string().min(1),
  sentence: z.number().int().nonnegative(),
});

export const entitySchema = z.object({
  id: z.string().min(1),
  type: z.enum(entityTypes),
  name: z.string().min(1),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .nullable(),
  aliases: z.array(z.string()),
  mentions: z.array(mentionSchema),
});

/** A quotation and its speaker (null for an unnamed source); `start`/`end` exclude the quote marks. */
export const statementSchema = z.object({
  id: z.string().min(1),
  speakerId: z.string().min(1).nullable(),
  speaker: z.string().nullable(),
  quote: z.string().min(1),
  /** The quote is part of the author's own sentence («заявил, что «…»»). */
  partial: z.boolean(),
  ...offsets,
  eventId: z.string().min(1).nullable(),
  aboutIds: z.array(z.string().min(1)),
});

export const participantRoles = ["HOST", "PARTY", "MEDIATOR", "PARTICIPANT", "SPEAKER"] as const;
export const datePrecisions = ["DAY", "MONTH", "SEASON", "YEAR", "DECADE"] as const;

export const eventDateSchema = z.object({
  /** "2024", "2024-05", "2024-07-06", "2020-autumn", "1980s"; null when it cannot be resolved. */
  value: z.string().nullable(),
  precision: z.enum(datePrecisions),
  text: z.string(),
  from: isoDay.nullable(),
  to: isoDay.nullable(),
});

export const eventSchema = z.object({
  id: z.string().min(1),
  type: z.enum(eventTypes),
  title: z.string().min(1),
  participants: z.array(z.object({ entityId: z.string().min(1), role: z.enum(participantRoles) })),
  locationId: z.string().min(1).nullable(),
  date: eventDateSchema.nullable(),
  evidence: z.array(z.object({ ...offsets, sentence: z.number().int().nonnegative() })),
});

export const articleMetaSchema = z.object({
  id: z.string().min(1),
  url: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  language: z.string().min(1),
  publishedAt: z.string().nullable(),
});

/** Contract 1, plus `warnings` for what the pipeline had to guess or skip. */
export const articleFactsSchema = z.object({
  article: articleMetaSchema,
  entities: z.array(entitySchema),
  statements: z.array(statementSchema),
  events: z.array(eventSchema),
  warnings: z.array(z.string()),
});
