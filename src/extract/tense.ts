import { groupBy } from "../domain/group-by.js";
import { partitionPoint } from "./partition-point.js";
import type { Token } from "./segment-text.js";

/** English words that mark the future ("will be held"), the present ("talks are under way") or the past ("was held", "met"). */
const ENGLISH_FUTURE = /^(?:will|shall|'ll)$/i;
const ENGLISH_PRESENT = /^(?:is|are|am|has|have|opens|begins|continues|remains|holds|meets|gathers|hosts)$/i;
const ENGLISH_PAST = /^(?:was|were|had|did|held|met|won|took|began|led|said|\p{L}{3,}ed)$/iu;

/** Russian past active participles («прошедших», «состоявшейся»), which az often reads as nouns. */
const RUSSIAN_PAST_PARTICIPLE =
  /\p{L}{2,}[вдстзбкгрп]ш(?:ий|ая|ее|ие|их|им|ими|ем|ей|его|ему|ую|ой|ийся|аяся|ееся|иеся|ихся|имся|ейся|уюся|егося)$/iu;

export type Tense = "future" | "present" | "past";

/**
 * The tense an offset is told in: the tensed word closest to it in its sentence decides, so that
 * one sentence can look back and forward («на прошедших в воскресенье выборах … станет первой
 * женщиной»: Sunday is the past one). Russian tense comes from az's tags (a past participle, which
 * az often reads as a noun, counts as past); English from auxiliaries and past forms. Null when
 * the sentence has no tensed word.
 */
export function tenseAt(
  tokens: readonly Token[],
  skip: (token: Token) => boolean = () => false,
): (offset: number) => Tense | null {
  const tensed = tokens.flatMap((token) => {
    const tense = skip(token) ? null : tenseOf(token);
    return tense ? [{ token, tense }] : [];
  });
  const tensedBySentence = groupBy(tensed, (t) => t.token.sentence);
  return (offset) => {
    const sentence = tokens[partitionPoint(tokens, (t) => t.end > offset)]?.sentence;
    const distance = (t: Token) => (t.start >= offset ? t.start - offset : offset - t.end);
    const closest = [...(tensedBySentence.get(sentence ?? -1) ?? [])].sort(
      (a, b) => distance(a.token) - distance(b.token),
    )[0];
    return closest?.tense ?? null;
  };
}

function tenseOf(token: Token): Tense | null {
  const tags = token.analysis.grammemes;
  if (tags.has("futr") || ENGLISH_FUTURE.test(token.text)) return "future";
  if (tags.has("past") || ENGLISH_PAST.test(token.text) || RUSSIAN_PAST_PARTICIPLE.test(token.text)) return "past";
  if (tags.has("pres") || ENGLISH_PRESENT.test(token.text)) return "present";
  return null;
}
