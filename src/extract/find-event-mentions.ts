import { chooseEventDate, coordinatedDates, type TriggerPlace } from "./choose-event-date.js";
import type { DateMention } from "./date-rules.js";
import { addParticipant, type EventMention } from "./event-mention.js";
import { findClauses } from "./find-clauses.js";
import { insideQuote, type Quote } from "./find-quotes.js";
import { longestMatches, matchPhrases, type PhraseMatch } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Sentence, Span, Token } from "./segment-text.js";
import type { CueKind, EventParticipant, ExtractionResources, KnownEntity, Language } from "./types.js";

/** Everything the event stage reads, computed by earlier stages. */
export interface EventContext {
  text: string;
  language: Language;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  mentions: readonly MentionCandidate[];
  dates: readonly DateMention[];
  clauseBreaks: readonly RegExp[];
  resources: ExtractionResources;
}

const PLACE_RANK: Record<string, number> = { CITY: 3, REGION: 2, COUNTRY: 1 };
const PARTY_TYPES = new Set(["NEGOTIATION", "AGREEMENT", "MILITARY_CONFLICT"]);
/** Types whose place names a participant: the country hosting a gathering or holding an election. */
const HOSTED_TYPES = new Set(["SUMMIT", "MEETING", "NEGOTIATION", "VISIT", "ELECTION"]);

/**
 * One `EventMention` per trigger word (seed/lexicon/event-triggers.json, on lemmas) outside
 * quotations — what a speaker says is not reported as fact. Participants, place and date come from
 * the trigger's clause, falling back to the sentence: a place after a locative preposition («в
 * Алматы», «в городе Шуша», "in Almaty") is the location; an entity after a mediator cue is MEDIATOR;
 * entities after «между»/"between" are PARTY; a capital named as a party stands for its country;
 * places visited are hosts; «между странами» without countries in the sentence refers to the two
 * countries of the last sentence that named two.
 */
export function findEventMentions(ctx: EventContext): EventMention[] {
  // Every cue rule looks inside the trigger's own sentence: handing each trigger only its
  // sentence's cues keeps long texts linear (scanning all cues per trigger was quadratic).
  const cuesBySentence = new Map<number, PhraseMatch<CueKind>[]>();
  for (const cue of matchPhrases(ctx.text, ctx.tokens, ctx.resources.cueIndex)) {
    const sentence = ctx.tokens[cue.first]!.sentence;
    cuesBySentence.set(sentence, [...(cuesBySentence.get(sentence) ?? []), cue]);
  }
  const cuesOf = (t: PhraseMatch<unknown>) => cuesBySentence.get(ctx.tokens[t.first]!.sentence) ?? [];
  const triggers = longestMatches(matchPhrases(ctx.text, ctx.tokens, ctx.resources.triggerIndex)).filter(
    (t) => !insideQuote(ctx.quotes, ctx.tokens[t.first]!.start) && !hypothetical(ctx, cuesOf(t), t),
  );
  const places = triggers.map((t) => placeOf(ctx, t));
  const dates = ctx.dates.filter((d) => !insideQuote(ctx.quotes, d.start));
  const mentionsIn = mentionFinder(ctx);
  return triggers.flatMap((trigger, i) => {
    const mention = mentionOf(ctx, mentionsIn, trigger, places[i]!, places, cuesOf(trigger), dates);
    // "after winning elections in 2016 and 2020": one mention per coordinated date.
    return [mention, ...coordinatedDates(dates, mention.date, ctx.text).map((date) => ({ ...mention, participants: mention.participants.map((p) => ({ ...p })), date }))];
  });
}

const HYPOTHETICAL_REACH = 3;

/**
 * An intention, offer or condition is no event: a hypothetical cue shortly before the trigger in
 * its sentence («намерены подписать соглашение», "ready to host talks", "offered to host") or a
 * modal shortly after it ("a referendum could be held"). Nor is a trigger verb in an idiom, its
 * object shortly after it («принял участие», «приняла эту просьбу к сведению»).
 */
function hypothetical(ctx: EventContext, cues: readonly PhraseMatch<CueKind>[], trigger: PhraseMatch<unknown>): boolean {
  const sentence = ctx.tokens[trigger.first]!.sentence;
  return cues.some(
    (c) =>
      ctx.tokens[c.first]!.sentence === sentence &&
      ((c.value === "hypothetical" &&
        ((c.last < trigger.first && trigger.first - c.last <= HYPOTHETICAL_REACH) || (c.first > trigger.last && c.first - trigger.last <= 1))) ||
        (c.value === "idiomObjects" && c.first > trigger.last && c.first - trigger.last <= HYPOTHETICAL_REACH)),
  );
}

