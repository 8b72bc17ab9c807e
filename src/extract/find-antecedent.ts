import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { ExtractionResources } from "./types.js";

/** How far back (in paragraphs) a pronoun or a definite role noun may reach for its antecedent. */
const MAX_PARAGRAPHS_BACK = 2;

/**
 * The person an anaphoric speaker («сказал он», "he said", "the Chinese leader said", «продолжает
 * эксперт») points back to: the subject — the first person mentioned, quotations excluded — of the
 * closest earlier sentence that mentions a person. This is the sentence introducing the quote
 * ("Ukrainian President Volodymyr Zelenskyy said Kyiv would… "…" he said"), which is why the
 * previous quote's speaker is the wrong default. When the anaphor names a country («китайский
 * лидер»), only people holding an office of that country qualify, however far back they are.
 */
export function findAntecedent(
  text: string,
  people: readonly MentionCandidate[],
  tokens: readonly Token[],
  before: number,
  resources: ExtractionResources,
  countryId: string | null,
): string | null {
  const earlier = people.filter((m) => tokens[m.last]!.end <= before);
  if (countryId) {
    const fitting = earlier.filter((m) => resources.entities.get(m.entityId)?.offices.some((o) => o.of === countryId));
    return fitting[fitting.length - 1]?.entityId ?? null;
  }
  const last = earlier[earlier.length - 1];
  if (!last) return null;
  const sentence = tokens[last.first]!.sentence;
  if (paragraphBreaks(text, tokens[last.last]!.end, before) > MAX_PARAGRAPHS_BACK) return null;
  return earlier.find((m) => tokens[m.first]!.sentence === sentence)!.entityId;
}

function paragraphBreaks(text: string, from: number, to: number): number {
  return (text.slice(from, to).match(/\n\s*\n/g) ?? []).length;
}
