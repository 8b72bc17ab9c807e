import { groupBy } from "../domain/group-by.js";
import { mostMentionedCountry } from "./bind-to-place.js";
import { chooseEventDate, coordinatedDates, type TriggerPlace } from "./choose-event-date.js";
import type { DateMention } from "./date-rules.js";
import { addParticipant, besidePlace, type EventMention } from "./event-mention.js";
import { findClauses } from "./find-clauses.js";
import { insideQuote, type Quote } from "./find-quotes.js";
import { placeAfterCue } from "./event-place.js";
import { entityTypeOf } from "./found-entity.js";
import { longestMatches, matchPhrases, type PhraseMatch } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Sentence, Span, Token } from "./segment-text.js";
import type { Tense } from "./tense.js";
import type { CueKind, EntityType, EventParticipant, ExtractionResources, KnownEntity, Language } from "./types.js";
import { partitionPoint } from "./partition-point.js";

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
  tense: (offset: number) => Tense | null;
}

const PARTY_TYPES = new Set(["NEGOTIATION", "AGREEMENT", "MILITARY_CONFLICT"]);
/** Types whose place names a participant: the country hosting a gathering or holding an election. */
const HOSTED_TYPES = new Set(["SUMMIT", "MEETING", "NEGOTIATION", "VISIT", "ELECTION"]);

/**
 * One `EventMention` per trigger word (seed/lexicon/event-triggers.json, on lemmas) the article
 * reports: outside quotations, or inside one in the past tense («Мы приветствуем прошедшие 3-4
 * марта консультации») — a speaker's plans, wishes and forecasts are not reported as fact. Participants, place and date come from
 * the trigger's clause, falling back to the sentence: a place after a locative preposition («в
 * Алматы», «в городе Шуша», "in Almaty") is the location; an entity after a mediator cue is MEDIATOR;
 * entities after «между»/"between" are PARTY; a capital named as a party stands for its country;
 * places visited are hosts; «между странами» without countries in the sentence refers to the two
 * countries of the last sentence that named two.
 */
export function findEventMentions(ctx: EventContext): EventMention[] {
  // Every cue a trigger reads stands in its sentence: looking only there keeps long texts linear.
  const cuesBySentence = groupBy(
    matchPhrases(ctx.text, ctx.tokens, ctx.resources.cueIndex),
    (cue) => ctx.tokens[cue.first]!.sentence,
  );
  const cuesOf = (t: PhraseMatch<unknown>) => cuesBySentence.get(ctx.tokens[t.first]!.sentence) ?? [];
  const found = longestMatches(matchPhrases(ctx.text, ctx.tokens, ctx.resources.triggerIndex));
  const triggers = found.filter(
    (t) =>
      reported(ctx, ctx.tokens[t.first]!.start) &&
      !hypothetical(ctx, cuesOf(t), t) &&
      !calledOff(ctx, cuesOf(t), t) &&
      !topicOf(ctx, found, t) &&
      !voteOnAct(ctx, found, t),
  );
  const places = triggers.map((t) => placeOf(ctx, t));
  // The date rules, too, read the trigger's own sentence only.
  const placesBySentence = groupBy(places, (p) => p.sentence.index);
  const datesBySentence = groupBy(
    ctx.dates,
    (d) => ctx.tokens[partitionPoint(ctx.tokens, (t) => t.start > d.start) - 1]!.sentence,
  );
  return triggers.flatMap((trigger, i) => {
    const place = places[i]!;
    const quote = quoteAt(ctx.quotes, place.at);
    // A quoted event is dated from its own quote; the author's event never from a quote.
    const dates = (datesBySentence.get(place.sentence.index) ?? []).filter(
      (d) => quoteAt(ctx.quotes, d.start) === quote,
    );
    const rivals = placesBySentence.get(place.sentence.index)!;
    const mention = mentionOf(ctx, trigger, place, rivals, cuesOf(trigger), dates);
    // "after winning elections in 2016 and 2020": one mention per coordinated date.
    return [
      mention,
      ...coordinatedDates(dates, mention.date, ctx.text).map((date) => ({
        ...mention,
        participants: mention.participants.map((p) => ({ ...p })),
        date,
      })),
    ];
  });
}

/** Prepositions that make a trigger the subject matter of the trigger before it: "an agreement on a ceasefire". */
const TOPIC_PREPOSITIONS = new Set(["on", "about", "over", "о", "об", "по"]);