function mentionOf(
  ctx: EventContext,
  mentionsIn: (span: Span) => MentionCandidate[],
  trigger: PhraseMatch<EventMention["type"]>,
  place: TriggerPlace,
  places: readonly TriggerPlace[],
  cues: readonly PhraseMatch<CueKind>[],
  dates: readonly DateMention[],
): EventMention {
  const { clause, sentence } = place;
  const inClause = mentionsIn(clause);
  // A clause naming no place or organization («а в 2023 году принудил его…») borrows the sentence's.
  const scope = inClause.some((m) => entityOf(ctx, m)?.type !== "PERSON") ? inClause : mentionsIn(sentence);
  const location = locationOf(ctx, scope, cues, trigger);
  const participants: EventParticipant[] = [];
  assignCueRoles(ctx, scope, cues, participants, location?.entityId ?? null);
  for (const mention of scope) assignDefaultRole(ctx, trigger.value, mention, participants, location?.entityId ?? null);
  if (PARTY_TYPES.has(trigger.value) && !participants.some((p) => isCountry(ctx, p.entityId)) && hasCue(cues, clause, ctx.tokens, "groupAnaphora")) {
    for (const id of previousPair(ctx, sentence.index)) addParticipant(participants, id, "PARTY");
  }
  const locationId = location?.entityId ?? conflictRegion(ctx, trigger.value, participants);
  addHost(ctx, trigger.value, locationId, participants);
  return {
    type: trigger.value,
    trigger: { first: trigger.first, last: trigger.last },
    sentence: sentence.index,
    participants: participants.filter((p) => p.entityId !== locationId || p.role !== "PARTICIPANT"),
    locationId,
    date: chooseEventDate(dates, place, places, (c) => opensRelativeClause(ctx, c)),
    evidence: { start: sentence.start, end: sentence.end, sentence: sentence.index },
  };
}

function placeOf(ctx: EventContext, trigger: PhraseMatch<unknown>): TriggerPlace {
  const token = ctx.tokens[trigger.first]!;
  const sentence = ctx.sentences[token.sentence]!;
  const clauses = findClauses(ctx.text, sentence, ctx.clauseBreaks);
  return { at: token.start, end: ctx.tokens[trigger.last]!.end, clause: clauses.find((c) => token.start >= c.start && token.start < c.end) ?? sentence, sentence };
}

/** Whether a clause opens with «когда», «где», "when" or "where" (after the comma that cut it off). */
function opensRelativeClause(ctx: EventContext, clause: Span): boolean {
  const first = /^[\s,]*(\p{L}+)/u.exec(ctx.text.slice(clause.start, clause.start + 40))?.[1]?.toLowerCase();
  return first !== undefined && ctx.resources.lexicon.dates.relativeClauses[ctx.language].includes(first);
}

/**
 * The mentions starting inside a span and outside quotations, in `ctx.mentions` order. Found by
 * binary search over the mentions sorted by start, since it runs once or twice per trigger.
 */
function mentionFinder(ctx: EventContext): (span: Span) => MentionCandidate[] {
  const startOf = (i: number) => ctx.tokens[ctx.mentions[i]!.first]!.start;
  const byStart = ctx.mentions.map((_, i) => i).sort((a, b) => startOf(a) - startOf(b) || a - b);
  return (span) => {
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (startOf(byStart[middle]!) < span.start) low = middle + 1;
      else high = middle;
    }
    const found: number[] = [];
    for (let k = low; k < byStart.length && startOf(byStart[k]!) < span.end; k += 1) {
      if (!insideQuote(ctx.quotes, startOf(byStart[k]!))) found.push(byStart[k]!);
    }
    return found.sort((a, b) => a - b).map((i) => ctx.mentions[i]!);
  };
}

function entityOf(ctx: EventContext, mention: MentionCandidate): KnownEntity | { type: "PERSON" } | undefined {
  return ctx.resources.entities.get(mention.entityId) ?? (mention.entityId.startsWith("kg:person:") ? { type: "PERSON" } : undefined);
}

function locationOf(
  ctx: EventContext,
  scope: readonly MentionCandidate[],
  cues: readonly PhraseMatch<CueKind>[],
  trigger: PhraseMatch<unknown>,
): MentionCandidate | null {
  const located = scope.filter((m) => PLACE_RANK[entityOf(ctx, m)?.type ?? ""] && precededBy(cues, m, "locative", ctx.tokens));
  located.sort((a, b) => rank(ctx, b) - rank(ctx, a) || Math.abs(a.first - trigger.first) - Math.abs(b.first - trigger.first));
  return located[0] ?? null;
}

function rank(ctx: EventContext, mention: MentionCandidate): number {
  return PLACE_RANK[entityOf(ctx, mention)?.type ?? ""] ?? 0;
}

/** A cue of `kind` ends right before the mention, or one word before it when that word is a place noun («в городе Шуша»). */
function precededBy(cues: readonly PhraseMatch<CueKind>[], mention: MentionCandidate, kind: CueKind, tokens: readonly Token[]): boolean {
  const endsAt = (i: number, k: CueKind) => cues.some((c) => c.value === k && c.last === i && tokens[i]?.sentence === tokens[mention.first]!.sentence);
  return endsAt(mention.first - 1, kind) || (endsAt(mention.first - 1, "placeNouns") && endsAt(mention.first - 2, kind));
}

