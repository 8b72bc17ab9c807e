/**
 * The extraction phase: `extractArticle` turns one article into `ArticleFacts` (docs/CONTRACTS.md
 * contract 1). Pure and deterministic — no I/O, no environment, no clock; everything it knows
 * comes from `ExtractionResources`. The stages, one file each, run in the order below.
 */
import { attributeQuotes } from "./attribute-quotes.js";
import { tokenIndices } from "./token-indices.js";
import { buildEvents } from "./build-events.js";
import { buildStatements } from "./build-statements.js";
import { detectLanguage, normalizeLanguage } from "./detect-language.js";
import { detectTitle } from "./detect-title.js";
import { findAliasMentions } from "./find-alias-mentions.js";
import { findBodyMentions } from "./find-body-mentions.js";
import { compileClauseBreaks } from "./find-clauses.js";
import { findDatelineOutlet } from "./find-dateline-outlet.js";
import { findDatelinePlace, placeAtDateline } from "./find-dateline-place.js";
import { findQuotedOrganizations } from "./find-quoted-organizations.js";
import { findDebris } from "./find-debris.js";
import { findEnglishNames, isNameWordPlace } from "./find-english-names.js";
import { findEventMentions } from "./find-event-mentions.js";
import { findNerPeople } from "./find-ner-people.js";
import { findPersonNames } from "./find-person-names.js";
import { findSoundedPlaces } from "./find-sounded-places.js";
import { nameHomesOf } from "./name-homes.js";
import { findQuotes, insideQuote, isLongQuote } from "./find-quotes.js";
import { findRoleMentions } from "./find-role-mentions.js";
import { findStatementOccasions } from "./find-statement-occasions.js";
import { matchPhrases } from "./match-phrases.js";
import { linkEntities } from "./link-entities.js";
import type { MentionCandidate } from "./mention-candidate.js";
import { mergeEvents } from "./merge-events.js";
import { mergeNameVariants } from "./merge-name-variants.js";
import { dateFromNarrative } from "./narrative-date.js";
import { filingDay, resolveDates } from "./resolve-dates.js";
import { segmentText } from "./segment-text.js";
import { stableId } from "./stable-id.js";
import { joinTitle, placeInFields } from "./title-field.js";
import { tenseAt } from "./tense.js";
import type { ArticleFacts, ArticleInput, ExtractionResources, KnownEntity, Language } from "./types.js";

export type * from "./types.js";

/**
 * Extracts entities, statements and events from one article, its title included. Offsets in the
 * result point into `article.text` exactly as given, or into `article.title` with `field: "title"`.
 * A title that is `undefined` (raw text) is detected in the text; `null` means the article has none. `article.language` wins over detection when it is "ru" or "en";
 * `article.publishedAt` anchors relative dates and office holders.
 */
