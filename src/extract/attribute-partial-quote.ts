import type { AttributedQuote } from "./attribute-quotes.js";
import { sentenceStart } from "./token-shape.js";
import {
  attributionCues,
  clauseEnd,
  subjectClauseStart,
  speakerIn,
  speakerOfCue,
  type AttributionCue,
  type Clues,
  type Speaker,
} from "./attribution-clues.js";
import type { Quote } from "./find-quotes.js";
import { entityTypeOf } from "./found-entity.js";
import { partitionPoint } from "./partition-point.js";

/**
 * Who said a quotation inside the author's own sentence — a partial quote: "said the ceasefire was
 * "a fragile first step"", "called the deal "historic"", «назвал санкции «экономической войной»».
 * The attribution is the last speech or framing verb (seed/lexicon cues.json `framing`: called,
 * vowed, «назвал») before the quotation in its sentence; the speaker is named between the previous
 * such verb and this one ("Traoré called it "…", while Goïta promised "…""), else is the sentence's
 * subject; after "according to"/«по словам» it is the person named right after the cue. Without a
 * verb before the quotation, one right after it in the sentence may name the speaker ("…" said X),
 * or the next sentence may («…«глубоко обеспокоен». Об этом заявил X»).
 * A verb with nobody named ("both sides called the meeting "constructive"") is an unnamed source.
 * A quotation after "so-called"/«так называемый» is a scare quote, no statement.
 */
export function attributePartialQuote(clues: Clues, quote: Quote): AttributedQuote | null {
  const { tokens } = clues;
  const lastBefore = lastTokenBefore(clues, quote.open);
  if (lastBefore < 0) return null;
  if (clues.cues.some((c) => c.value === "soCalled" && c.last === lastBefore)) return null;
  const sentence = tokens[lastBefore]!.sentence;
  const sentenceFirst = sentenceStart(tokens, lastBefore);
  const cues = attributionCues(clues, true).filter((c) => c.first >= sentenceFirst && c.last <= lastBefore);
  const cue = cues[cues.length - 1];
  if (!cue) return invertedAttribution(clues, quote, sentence) ?? reportedBelow(clues, quote, lastBefore);
  const speaker = reportedPerson(
    clues,
    speakerOfChain(clues, cues, sentenceFirst, lastBefore),
    cue,
    sentenceFirst,
    lastBefore,
  );
  // «…», — сказал лидер партии, призвав сторонников «мобилизоваться мирно»: the sentence's speaker goes on.
  const quotedBefore = clues.spoken.filter((s) => s.end < quote.open && s.sentence === sentence);
  return {
    quote,
    speakerId: speaker?.speakerId ?? quotedBefore.at(-1)?.speakerId ?? null,
    partial: true,
    window: { first: sentenceFirst, last: lastBefore },
  };
}

/**
 * A body that reports what a person did speaks that person's words: "The Kremlin said President
 * Vladimir Putin had sent a message, wishing … "allied relations"", "Putin phoned Aliyev and,
 * according to the Kremlin, apologised that "the tragic incident" …". The person is the first of the
 * sentence before the cue (its subject; "Jordan Bardella, the National Rally's president, said"),
 * else the subject of the reported clause after it.
 */
function reportedPerson(
  clues: Clues,
  speaker: Speaker | undefined,
  cue: AttributionCue,
  sentenceFirst: number,
  lastBefore: number,
): Speaker | undefined {
  if (!speaker?.speakerId || entityTypeOf(speaker.speakerId, clues.resources) !== "ORGANIZATION") return speaker;
  // `clues.people` are people already; an office named by its role is left out.
  const named = clues.people.filter((m) => m.source !== "role");
  const reported = named.find((m) => m.first > cue.last && m.last <= lastBefore);
  const before = named.find((m) => m.first >= sentenceFirst && m.last < cue.first);
  const person = before ?? reported;
  return person ? { speakerId: person.entityId } : speaker;
}

/**
 * The speaker of the last cue of a sentence's chain of cues: the first cue's subject, then for each
 * later cue a speaker named in the clause right before it ("Traoré called …, while Goïta promised";
 * "…, который заявляет …, дипломат сказала"), else the same speaker ("X says his country condemns
 * …", "X said he would …, describing …").
 */
function speakerOfChain(
  clues: Clues,
  cues: readonly AttributionCue[],
  sentenceFirst: number,
  limit: number,
): Speaker | undefined {
  let speaker = speakerOfCue(clues, { first: sentenceFirst, last: cues[0]!.first - 1 }, cues[0]!, limit);
  for (let i = 1; i < cues.length; i++) {
    const between = { first: cues[i - 1]!.last + 1, last: cues[i]!.first - 1 };
    const near = { first: Math.max(between.first, subjectClauseStart(clues, cues[i]!.first)), last: between.last };
    speaker =
      (cues[i]!.value === "sourceAfter"
        ? speakerOfCue(clues, between, cues[i]!, limit)
        : speakerIn(clues, near, speaker)) ?? speaker;
  }
  return speaker;
}

/**
 * "…" said X in the same sentence: the speaker of the first speech verb after the quotation, read
 * in the words between them ("diplomacy "every chance" before troops move, the president of the
 * commission, Omar Touray, told reporters").
 */
function invertedAttribution(clues: Clues, quote: Quote, sentence: number): AttributedQuote | null {
  const { tokens } = clues;
  const first = tokens.findIndex((t) => t.start >= quote.close);
  if (first < 0 || tokens[first]!.sentence !== sentence) return null;
  const cue = attributionCues(clues, false).find((c) => c.first >= first && tokens[c.first]!.sentence === sentence);
  if (!cue) return null;
  let last = cue.last;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence) last++;
  const speaker = speakerOfCue(clues, { first, last: cue.first - 1 }, cue, last);
  const window = { first, last: clauseEnd(clues, cue.first, last) };
  return speaker ? { quote, speakerId: speaker.speakerId, partial: true, window } : null;
}

/**
 * A sentence opening with `reportedAbove` («Об этом во вторник заявил официальный представитель
 * генсека X») names who said the one before it: the person after its speech verb, where Russian
 * puts the subject of such a sentence, else before it.
 */
function reportedBelow(clues: Clues, quote: Quote, lastBefore: number): AttributedQuote | null {
  const { tokens } = clues;
  const sentence = tokens[lastBefore]!.sentence;
  let opener = lastBefore;
  while (opener < tokens.length && tokens[opener]!.sentence === sentence) opener++;
  const reported = clues.cues.find((c) => c.value === "reportedAbove" && c.first === opener);
  if (!reported) return null;
  const next = tokens[opener]!.sentence;
  const cue = attributionCues(clues, false).find((c) => c.first > reported.last && tokens[c.first]!.sentence === next);
  if (!cue) return null;
  let last = cue.last;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === next) last++;
  const speaker =
    speakerIn(clues, { first: cue.last + 1, last })?.speakerId ??
    speakerIn(clues, { first: reported.last + 1, last: cue.first - 1 })?.speakerId;
  return speaker ? { quote, speakerId: speaker, partial: true, window: { first: opener, last } } : null;
}

/** Index of the last token ending at or before `offset`, or -1. */
export function lastTokenBefore(clues: Clues, offset: number): number {
  return partitionPoint(clues.tokens, (token) => token.end > offset) - 1;
}