/** Whether a trigger is what another, right before it, is about ("agreement on a ceasefire", «переговоры о перемирии»): one event, not two. */
function topicOf(ctx: EventContext, triggers: readonly PhraseMatch<unknown>[], trigger: PhraseMatch<unknown>): boolean {
  const preposition = [trigger.first - 1, trigger.first - 2].find((i) =>
    TOPIC_PREPOSITIONS.has(ctx.tokens[i]?.text.toLowerCase() ?? ""),
  );
  return (
    preposition !== undefined &&
    triggers.some(
      (t) => t.last === preposition - 1 && ctx.tokens[t.last]!.sentence === ctx.tokens[trigger.first]!.sentence,
    )
  );
}

/** Words of a vote, which also name an election. */
const VOTE_LEMMAS = new Set(["vote", "voted", "votes", "голосование", "проголосовать", "голосовать"]);
/** How far after a vote the act voted on may stand ("voted on Tuesday to impeach"). */
const VOTE_REACH = 4;

/**
 * A vote on an act another trigger names right after it ("the National Assembly voted to impeach
 * Rajoelina", «парламент проголосовал за импичмент»): the act is the event, and no election was held.
 */
function voteOnAct(ctx: EventContext, triggers: readonly PhraseMatch<string>[], vote: PhraseMatch<string>): boolean {
  if (vote.value !== "ELECTION" || !ctx.tokens[vote.first]!.analysis.lemmas.some((l) => VOTE_LEMMAS.has(l)))
    return false;
  return triggers.some(
    (t) =>
      t.value === "OTHER" &&
      t.first > vote.last &&
      t.first - vote.last <= VOTE_REACH &&
      ctx.tokens[t.first]!.sentence === ctx.tokens[vote.first]!.sentence,
  );
}

const HYPOTHETICAL_REACH = 3;

/** A cancelled or postponed event was not held: a called-off cue in the trigger's clause ("the summit in Almaty was postponed", «визит отменили»). */
function calledOff(ctx: EventContext, cues: readonly PhraseMatch<CueKind>[], trigger: PhraseMatch<unknown>): boolean {
  return hasCue(cues, placeOf(ctx, trigger).clause, ctx.tokens, "calledOff");
}

/** Whether the actor of a mention stayed away: a stayed-away cue right after it ("Mali boycotted the summit", «Алиев не приехал»). */
function stayedAway(ctx: EventContext, cues: readonly PhraseMatch<CueKind>[], mention: MentionCandidate): boolean {
  return cues.some(
    (c) =>
      c.value === "stayedAway" &&
      c.first > mention.last &&
      c.first - mention.last <= 2 &&
      ctx.tokens[c.first]!.sentence === ctx.tokens[mention.first]!.sentence,
  );
}

/**
 * An intention, offer or condition is no event: a hypothetical cue shortly before the trigger in
 * its sentence («намерены подписать соглашение», "ready to host talks", "offered to host") or a
 * modal shortly after it ("a referendum could be held"). Nor is a trigger verb in an idiom, its
 * object shortly after it («принял участие», «приняла эту просьбу к сведению»).
 */
function hypothetical(
  ctx: EventContext,
  cues: readonly PhraseMatch<CueKind>[],
  trigger: PhraseMatch<unknown>,
): boolean {
  const sentence = ctx.tokens[trigger.first]!.sentence;
  return cues.some(
    (c) =>
      ctx.tokens[c.first]!.sentence === sentence &&
      ((c.value === "hypothetical" &&
        ((c.last < trigger.first && trigger.first - c.last <= HYPOTHETICAL_REACH) ||
          (c.first > trigger.last && c.first - trigger.last <= 1))) ||
        (c.value === "idiomObjects" && c.first > trigger.last && c.first - trigger.last <= HYPOTHETICAL_REACH)),
  );
}

function mentionOf(
  ctx: EventContext,
  trigger: PhraseMatch<EventMention["type"]>,
  place: TriggerPlace,
  places: readonly TriggerPlace[],
  cues: readonly PhraseMatch<CueKind>[],
  dates: readonly DateMention[],
): EventMention {
  const { clause, sentence } = place;
  const quote = quoteAt(ctx.quotes, place.at);
  const inClause = mentionsIn(ctx, clause, quote);
  // A clause naming no place or organization («а в 2023 году принудил его…») borrows the sentence's.
  const scope = (
    inClause.some((m) => entityOf(ctx, m)?.type !== "PERSON") ? inClause : mentionsIn(ctx, sentence, quote)
  ).filter((m) => !stayedAway(ctx, cues, m));
  const location = locationOf(ctx, scope, cues, trigger);
  const participants: EventParticipant[] = [];
  assignCueRoles(ctx, scope, cues, participants, location?.entityId ?? null);
  for (const mention of scope) assignDefaultRole(ctx, trigger.value, mention, participants, location?.entityId ?? null);
  if (
    PARTY_TYPES.has(trigger.value) &&
    !participants.some((p) => isCountry(ctx, p.entityId)) &&
    hasCue(cues, clause, ctx.tokens, "groupAnaphora")
  ) {
    for (const id of previousPair(ctx, sentence.index)) addParticipant(participants, id, "PARTY");
  }
  const placeId = location?.entityId ?? conflictRegion(ctx, trigger.value, scope);
  addHost(ctx, trigger.value, placeId, participants);
  addElectionCountry(ctx, trigger.value, participants);
  const locationId = trigger.value === "ELECTION" ? electionCountry(ctx, participants, placeId) : placeId;
  return {
    type: trigger.value,
    trigger: { first: trigger.first, last: trigger.last },
    sentence: sentence.index,
    participants: besidePlace(trigger.value, participants, locationId),
    locationId,
    date: chooseEventDate(dates, place, places, (c) => opensRelativeClause(ctx, c)),
    evidence: { start: sentence.start, end: sentence.end, sentence: sentence.index },
  };
}