export function extractArticle(article: ArticleInput, resources: ExtractionResources): ArticleFacts {
  const title =
    article.title === undefined
      ? detectTitle(article.text, findDebris(article.text, resources.lexicon.debris))
      : article.title;
  // A headline detected in raw text is a line of the text already; a given one is read before it.
  const { content: text, bodyStart } = joinTitle(article.title ?? null, article.text);
  const warnings: string[] = [];
  const language = normalizeLanguage(article.language) ?? detectLanguage(text);
  const publishedAt = isoDate(article.publishedAt, warnings);
  const debris = findDebris(text, resources.lexicon.debris);
  const { sentences, tokens } = segmentText(text, language, resources.morph, debris);

  const aliasGroups = findAliasMentions(text, tokens, resources.aliasIndex, resources.entities);
  const aliased = new Set(aliasGroups.flat().flatMap(tokenIndices));
  const namedPlaces = aliasGroups.filter((g) => g.length === 1 && g[0]!.source === "alias").map((g) => g[0]!);
  const sounded = findSoundedPlaces(text, tokens, aliased, nameHomesOf(namedPlaces, resources), resources);
  aliasGroups.push(...sounded.map((m) => [m]));
  aliasGroups.sort((a, b) => a[0]!.first - b[0]!.first);
  const places = [...namedPlaces, ...sounded].sort((a, b) => a.first - b.first);
  const roles = findRoleMentions(text, tokens, places, resources, publishedAt);
  if (!publishedAt && roles.length) warnings.push("no publishedAt: office roles resolved to the current holders");
  const bodies = findBodyMentions(text, tokens, places, resources);
  const outlet = findDatelineOutlet(text, tokens, aliasGroups.flat());
  const spans = (mentions: readonly { first: number; last: number }[]) => mentions.flatMap(tokenIndices);
  const quotedNames = findQuotedOrganizations(
    text,
    tokens,
    new Set(spans([...places, ...bodies.mentions, ...outlet.mentions])),
    resources,
  );
  // A known surname alone does not cover its word: "Maria Luisa de los Santos" is not President Santos.
  const known = new Set(spans([...places, ...roles, ...bodies.mentions, ...outlet.mentions, ...quotedNames.mentions]));
  const english = findEnglishNames(text, tokens, known, places, resources);
  const named = new Set(spans(english.mentions));
  // A one-word city or country inside a name found around it is that name's word, not a place.
  const cityInName = (g: readonly MentionCandidate[]) =>
    g.length === 1 && named.has(g[0]!.first) && isNameWordPlace(g[0]!, resources);
  const covered = new Set([...known, ...spans([...aliasGroups.flat(), ...english.mentions])]);
  // A word read as a one-word alias may be a given name («Том», «Атику» by lemma): a name found around it takes it back.
  const othersCovering = new Set(
    spans([...roles, ...bodies.mentions, ...outlet.mentions, ...quotedNames.mentions, ...english.mentions]),
  );
  // An ordinary English word so read («Housing») is no one's given name; a known surname may be ("Park").
  const ordinary = (m: MentionCandidate) =>
    m.source !== "surname" && resources.englishWords.common.has(tokens[m.first]!.text.toLowerCase());
  const oneWordAliases = aliasGroups
    .flat()
    .filter((m) => m.first === m.last && !othersCovering.has(m.first) && !ordinary(m));
  const nerPeople = findNerPeople(text, sentences, tokens, covered, language, resources);
  const titled = findPersonNames(text, tokens, covered, resources, {
    nerPeople,
    places,
    aliasWords: entitiesByToken(oneWordAliases),
  });
  const inPersonName = new Set(spans(titled.mentions));
  const placeGroups = aliasGroups.filter(
    (g) => !cityInName(g) && !(g.length === 1 && g[0]!.first === g[0]!.last && inPersonName.has(g[0]!.first)),
  );
  const knownPeople = [...places.map((m) => m.entityId), ...roles.flatMap((r) => (r.holderId ? [r.holderId] : []))]
    .map((id) => resources.entities.get(id))
    .filter((e): e is KnownEntity => e?.type === "PERSON");
  const newPeople = mergeNameVariants(
    [...english.people, ...titled.people],
    [...english.mentions, ...titled.mentions],
    knownPeople,
  );
  const found = {
    entities: [...bodies.entities, ...outlet.entities, ...quotedNames.entities, ...english.organizations],
    mentions: [...bodies.mentions, ...outlet.mentions, ...quotedNames.mentions],
  };
  const linked = linkEntities(text, tokens, placeGroups, roles, newPeople, found, resources);

  const allQuotes = findQuotes(text);
  const attributed = attributeQuotes(text, tokens, allQuotes, linked.mentions, resources);
  // Short quotations nobody said are names and titles («Роснефть»): their words are the author's.
  const quotes = allQuotes.filter((q) => isLongQuote(text, q) || attributed.some((a) => a.quote === q));
  const tense = tenseAt(tokens);
  // A date outside the quotes takes the author's tense: "«We will…», he said on Friday" is past.
  const authorTense = tenseAt(tokens, (token) => insideQuote(allQuotes, token.start));
  const toldIn = (offset: number) => (insideQuote(allQuotes, offset) ? tense : authorTense)(offset);
  const dates = resolveDates(text, language, publishedAt, resources.lexicon.dates, toldIn);
  const eventMentions = findEventMentions({
    text,
    language,
    tokens,
    sentences,
    quotes,
    mentions: linked.mentions,
    dates,
    clauseBreaks: compileClauseBreaks(resources.lexicon.cues.clauseBreaks[language]),
    resources,
    tense,
  });
  const names = new Map(linked.entities.map((e) => [e.id, e.name]));
  const day = filingDay(text, language, publishedAt);
  dateFromNarrative(
    eventMentions,
    dates.filter((d) => !insideQuote(quotes, d.start)),
    sentences,
    tokens,
    { day, tense },
  );
  const merged = mergeEvents(eventMentions, resources);
  const speakingAt = new Set(
    matchPhrases(text, tokens, resources.cueIndex)
      .filter((cue) => cue.value === "speakingAt")
      .map((cue) => cue.last),
  );
  const occasions = findStatementOccasions(
    { text, tokens, sentences, quotes, dates, speakingAt, filingDay: day, mentions: linked.mentions, resources },
    attributed,
    merged,
  );
  placeAtDateline([...merged, ...occasions], findDatelinePlace(text, tokens, linked.mentions, resources), day);
  const { events, quoteEvents } = buildEvents([...merged, ...occasions], attributed, resources, names, speakingAt);
  const statements = buildStatements(text, attributed, quoteEvents, linked.entities);

  const facts: ArticleFacts = {
    article: {
      id: article.id ?? stableId("sha256", [article.text.normalize("NFC").trim()]),
      url: article.url ?? null,
      source: article.source ?? null,
      title,
      language,
      publishedAt,
    },
    entities: linked.entities,
    statements,
    events,
    warnings,
  };
  return placeInFields(facts, bodyStart, sentences.filter((s) => s.start < bodyStart).length);
}

function isoDate(value: string | null | undefined, warnings: string[]): string | null {
  if (!value) return null;
  const match = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  if (!match) warnings.push(`publishedAt "${value}" is not an ISO date; relative dates left unresolved`);
  return match ? match[0] : null;
}

/** Restricts a language to the supported ones; exported for callers that validate options. */
export type { Language };

/** The entities read at each one-word alias's token. */
function entitiesByToken(mentions: readonly MentionCandidate[]): ReadonlyMap<number, readonly string[]> {
  const byToken = new Map<number, string[]>();
  for (const m of mentions) byToken.set(m.first, [...(byToken.get(m.first) ?? []), m.entityId]);
  return byToken;
}
