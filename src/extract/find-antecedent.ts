import type { MentionCandidate } from "./mention-candidate.js";
import { isCyrillic, sentenceStart } from "./token-shape.js";
import type { Token } from "./segment-text.js";
import type { ExtractionResources } from "./types.js";

/** How far back (in paragraphs) a pronoun or a definite role noun may reach for its antecedent. */
const MAX_PARAGRAPHS_BACK = 2;

/** A quotation attributed so far: where it closes, the sentence it ends in, and who said it. */
export interface SpokenQuote {
  end: number;
  sentence: number;
  speakerId: string;
}

/** Pronouns that are the subject of their clause. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["он", "она", "he", "she"]);

/**
 * The person an anaphoric speaker («сказал он», "he said", "the Chinese leader said", «продолжает
 * эксперт») points back to: the subject — the first person mentioned, quotations excluded — of the
 * closest earlier sentence that mentions a person. This is the sentence introducing the quote
 * ("Ukrainian President Volodymyr Zelenskyy said Kyiv would… "…" he said"), which is why the
 * previous quote's speaker is the wrong default. But when that sentence itself quotes someone, the
 * one it quotes is its subject («Отвечая на вопрос о кандидате X, Y сказал, что ООН «…». «…», —
 * подчеркнул он» is Y), and when its subject is itself a pronoun before any name ("He recalled that
 * Rio hosted the summit, when President Lula…"), the antecedent is that pronoun's. When the anaphor
 * names a country («китайский лидер»), only people holding an office of that country qualify,
 * however far back they are.
 */
export function findAntecedent(
  text: string,
  people: readonly MentionCandidate[],
  tokens: readonly Token[],
  before: number,
  resources: ExtractionResources,
  countryId: string | null,
  spoken: readonly SpokenQuote[] = [],
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
  const quotedThere = spoken.find((s) => s.end <= before && s.sentence === sentence);
  if (quotedThere) return quotedThere.speakerId;
  const inSentence = earlier.filter((m) => tokens[m.first]!.sentence === sentence);
  const subject =
    inSentence.find((m) => !isPrepositionObject(tokens, m) && !isObliqueOnly(tokens[m.last]!)) ?? inSentence[0]!;
  const start = sentenceStart(tokens, subject.first);
  const pronounFirst = tokens.slice(start, subject.first).some((t) => SUBJECT_PRONOUNS.has(t.text.toLowerCase()));
  if (!pronounFirst) return subject.entityId;
  return findAntecedent(text, people, tokens, tokens[start]!.start, resources, null, spoken) ?? subject.entityId;
}

/** English prepositions (closed class; az tags Russian ones as PREP); not "by", whose object is a passive's agent ("was led by X"). */
const ENGLISH_PREPOSITIONS = new Set(
  "about above across after against alongside among at before behind beside besides between despite for from in including into like near of on over than to toward towards under via with without".split(
    " ",
  ),
);

/**
 * A person named after a preposition is no subject: "On Monday, standing beside Rubio in Jerusalem,
 * Israeli Prime Minister Benjamin Netanyahu defended…", «Вместе с Рубио Нетаньяху заявил…».
 */
function isPrepositionObject(tokens: readonly Token[], mention: MentionCandidate): boolean {
  const before = tokens[mention.first - 1];
  return (
    before !== undefined &&
    before.sentence === tokens[mention.first]!.sentence &&
    (before.analysis.pos === "PREP" || ENGLISH_PREPOSITIONS.has(before.text.toLowerCase()))
  );
}

/** A Russian name word no nominative reading fits, fronted as an object: «Вонга с победой поздравил … Анвар Ибрагим». */
function isObliqueOnly(token: Token): boolean {
  const { cases } = token.analysis;
  return isCyrillic(token) && cases.size > 0 && !cases.has("nomn");
}

function paragraphBreaks(text: string, from: number, to: number): number {
  return (text.slice(from, to).match(/\n\s*\n/g) ?? []).length;
}