function placeOf(ctx: EventContext, trigger: PhraseMatch<unknown>): TriggerPlace {
  const token = ctx.tokens[trigger.first]!;
  const sentence = ctx.sentences[token.sentence]!;
  const clauses = findClauses(ctx.text, sentence, ctx.clauseBreaks);
  return {
    at: token.start,
    end: ctx.tokens[trigger.last]!.end,
    clause: clauses.find((c) => token.start >= c.start && token.start < c.end) ?? sentence,
    sentence,
  };
}

/** Whether a clause opens with «когда», «где», "when" or "where" (after the comma that cut it off). */
function opensRelativeClause(ctx: EventContext, clause: Span): boolean {
  const first = /^[\s,]*(\p{L}+)/u.exec(ctx.text.slice(clause.start, clause.start + 40))?.[1]?.toLowerCase();
  return first !== undefined && ctx.resources.lexicon.dates.relativeClauses[ctx.language].includes(first);
}

/**
 * The mentions of a span that share the trigger's side of the quote marks: the author's words, or
 * the quote it is told in. The outlet of a dateline reports the events of its sentence; it takes no part.
 */
function mentionsIn(ctx: EventContext, span: Span, quote: Quote | undefined): MentionCandidate[] {
  const startOf = (m: MentionCandidate) => ctx.tokens[m.first]!.start;
  const found: MentionCandidate[] = [];
  for (
    let i = firstMentionFrom(ctx, span.start);
    i < ctx.mentions.length && startOf(ctx.mentions[i]!) < span.end;
    i++
  ) {
    const m = ctx.mentions[i]!;
    if (quoteAt(ctx.quotes, startOf(m)) === quote && m.source !== "outlet") found.push(m);
  }
  return found;
}

/**
 * The index of the first mention starting at or after `offset`. Mentions come in text order: found
 * by bisection rather than by scanning them all.
 */
function firstMentionFrom(ctx: EventContext, offset: number): number {
  return partitionPoint(ctx.mentions, (mention) => ctx.tokens[mention.first]!.start >= offset);
}

/** The (last listed) mention whose first token is `token`, if any. */
function mentionStartingAt(ctx: EventContext, token: number): MentionCandidate | undefined {
  const start = ctx.tokens[token]?.start;
  if (start === undefined) return undefined;
  let found: MentionCandidate | undefined;
  for (let i = firstMentionFrom(ctx, start); ctx.mentions[i]?.first === token; i++) found = ctx.mentions[i];
  return found;
}

function entityOf(ctx: EventContext, mention: MentionCandidate): KnownEntity | { type: EntityType } | undefined {
  const type = entityTypeOf(mention.entityId, ctx.resources);
  return ctx.resources.entities.get(mention.entityId) ?? (type ? { type } : undefined);
}

