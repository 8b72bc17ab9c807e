import type { AttributedQuote } from "./attribute-quotes.js";
import { attributionCues, clauseEnd, speakerIn, speakerOfCue, within, type Clues } from "./attribution-clues.js";
import type { Quote } from "./find-quotes.js";

/** How many words after a quotation an inverted attribution ("…", said X) may reach. */
const AFTER_TOKENS = 8;

/**
 * Who said a quotation inside the author's own sentence — a partial quote: "said the ceasefire was
 * "a fragile first step"", "called the deal "historic"", «назвал санкции «экономической войной»».
 * The attribution is the last speech or framing verb (seed/lexicon cues.json `framing`: called,
 * vowed, «назвал») before the quotation in its sentence; the speaker is named between the previous
 * such verb and this one ("Traoré called it "…", while Goïta promised "…""), else is the sentence's
 * subject; after "according to"/«по словам» it is the person named right after the cue. Without a
 * verb before the quotation, one right after it in the sentence may name the speaker ("…" said X).
 * A verb with nobody named ("both sides called the meeting "constructive"") is an unnamed source.
 * A quotation after "so-called"/«так называемый» is a scare quote, no statement.
 */
export function attributePartialQuote(clues: Clues, quote: Quote): AttributedQuote | null {
  const { tokens } = clues;
  const lastBefore = lastTokenBefore(clues, quote.open);
  if (lastBefore < 0) return null;
  if (clues.cues.some((c) => c.value === "soCalled" && c.last === lastBefore)) return null;
  const sentence = tokens[lastBefore]!.sentence;
  let sentenceFirst = lastBefore;
  while (sentenceFirst > 0 && tokens[sentenceFirst - 1]!.sentence === sentence) sentenceFirst--;
  const cues = attributionCues(clues, true).filter((c) => c.first >= sentenceFirst && c.last <= lastBefore);
  const cue = cues[cues.length - 1];
  if (!cue) return invertedAttribution(clues, quote, sentence);
  const earlier = cues[cues.length - 2];
  const speaker =
    speakerOfCue(clues, { first: earlier ? earlier.last + 1 : sentenceFirst, last: cue.first - 1 }, cue, lastBefore) ??
    (earlier ? speakerIn(clues, { first: sentenceFirst, last: cue.first - 1 }) : undefined);
  return { quote, speakerId: speaker?.speakerId ?? null, partial: true, window: { first: sentenceFirst, last: lastBefore } };
}

/** "…" said X in the same sentence: the speaker named in the words right after the quotation. */
function invertedAttribution(clues: Clues, quote: Quote, sentence: number): AttributedQuote | null {
  const { tokens } = clues;
  const first = tokens.findIndex((t) => t.start >= quote.close);
  if (first < 0 || tokens[first]!.sentence !== sentence) return null;
  let last = first;
  while (last + 1 < tokens.length && last - first < AFTER_TOKENS && tokens[last + 1]!.sentence === sentence) last++;
  const window = { first, last: clauseEnd(clues, first, last) };
  if (!clues.verbs.some((v) => within(v, window))) return null;
  const speaker = speakerIn(clues, window);
  return speaker ? { quote, speakerId: speaker.speakerId, partial: true, window } : null;
}

/** Index of the last token ending at or before `offset`, or -1. */
function lastTokenBefore(clues: Clues, offset: number): number {
  let low = 0;
  let high = clues.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (clues.tokens[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