function assignCueRoles(
  ctx: EventContext,
  scope: readonly MentionCandidate[],
  cues: readonly PhraseMatch<CueKind>[],
  participants: EventParticipant[],
  locationId: string | null,
): void {
  for (const cue of cues) {
    if (cue.value !== "mediator" && cue.value !== "between") continue;
    const role = cue.value === "mediator" ? "MEDIATOR" : "PARTY";
    for (const mention of coordinatedAfter(ctx, scope, cue.last, role === "MEDIATOR" ? 0 : MAX_HEAD_WORDS)) {
      if (mention.entityId !== locationId) addParticipant(participants, asParty(ctx, mention.entityId), role);
    }
  }
}

const MAX_HEAD_WORDS = 2;
const CONJUNCTIONS = new Set(["и", "а", "and", "or", "или"]);

/**
 * The mentions right after token `at`, joined by conjunctions or commas («между Азербайджаном и
 * Арменией», "between Baku, Yerevan and Tbilisi"); up to `skip` head words may come first
 * («между главами МИД Азербайджана и Армении»).
 */
function coordinatedAfter(ctx: EventContext, scope: readonly MentionCandidate[], at: number, skip: number): MentionCandidate[] {
  const found: MentionCandidate[] = [];
  let next = at + 1;
  let skipped = 0;
  while (next < ctx.tokens.length && ctx.tokens[next]!.sentence === ctx.tokens[at]!.sentence) {
    const mention = scope.find((m) => m.first === next);
    if (mention) {
      found.push(mention);
      next = mention.last + 1;
      if (!CONJUNCTIONS.has(ctx.tokens[next]?.text.toLowerCase() ?? "") && !/^\s*,\s*$/.test(ctx.text.slice(ctx.tokens[mention.last]!.end, ctx.tokens[next]?.start ?? 0))) break;
      if (CONJUNCTIONS.has(ctx.tokens[next]?.text.toLowerCase() ?? "")) next++;
    } else if (found.length === 0 && skipped < skip) {
      skipped++;
      next++;
    } else break;
  }
  return found;
}

function assignDefaultRole(
  ctx: EventContext,
  type: EventMention["type"],
  mention: MentionCandidate,
  participants: EventParticipant[],
  locationId: string | null,
): void {
  if (mention.entityId === locationId) return;
  const entity = entityOf(ctx, mention);
  if (!entity) return;
  if (type === "VISIT" && (entity.type === "CITY" || entity.type === "COUNTRY")) {
    addParticipant(participants, asParty(ctx, mention.entityId), "HOST");
  } else if (entity.type === "COUNTRY" || entity.type === "CITY" || entity.type === "REGION") {
    addParticipant(participants, asParty(ctx, mention.entityId), PARTY_TYPES.has(type) ? "PARTY" : "PARTICIPANT");
  } else {
    addParticipant(participants, mention.entityId, "PARTICIPANT");
  }
}

/**
 * A capital named as an actor («Баку и Ереван договорились») stands for its country when the
 * article names the country too: an event uses only ids of the article's entities (docs/CONTRACTS.md).
 */
function asParty(ctx: EventContext, id: string): string {
  const entity = ctx.resources.entities.get(id);
  if (entity?.type !== "CITY" || !entity.countryId || !isNamed(ctx, entity.countryId)) return id;
  return ctx.resources.entities.get(entity.countryId)?.capitalId === id ? entity.countryId : id;
}

function isNamed(ctx: EventContext, id: string): boolean {
  return ctx.mentions.some((mention) => mention.entityId === id);
}

function conflictRegion(ctx: EventContext, type: EventMention["type"], participants: readonly EventParticipant[]): string | null {
  if (type !== "MILITARY_CONFLICT") return null;
  return participants.find((p) => ctx.resources.entities.get(p.entityId)?.type === "REGION")?.entityId ?? null;
}

function addHost(ctx: EventContext, type: EventMention["type"], locationId: string | null, participants: EventParticipant[]): void {
  if (!locationId || !HOSTED_TYPES.has(type)) return;
  const place = ctx.resources.entities.get(locationId);
  const country = place?.type === "COUNTRY" ? place.id : place?.countryId;
  if (country && isNamed(ctx, country)) addParticipant(participants, country, "HOST");
}

function hasCue(cues: readonly PhraseMatch<CueKind>[], span: Span, tokens: readonly Token[], kind: CueKind): boolean {
  return cues.some((c) => c.value === kind && tokens[c.first]!.start >= span.start && tokens[c.first]!.start < span.end);
}

function isCountry(ctx: EventContext, id: string): boolean {
  return ctx.resources.entities.get(id)?.type === "COUNTRY";
}

/** The first two countries of the closest earlier sentence that names at least two. */
function previousPair(ctx: EventContext, sentence: number): string[] {
  for (let s = sentence - 1; s >= 0; s--) {
    const countries = [
      ...new Set(
        ctx.mentions
          .filter((m) => ctx.tokens[m.first]!.sentence === s && ctx.resources.entities.get(m.entityId)?.type === "COUNTRY")
          .map((m) => m.entityId),
      ),
    ];
    if (countries.length >= 2) return countries.slice(0, 2);
  }
  return [];
}