function locationOf(
  ctx: EventContext,
  scope: readonly MentionCandidate[],
  cues: readonly PhraseMatch<CueKind>[],
  trigger: PhraseMatch<EventMention["type"]>,
): MentionCandidate | null {
  const kinds: CueKind[] = trigger.value === "VISIT" ? ["locative", "destination"] : ["locative"];
  return placeAfterCue(scope, cues, ctx.tokens, (m) => entityOf(ctx, m)?.type, trigger.first, kinds);
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
function coordinatedAfter(
  ctx: EventContext,
  scope: readonly MentionCandidate[],
  at: number,
  skip: number,
): MentionCandidate[] {
  const found: MentionCandidate[] = [];
  let next = at + 1;
  let skipped = 0;
  while (next < ctx.tokens.length && ctx.tokens[next]!.sentence === ctx.tokens[at]!.sentence) {
    const mention = scope.find((m) => m.first === next);
    if (mention) {
      found.push(mention);
      next = mention.last + 1;
      if (
        !CONJUNCTIONS.has(ctx.tokens[next]?.text.toLowerCase() ?? "") &&
        !/^\s*,\s*$/.test(ctx.text.slice(ctx.tokens[mention.last]!.end, ctx.tokens[next]?.start ?? 0))
      )
        break;
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
  } else if (entity.type === "REGION") {
    // A region is a topic or a place, never a party: a macro-region ("the Horn of Africa", «Ближний
    // Восток») and a province alike ("California", "the Amhara Region"), whose people act as bodies.
    return;
  } else if (entity.type === "CITY" && asParty(ctx, mention.entityId) === mention.entityId) {
    // A city is where things happen; only a capital standing for its country («Баку и Ереван») acts.
    return;
  } else if (entity.type === "COUNTRY" || entity.type === "CITY") {
    addParticipant(participants, asParty(ctx, mention.entityId), PARTY_TYPES.has(type) ? "PARTY" : "PARTICIPANT");
  } else if (entity.type === "ORGANIZATION" && qualifiesTitleOfName(ctx, mention)) {
    // «премьер Госсовета КНР Ли Цян»: the body only says which office the person holds; the person
    // and the country act.
    return;
  } else {
    addParticipant(participants, mention.entityId, "PARTICIPANT");
  }
}

/** Whether a mention is followed by a person's name, countries aside: the body in the person's title. */
function qualifiesTitleOfName(ctx: EventContext, mention: MentionCandidate): boolean {
  for (let next = mentionStartingAt(ctx, mention.last + 1); next; next = mentionStartingAt(ctx, next.last + 1)) {
    const type = entityOf(ctx, next)?.type;
    if (type === "PERSON") return next.source !== "role";
    if (type !== "COUNTRY") return false;
  }
  return false;
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

/** A war is located in the region named with it («война в Нагорном Карабахе» without «в» read as a place, "the Kashmir conflict"). */
function conflictRegion(
  ctx: EventContext,
  type: EventMention["type"],
  scope: readonly MentionCandidate[],
): string | null {
  if (type !== "MILITARY_CONFLICT") return null;
  return scope.find((m) => ctx.resources.entities.get(m.entityId)?.type === "REGION")?.entityId ?? null;
}

function addHost(
  ctx: EventContext,
  type: EventMention["type"],
  locationId: string | null,
  participants: EventParticipant[],
): void {
  if (!locationId || !HOSTED_TYPES.has(type)) return;
  const place = ctx.resources.entities.get(locationId);
  const country = place?.type === "COUNTRY" ? place.id : place?.countryId;
  if (country && isNamed(ctx, country)) addParticipant(participants, country, "HOST");
}

/**
 * An election named with no one in its sentence («Всеобщие выборы прошли 8 февраля», "In the first
 * round on 4 May…") is held by the country the article is about: the one it names most.
 */
function addElectionCountry(ctx: EventContext, type: EventMention["type"], participants: EventParticipant[]): void {
  if (type !== "ELECTION" || participants.length > 0) return;
  const country = mostMentionedCountry(ctx.mentions, ctx.resources);
  if (country) addParticipant(participants, country.id, "HOST");
}

/**
 * An election is held in a country: the one its place is in when the article names it («выборы в
 * Сеуле» of a national vote is South Korea's), else the country hosting it, else the only country taking part; none when
 * several countries take part and nothing says which holds it ("Washington congratulated Mexico").
 */
function electionCountry(
  ctx: EventContext,
  participants: readonly EventParticipant[],
  placeId: string | null,
): string | null {
  if (placeId) {
    // The country only when the article names it: an event points at the article's own entities.
    const country = ctx.resources.entities.get(placeId)?.countryId;
    return country && ctx.mentions.some((m) => m.entityId === country) ? country : placeId;
  }
  const countries = participants.filter((p) => isCountry(ctx, p.entityId));
  const host = countries.find((p) => p.role === "HOST") ?? (countries.length === 1 ? countries[0] : undefined);
  return host?.entityId ?? null;
}

function hasCue(cues: readonly PhraseMatch<CueKind>[], span: Span, tokens: readonly Token[], kind: CueKind): boolean {
  return cues.some(
    (c) => c.value === kind && tokens[c.first]!.start >= span.start && tokens[c.first]!.start < span.end,
  );
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
          .filter(
            (m) => ctx.tokens[m.first]!.sentence === s && ctx.resources.entities.get(m.entityId)?.type === "COUNTRY",
          )
          .map((m) => m.entityId),
      ),
    ];
    if (countries.length >= 2) return countries.slice(0, 2);
  }
  return [];
}

function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes.find((q) => offset >= q.start && offset < q.end);
}

/** Outside quotes, or told in the past tense inside one. */
function reported(ctx: EventContext, offset: number): boolean {
  return !insideQuote(ctx.quotes, offset) || ctx.tense(offset) === "past";
}
