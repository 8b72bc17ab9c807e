import { z } from "zod";
import type { ArticleInput } from "../extract/types.js";

const optionalText = z.string().nullable().optional();

/** The article fields accepted in JSON input; other keys (such as a gold annotation) are ignored. */
export const articleInputSchema = z.object({
  id: optionalText,
  url: optionalText,
  source: optionalText,
  title: optionalText,
  language: optionalText,
  publishedAt: optionalText,
  text: z.string({ required_error: 'missing "text"', invalid_type_error: '"text" must be a string' }),
});

/** Parses one JSON article; malformed JSON or a wrong shape gives a readable error. */
export function articleFromJson(source: string): { article?: ArticleInput; error?: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    return { error: `malformed JSON (${(error as Error).message})` };
  }
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: issue.path.length ? `${issue.message}` : 'expected a JSON object with a "text" field' };
  }
  // A JSON article states its title; without one it has none, and none is guessed from the text.
  return { article: { ...parsed.data, title: parsed.data.title ?? null } };
}
