import type { AttributedQuote } from "./attribute-quotes.js";
import type { DateMention } from "./date-rules.js";
import { insideQuote, type Quote } from "./find-quotes.js";
import { matchPhrases, type PhraseMatch } from "./match-phrases.js";
import type { MergedEvent } from "./merge-events.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Sentence, Token } from "./segment-text.js";
import { placeAfterCue } from "./event-place.js";
import { entityTypeOf } from "./found-entity.js";
import type { CueKind, EventDate, ExtractionResources } from "./types.js";

/** What the occasions of an article's statements are read from. */
export interface OccasionContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  dates: readonly DateMention[];
  /** Last tokens of the words that place a saying at an event ("at", "during", «на», «в ходе»: cues.json `speakingAt`). */
  speakingAt: ReadonlySet<number>;
  /** The day the report was filed (its dateline's, else publishedAt): what a quote reported undated was said by. */
  filingDay: EventDate | null;
  /** The article's entity mentions, in text order: where a quote's clause says it was said («told reporters in Abuja»). */
  mentions: readonly MentionCandidate[];
  resources: ExtractionResources;
}

/**
 * The occasions statements were made at, as STATEMENT events (seed/articles/README.md): a quote
 * of a named speaker whose attribution clause gives a time ("said on Tuesday", «заявил в
 * понедельник») or an occasion (cues.json `statementOccasion`: a briefing, a news conference,
 * remarks to reporters, a post, an address, an interview) was said at one, and so was one said
 * right after a dated gathering ("told reporters after the talks": that day). A quote whose clause
 * names another event (a summit, talks) belongs to that gathering and gets none. One occasion per
 * speaker in an article: the quotes a speaker gives in one article are, nearly always, said at one
 * briefing or in one statement; the first dated clause dates it, with the date nearest its speech
 * verb ("said on Tuesday", not "the attack of October 7" the speaker talks about), else the filing day,
 * and the first clause placing it gives its place ("told reporters in Abuja"). The speaker is its participant;
 * buildEvents then adds whom the speaker represents. Each quote's window holds a mention of its
 * occasion, so buildEvents ties the quote to it as to any event named in the window.
 */
export function findStatementOccasions(
  ctx: OccasionContext,
  quotes: readonly AttributedQuote[],
  events: readonly MergedEvent[],
): MergedEvent[] {
  const cues = matchPhrases(ctx.text, ctx.tokens, ctx.resources.cueIndex).filter(
    (c) => !insideQuote(ctx.quotes, ctx.tokens[c.first]!.start),
  );
  const occasionCues = cues.filter((c) => c.value === "statementOccasion");
  const afterCues = cues.filter((c) => c.value === "saidAfter");
  const speechVerbs = matchPhrases(ctx.text, ctx.tokens, ctx.resources.speechIndex);
  const bySpeaker = new Map<string, MergedEvent>();
  for (const { speakerId, window } of quotes) {
    if (!speakerId || eventSaidAt(events, window, ctx.speakingAt)) continue;
    const scope = occasionScope(ctx, window);
    const start = ctx.tokens[scope.first]!.start;
    const end = ctx.tokens[scope.last]!.end;
    const verbs = speechVerbs
      .filter((v) => v.first >= scope.first && v.last <= scope.last)
      .map((v) => ctx.tokens[v.first]!.start);
    const dated = ctx.dates
      .filter((d) => d.start >= start && d.end <= end && !insideQuote(ctx.quotes, d.start) && canDate(d, ctx.filingDay))
      .sort((a, b) => distance(a, verbs) - distance(b, verbs))[0];
    const named = occasionCues.some((c) => c.first >= scope.first && c.last <= scope.last);
    const after = dated ? null : gatheringBefore(events, afterCues, scope);
    const known = bySpeaker.get(speakerId);
    if (!dated && !after && !named && !known) continue;
    const sentence = ctx.sentences[ctx.tokens[window.first]!.sentence]!;
    const mention = {
      type: "STATEMENT" as const,
      trigger: { first: window.first, last: window.first },
      sentence: sentence.index,
      participants: [{ entityId: speakerId, role: "PARTICIPANT" as const }],
      locationId: placeSaid(ctx, cues, window),
      date: dated?.date ?? after?.date ?? null,
      evidence: { start: sentence.start, end: sentence.end, sentence: sentence.index },
    };
    if (!known)
      bySpeaker.set(speakerId, {
        mentions: [mention],
        type: "STATEMENT",
        participants: [...mention.participants],
        locationId: mention.locationId,
        date: mention.date,
      });
    else {
      known.mentions.push(mention);
      known.date ??= mention.date;
      known.locationId ??= mention.locationId;
    }
  }
  // News reports what was said lately: an occasion no clause dates is dated by the filing.
  for (const occasion of bySpeaker.values()) occasion.date ??= ctx.filingDay;
  return [...bySpeaker.values()];
}

/** The place an attribution clause says a quote was said in ("told reporters in Abuja", «на брифинге в Нью-Йорке»), or null. */
function placeSaid(
  ctx: OccasionContext,
  cues: readonly PhraseMatch<CueKind>[],
  window: { first: number; last: number },
): string | null {
  const inClause = ctx.mentions.filter(
    (m) => m.first >= window.first && m.last <= window.last && !insideQuote(ctx.quotes, ctx.tokens[m.first]!.start),
  );
  const typeOf = (m: MentionCandidate) => entityTypeOf(m.entityId, ctx.resources);
  return placeAfterCue(inClause, cues, ctx.tokens, typeOf, window.first, ["locative"])?.entityId ?? null;
}

/** How far after "after" («после») a gathering's trigger may stand ("after the Istanbul talks"). */
const AFTER_REACH = 3;

/**
 * The dated gathering a statement was made right after ("told reporters after the talks",
 * «сказал журналистам после встречи»): the saying is of the gathering's day.
 */
function gatheringBefore(
  events: readonly MergedEvent[],
  afterCues: readonly { first: number; last: number }[],
  scope: { first: number; last: number },
): MergedEvent | null {
  const cues = afterCues.filter((c) => c.first >= scope.first && c.last <= scope.last);
  return (
    events.find(
      (e) =>
        SAID_AT.has(e.type) &&
        e.date?.precision === "DAY" &&
        e.mentions.some((m) => cues.some((c) => m.trigger.first > c.last && m.trigger.first - c.last <= AFTER_REACH)),
    ) ?? null
  );
}

/**
 * Where a quote's occasion is told: its attribution window and the rest of the sentences it lies in
 * ("called the meeting "…" at his regular briefing on Monday"). The sentence before is left out:
 * its dates are mostly of what was said, not of the saying.
 */
function occasionScope(ctx: OccasionContext, window: { first: number; last: number }): { first: number; last: number } {
  const sentenceOf = (token: number) => ctx.tokens[token]!.sentence;
  let first = window.first;
  while (first > 0 && sentenceOf(first - 1) === sentenceOf(window.first)) first--;
  let last = window.last;
  while (last + 1 < ctx.tokens.length && sentenceOf(last + 1) === sentenceOf(window.last)) last++;
  return { first, last };
}

/**
 * A date an occasion can have: a day or a month, and not after the report was filed — "barred until
 * 2030" or "since 1949" in the clause is what the speaker talks about, not when they spoke.
 */
function canDate(mention: DateMention, filed: EventDate | null): boolean {
  const { precision, from } = mention.date;
  if (precision !== "DAY" && precision !== "MONTH") return false;
  return !filed?.to || !from || from <= filed.to;
}

/** How far (in characters) a date stands from the closest of the clause's speech verbs. */
function distance(date: DateMention, verbs: readonly number[]): number {
  return Math.min(Infinity, ...verbs.map((v) => Math.abs(date.start - v)));
}

/** Events a statement can be said at: gatherings and statement occasions, not what the speaker talks about ("the election results"). */
const SAID_AT: ReadonlySet<MergedEvent["type"]> = new Set(["SUMMIT", "NEGOTIATION", "MEETING", "VISIT", "STATEMENT"]);

/** How far before an event's trigger the word placing a saying at it may stand («на пленарном заседании саммита»). */
const SPEAKING_AT_REACH = 4;

/**
 * The gathering or occasion a quote's attribution window places it at («…», — заявил X на саммите;
 * "said during the talks"), or null. A gathering named otherwise is what the speaker talks about
 * ("called the meeting "candid""), and a statement after it ("told reporters after the meeting") is
 * an occasion of its own.
 */
export function eventSaidAt(
  events: readonly MergedEvent[],
  window: { first: number; last: number },
  speakingAt: ReadonlySet<number>,
): MergedEvent | null {
  const placed = (first: number) =>
    Array.from({ length: SPEAKING_AT_REACH }, (_, i) => first - 1 - i).some((at) => speakingAt.has(at));
  return (
    events.find(
      (e) =>
        SAID_AT.has(e.type) &&
        e.mentions.some(
          (m) =>
            m.trigger.first >= window.first &&
            m.trigger.last <= window.last &&
            (e.type === "STATEMENT" || placed(m.trigger.first)),
        ),
    ) ?? null
  );
}
