import { bindToPlace, mostMentionedCountry } from "./bind-to-place.js";
import { isPossessive, withoutPossessive } from "./token-shape.js";
import { bodyName } from "./body-name.js";
import { longestMatches, matchPhrases, type PhraseMatch } from "./match-phrases.js";
import { slugOf } from "./slug-of.js";
import { isAcronym, type NewPerson } from "./find-person-names.js";
import type { FoundEntity } from "./found-entity.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { ExtractionResources, KnownEntity } from "./types.js";

/** English names no list contains: the people and organisations of the article, with their mentions. */
export interface EnglishNames {
  people: NewPerson[];
  organizations: FoundEntity[];
  mentions: MentionCandidate[];
}

const MIN_PERSON_WORDS = 2;
const MAX_PERSON_WORDS = 4;
/** A sentence with this share of capitalised words or more is a headline in title case, not running text. */
const TITLE_CASE_SHARE = 0.6;
const MIN_TITLE_CASE_WORDS = 4;

/**
 * Runs of capitalised words in English running text that no gazetteer entry, role or body covers. A
 * run with an organisation head word ("Workers' Party", "University of Kinshasa") is an
 * organisation; a run of two to four words none of which is a common English word, a title or a
 * country's adjective is a person ("Getachew Reda"), unless a facility noun follows it ("Toussaint
 * Louverture airport"). English capitalises names, so the words themselves carry the recognition;
 * which class a run is comes from its words, since no list holds most of the world's names.
 */
export function findEnglishNames(
  text: string,
  tokens: readonly Token[],
  known: ReadonlySet<number>,
  places: readonly MentionCandidate[],
  resources: ExtractionResources,
): EnglishNames {
  const words = nameWordsOf(resources);
  // A one-word city or country may be a word of a longer name ("Guadalupe Taddei", "Sejong Institute", "Israel Katz").
  const wordPlaces = places.filter((p) => isNameWordPlace(p, resources));
  const cityWords = new Set(wordPlaces.map((p) => p.first));
  const countryWords = new Set(
    wordPlaces.filter((p) => resources.entities.get(p.entityId)?.type === "COUNTRY").map((p) => p.first),
  );
  const covered = new Set([...known].filter((i) => !cityWords.has(i)));
  const adjectives = longestMatches(matchPhrases(text, tokens, resources.adjectiveIndex));
  const mainCountry = mostMentionedCountry(places, resources);
  // Only a state body ("the Constitutional Court") is the main country's when the text names none.
  const countryOf = (span: number[], stateBody: boolean) =>
    boundCountry(text, tokens, span, places, adjectives, resources) ?? (stateBody ? mainCountry : null);
  const people = new Map<string, NewPerson>();
  const organizations = new Map<string, FoundEntity>();
  const mentions: MentionCandidate[] = [];
  for (const run of capitalisedRuns(text, tokens, covered, words)) {
    if (run.every((i) => cityWords.has(i) || words.connectors.has(tokens[i]!.text))) continue;
    const trimmed = trimOpening(text, tokens, run, words);
    const split = splitOrganization(text, tokens, trimmed, covered, words);
    const { organization, rest } = split.organization ? split : namedByNounAfter(text, tokens, trimmed, covered, words);
    if (organization) {
      const entity = asOrganization(text, tokens, organization, covered, words, countryOf);
      organizations.set(entity.id, entity);
      mentions.push({ first: organization[0]!, last: organization.at(-1)!, entityId: entity.id, source: "body" });
    }
    const candidate = personRun(text, tokens, beforeKnownAfterConnector(tokens, rest, covered, words), covered, words);
    // A country opens a name as a given name ("Israel Katz", "Jordan Bardella"); after it, it is a body's ("Sputnik Azerbaijan").
    const named = candidate && !candidate.slice(1).some((i) => countryWords.has(i)) ? candidate : null;
    const person =
      named &&
      asPerson(
        text,
        named.map((i) => tokens[i]!),
      );
    if (!named || !person) continue;
    people.set(person.id, person);
    mentions.push({ first: named[0]!, last: named.at(-1)!, entityId: person.id, source: "person-name" });
  }
  return { people: [...people.values()], organizations: [...organizations.values()], mentions };
}

interface NameWords {
  heads: ReadonlySet<string>;
  stateBodyHeads: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  facilities: ReadonlySet<string>;
  organizationNouns: ReadonlySet<string>;
  nonNames: ReadonlySet<string>;
  /** One-word person titles, lower case ("governor"). */
  titles: ReadonlySet<string>;
  common: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  adjectives: ExtractionResources["adjectiveIndex"];
  countriesWithArticle: readonly string[];
}

function nameWordsOf(resources: ExtractionResources): NameWords {
  const { names, cues } = resources.lexicon;
  return {
    heads: new Set(names.organizationHeads.en.map((w) => w.toLowerCase())),
    stateBodyHeads: new Set(names.stateBodyHeads.en.map((w) => w.toLowerCase())),
    particles: new Set(names.nameParticles),
    connectors: new Set(names.organizationConnectors),
    facilities: new Set(names.facilityNouns.en),
    organizationNouns: new Set(names.organizationNouns.en),
    nonNames: new Set(cues.nonNames.en),
    titles: new Set(resources.lexicon.personTitles.en.filter((t) => !t.includes(" "))),
    common: resources.englishWords.common,
    stopwords: resources.englishWords.stopwords,
    givenNames: resources.englishWords.givenNames,
    notNames: resources.englishWords.notNames,
    adjectives: resources.adjectiveIndex,
    countriesWithArticle: names.countriesWithArticle,
  };
}

function isLatin(token: Token): boolean {
  return /\p{Script=Latin}/u.test(token.text) && !/\p{Script=Cyrillic}/u.test(token.text);
}

/** "al-Ansari", "el-Sisi": a name particle joined to a capitalised word is a name word too. */
function joinedToParticle(token: Token, particles: ReadonlySet<string>): boolean {
  const match = /^(\p{Ll}+)-\p{Lu}/u.exec(token.text);
  return match !== null && particles.has(match[1]!);
}

function isCapitalised(token: Token | undefined, particles: ReadonlySet<string>): token is Token {
  return (
    token !== undefined &&
    isLatin(token) &&
    (/^\p{Lu}/u.test(token.text) || joinedToParticle(token, particles)) &&
    !/\d/.test(token.text) &&
    (token.text.length > 1 || token.initials !== undefined)
  );
}

/** The word without a possessive ending ("Ruto's" → "Ruto", "Workers'" stays, the apostrophe being outside the word). */
function bare(token: Token): string {
  return withoutPossessive(token.text);
}

/** Only spaces (or a plural possessive's apostrophe: "Workers' Party"; after an initial, its full stop) between two words of one name. */
function joined(text: string, left: Token, right: Token, stop = ""): boolean {
  const between = text.slice(left.end, right.start);
  return (
    left.sentence === right.sentence &&
    /^['’]?[ \t\u00a0]+$/u.test(stop && between.startsWith(stop) ? between.slice(stop.length) : between)
  );
}

/** A capital letter and a full stop inside a name: "Faith W. Mwangi". */
function isMiddleInitial(text: string, token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}$/u.test(token.text) && text[token.end] === ".";
}

/** A quoted word between a first name and a surname: Jorge "Tuto" Quiroga, Joaquín «El Chapo» Guzmán are one name without it. */
function isNickname(text: string, tokens: readonly Token[], i: number): boolean {
  const [before, nickname, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return (
    before !== undefined &&
    nickname !== undefined &&
    after !== undefined &&
    before.sentence === after.sentence &&
    /^\p{Lu}/u.test(nickname.text) &&
    /^\s+["“«]$/u.test(text.slice(before.end, nickname.start)) &&
    /^["”»]\s+$/u.test(text.slice(nickname.end, after.start))
  );
}

/**
 * Maximal runs of capitalised words joined by spaces, by name particles ("Majed al-Ansari" is one
 * word, "Maria Luisa de los Santos" is not) or by organisation connectors ("University of
 * Kinshasa", "Forces for the Liberation of Rwanda"); after a connector the run may go on over words
 * the gazetteer knows. A possessive ends a run unless its word is a common one ("People's"). A
 * headline in title case has no runs.
 */
function capitalisedRuns(
  text: string,
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
  words: NameWords,
): number[][] {
  const runs: number[][] = [];
  const titleCase = titleCaseSentences(tokens);
  const free = (i: number) =>
    isCapitalised(tokens[i], words.particles) && !covered.has(i) && !titleCase.has(tokens[i]!.sentence);
  for (let i = 0; i < tokens.length; i++) {
    const initials = leadingInitials(text, tokens, i, free);
    if (!free(i) && initials.length === 0) continue;
    const run = initials.length > 0 ? initials : [i];
    for (let next = extend(text, tokens, run, free, words); next.length; next = extend(text, tokens, run, free, words))
      run.push(...next);
    runs.push(run);
    i = run[run.length - 1]!;
  }
  return runs;
}

/**
 * Initials opening a name and the word after them ("C. P. Radhakrishnan", "B. Sudershan Reddy"),
 * or none: capital letters with full stops, each joined to the next, the last to a free word.
 */
function leadingInitials(text: string, tokens: readonly Token[], i: number, free: (i: number) => boolean): number[] {
  const initials: number[] = [];
  let at = i;
  while (isMiddleInitial(text, tokens[at]) && tokens[at + 1] && joined(text, tokens[at]!, tokens[at + 1]!, ".")) {
    initials.push(at);
    at++;
  }
  return initials.length > 0 && free(at) && !isMiddleInitial(text, tokens[at]) ? [...initials, at] : [];
}

/** The tokens that continue a run: the next capitalised word, or connectors and the capitalised word after them. */
function extend(
  text: string,
  tokens: readonly Token[],
  run: readonly number[],
  free: (i: number) => boolean,
  words: NameWords,
): number[] {
  const last = run[run.length - 1]!;
  const tail = tokens[last]!;
  if (bare(tail) !== tail.text && !words.common.has(bare(tail).toLowerCase())) return [];
  const linked = (i: number) => joined(text, tokens[i - 1]!, tokens[i]!);
  if (free(last + 1) && linked(last + 1)) return [last + 1];
  if (
    isMiddleInitial(text, tokens[last + 1]) &&
    free(last + 2) &&
    joined(text, tokens[last + 1]!, tokens[last + 2]!, ".")
  )
    return [last + 1, last + 2];
  if (isNickname(text, tokens, last + 1) && free(last + 2)) return [last + 2];
  const connectors: number[] = [];
  for (let i = last + 1; i <= last + 2 && tokens[i] && linked(i); i++) {
    const word = tokens[i]!.text;
    const particle = words.particles.has(word);
    // "the" only after "of"/"for": "Forces for the Liberation", never "Wednesday the Central Bank".
    const connector = words.connectors.has(word) && (word !== "the" || connectors.length === 1);
    if (!particle && !connector) break;
    connectors.push(i);
    const after = i + 1;
    const organizationWord =
      connector && isCapitalised(tokens[after], words.particles) && tokens[after]!.sentence === tail.sentence;
    // "Commission on Human Rights", but never "Commission on Tuesday" ("of African Unity" is fine).
    const dated = word === "on" && tokens[after] !== undefined && words.notNames.has(tokens[after]!.text.toLowerCase());
    if (tokens[after] && linked(after) && !dated && (free(after) || organizationWord)) return [...connectors, after];
  }
  return [];
}

function titleCaseSentences(tokens: readonly Token[]): Set<number> {
  const counts = new Map<number, { words: number; capitalised: number }>();
  for (const token of tokens) {
    if (!/\p{L}/u.test(token.text)) continue;
    const count = counts.get(token.sentence) ?? { words: 0, capitalised: 0 };
    count.words++;
    if (/^\p{Lu}/u.test(token.text)) count.capitalised++;
    counts.set(token.sentence, count);
  }
  return new Set(
    [...counts]
      .filter(([, c]) => c.words >= MIN_TITLE_CASE_WORDS && c.capitalised / c.words >= TITLE_CASE_SHARE)
      .map(([sentence]) => sentence),
  );
}

function opensSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence;
}

/** A run less a sentence-opening function word ("In", "As"), a leading article ("The Islamic Action Front") and where it is based. */
function trimOpening(text: string, tokens: readonly Token[], run: readonly number[], words: NameWords): number[] {
  const first = tokens[run[0]!]!;
  // An initial ("C. P. Radhakrishnan") is no stopword, though "c" and "a" are letters of the list.
  const opening =
    opensSentence(tokens, run[0]!) && !isMiddleInitial(text, first) && words.stopwords.has(first.text.toLowerCase());
  const trimmed = opening || first.text === "The" ? run.slice(1) : [...run];
  // "Nairobi-based Budget Watch Institute", "China's Taiwan Affairs Office": where it is based, or whose, is no word
  // of its name ("People's Action Party" is).
  const owner = (token: Token) => isPossessive(token) && !words.common.has(bare(token).toLowerCase());
  while (trimmed.length > 1 && (/-based$/u.test(tokens[trimmed[0]!]!.text) || owner(tokens[trimmed[0]!]!)))
    trimmed.shift();
  return trimmed;
}

/** A capitalised run split into the organisation it names (or none) and the words left for a person. */
interface RunSplit {
  organization: number[] | null;
  rest: number[];
}

/**
 * The organisation of a run: its words up to the last head word, with what follows when a connector
 * leads it ("University of Kinshasa"); a place the gazetteer knows right before it belongs to it
 * ("Japan Coast Guard"). The words after it are the rest ("Interior Cabinet Secretary Kithure
 * Kindiki"); an organisation standing before a title is part of that title, not named.
 */
function splitOrganization(
  text: string,
  tokens: readonly Token[],
  run: readonly number[],
  covered: ReadonlySet<number>,
  words: NameWords,
): RunSplit {
  const isHead = (i: number) => words.heads.has(bare(tokens[i]!).toLowerCase());
  const isConnector = (i: number) => words.connectors.has(tokens[i]!.text);
  const firstConnector = run.findIndex(isConnector);
  // "Khaleda Zia of the Bangladesh Nationalist Party": a name without a head before "of" is not the organisation's.
  if (firstConnector > 0 && !run.slice(0, firstConnector).some(isHead) && run.slice(firstConnector).some(isHead)) {
    let start = firstConnector;
    while (start < run.length && isConnector(run[start]!)) start++;
    const split = splitOrganization(text, tokens, run.slice(start), covered, words);
    return { organization: split.organization, rest: run.slice(0, firstConnector) };
  }
  const lastHead = run.map(isHead).lastIndexOf(true);
  if (lastHead < 0) return { organization: null, rest: [...run] };
  const afterHead = run[lastHead + 1];
  const tailJoins = afterHead === undefined || isConnector(afterHead);
  // "Central Bank of Argentina Governor Santiago Bausili": a title after the head, a name after it, starts the rest.
  const titleAt = run.findIndex(
    (i, n) =>
      n > lastHead &&
      words.titles.has(bare(tokens[i]!).toLowerCase()) &&
      run[n + 1] !== undefined &&
      !isConnector(run[n + 1]!),
  );
  const end = !tailJoins ? lastHead + 1 : titleAt > 0 ? titleAt : run.length;
  const organization = run.slice(0, end);
  const rest = run.slice(end);
  while (organization.length && isConnector(organization.at(-1)!)) organization.pop();
  for (let before = organization[0]! - 1; knownWordBefore(text, tokens, covered, before); before--)
    organization.unshift(before);
  const named = organization.filter((i) => !isConnector(i));
  const beforeTitle = rest.length > 0 && words.nonNames.has(bare(tokens[rest[0]!]!));
  const distinct = named.some((i) => !isHead(i) && !isAcronym(tokens[i]!));
  return { organization: named.length >= 2 && distinct && !beforeTitle ? organization : null, rest };
}

/**
 * A run a lower-case noun after it makes an organisation ("the Fano militia", "Kompas newspaper",
 * "the Viv Ansanm gang coalition"): names.json `organizationNouns`. A run of ordinary words, a
 * demonym or a place the gazetteer knows is no organisation's name ("the ruling party").
 */
function namedByNounAfter(
  text: string,
  tokens: readonly Token[],
  run: readonly number[],
  covered: ReadonlySet<number>,
  words: NameWords,
): RunSplit {
  if (run.length === 0) return { organization: null, rest: [] };
  const next = tokens[run.at(-1)! + 1];
  const nounAfter =
    next !== undefined && words.organizationNouns.has(next.text) && joined(text, tokens[run.at(-1)!]!, next);
  // "Ishiba's party" is a person's, "the Saudi-led coalition" led by a country.
  const possessive = bare(tokens[run.at(-1)!]!) !== tokens[run.at(-1)!]!.text;
  const modifier = run.some((i) => /-(?:led|backed|based)$/u.test(tokens[i]!.text));
  const ownName =
    !possessive &&
    !modifier &&
    run.some((i) => {
      const word = bare(tokens[i]!).toLowerCase();
      return !covered.has(i) && !words.common.has(word) && !words.notNames.has(word) && !words.stopwords.has(word);
    });
  return nounAfter && ownName && run.length <= MAX_PERSON_WORDS
    ? { organization: [...run], rest: [] }
    : { organization: null, rest: [...run] };
}

/** A word of a place the gazetteer knows, written right before an organisation as part of its name ("Japan Coast Guard"). */
function knownWordBefore(text: string, tokens: readonly Token[], covered: ReadonlySet<number>, i: number): boolean {
  const token = tokens[i];
  return (
    covered.has(i) &&
    token !== undefined &&
    /^\p{Lu}/u.test(token.text) &&
    !isAcronym(token) &&
    bare(token) === token.text &&
    joined(text, token, tokens[i + 1]!)
  );
}

/**
 * The organisation's name as written, less a possessive. A name of common words only ("the
 * Constitutional Court", "Poland's National Electoral Commission") is a body of a country, named
 * "<Name> of <Country>" (seed/articles/README.md): the country the text binds it to, else the one the
 * article names most; a name with its
 * own word or its country's adjective ("Haitian National Police") stands as written.
 */
function asOrganization(
  text: string,
  tokens: readonly Token[],
  organization: readonly number[],
  covered: ReadonlySet<number>,
  words: NameWords,
  countryOf: (span: number[], stateBody: boolean) => KnownEntity | null,
): FoundEntity {
  const written = withoutPossessive(text.slice(tokens[organization[0]!]!.start, tokens[organization.at(-1)!]!.end));
  const lowerWords = organization.map((i) => bare(tokens[i]!).toLowerCase());
  const generic = organization.every((i, n) => {
    const word = lowerWords[n]!;
    return !covered.has(i) && (words.common.has(word) || words.heads.has(word) || words.connectors.has(word));
  });
  const stateBody = lowerWords.some((word) => words.stateBodyHeads.has(word));
  const country = generic ? countryOf([organization[0]!, organization.at(-1)!], stateBody) : null;
  const name = country ? bodyName(written, country, words.countriesWithArticle) : written;
  return { id: `kg:organization:${slugOf(name)}`, type: "ORGANIZATION", name, aliases: [...new Set([written, name])] };
}

function boundCountry(
  text: string,
  tokens: readonly Token[],
  [first, last]: number[],
  places: readonly MentionCandidate[],
  adjectives: readonly PhraseMatch<string>[],
  resources: ExtractionResources,
): KnownEntity | null {
  const bound = bindToPlace(text, tokens, { first: first!, last: last! }, places, adjectives);
  const place = bound && resources.entities.get(bound.of);
  return place?.type === "COUNTRY" ? place : null;
}

/**
 * A run cut before a connector that leads into a name the gazetteer knows: "Khaleda Zia of the
 * Bangladesh Nationalist Party" is a person and a known party, not one name.
 */
function beforeKnownAfterConnector(
  tokens: readonly Token[],
  run: readonly number[],
  covered: ReadonlySet<number>,
  words: NameWords,
): number[] {
  const cut = run.findIndex(
    (i, k) => k > 0 && words.connectors.has(tokens[i]!.text) && run.slice(k + 1).some((j) => covered.has(j)),
  );
  return cut < 0 ? [...run] : run.slice(0, cut);
}

/** A follower's label before a name ("Peronist Sergio Massa", "Islamist", "Chavista"): what the person is, not their name. */
/** Prepositions of place: an unknown run after one names a place, not a person. */
const LOCATIVE = new Set(["in", "at", "near", "outside", "across", "throughout"]);
/** Verbs whose "in" is a particle with a person after it ("swore in Purbaya Yudhi Sadewa", "voted in"). */
const IN_PARTICLE_VERBS = new Set(["swear", "swears", "swore", "sworn", "swearing", "voted", "ushered", "brought"]);

/** Whether the token at `i` follows a preposition of place (not the particle of "swore in"). */
function afterLocative(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.sentence !== tokens[i]!.sentence || !LOCATIVE.has(before.text)) return false;
  return !(before.text === "in" && IN_PARTICLE_VERBS.has(tokens[i - 2]?.text.toLowerCase() ?? ""));
}

const FOLLOWER_LABEL = /^\p{Lu}\p{Ll}+(?:ists?|istas?)$/u;

/**
 * The person words of a run: leading titles and descriptions dropped; then two to four words, none common, a title,
 * an acronym or a country's adjective, no word the gazetteer knows inside or right beside them
 * ("Hassan Sheikh" of a known "Hassan Sheikh Mohamud"), and no facility noun after them.
 */
function personRun(
  text: string,
  tokens: readonly Token[],
  run: readonly number[],
  covered: ReadonlySet<number>,
  words: NameWords,
): number[] | null {
  let start = 0;
  // "Businessman Samuel Doria Medina": an ordinary word opening the sentence before a name describes it, unless a first name ("Grace").
  const description = (token: Token) =>
    !isMiddleInitial(text, token) &&
    opensSentence(tokens, token.index) &&
    words.common.has(bare(token).toLowerCase()) &&
    !words.givenNames.has(bare(token).toLowerCase());
  const leading = (token: Token) =>
    words.nonNames.has(bare(token)) ||
    words.notNames.has(bare(token).toLowerCase()) ||
    FOLLOWER_LABEL.test(bare(token)) ||
    description(token);
  while (start < run.length && leading(tokens[run[start]!]!)) start++;
  // "Defence Minister Margarita Robles": a title and the words that qualify it come before the name;
  // "Director-General Dr Tedros …": so does a compound title, and a courtesy title after it.
  const isTitle = (i: number) =>
    bare(tokens[i]!)
      .toLowerCase()
      .split("-")
      .some((part) => words.titles.has(part));
  const lastTitle = run.map(isTitle).lastIndexOf(true);
  if (lastTitle >= start && run.length - lastTitle - 1 >= MIN_PERSON_WORDS) start = lastTitle + 1;
  while (start < run.length && leading(tokens[run[start]!]!)) start++;
  // "The Socialist Left's Kirsti Bergstø": a possessive inside the run ends its owner; the name follows.
  for (let n = start; n < run.length - 1; n++) if (isPossessive(tokens[run[n]!]!)) start = n + 1;
  const named = run.slice(start);
  // "was returned in Ang Mo Kio": a run no title introduces, after a preposition of place, is a place.
  if (start === 0 && afterLocative(tokens, named[0]!)) return null;
  const nameWords = named.filter((i) => !words.particles.has(tokens[i]!.text) && !isMiddleInitial(text, tokens[i]));
  // "C. P. Radhakrishnan": initials and a surname are a whole name.
  const initialled = isMiddleInitial(text, tokens[named[0]!]);
  if (nameWords.length < (initialled ? 1 : MIN_PERSON_WORDS) || nameWords.length > MAX_PERSON_WORDS) return null;
  if (
    named.some(
      (i) => covered.has(i) || (words.connectors.has(tokens[i]!.text) && !words.particles.has(tokens[i]!.text)),
    )
  )
    return null;
  const given = (i: number) => words.givenNames.has(bare(tokens[i]!).toLowerCase());
  const isCommon = (i: number) => {
    const word = bare(tokens[i]!).toLowerCase();
    return words.common.has(word) || word.split("-").some((part) => words.common.has(part) && part.length > 3);
  };
  // A common word may be a first name ("Maria Luisa"), or a surname after one ("Vicente Fox").
  const plain = (i: number, n: number) => {
    const token = tokens[i]!;
    const word = bare(token).toLowerCase();
    const common = isCommon(i);
    // A middle word between a first name and an uncommon surname may be common too ("Kristian Berg Harpviken").
    const named =
      n === 0 ? given(i) : given(nameWords[0]!) && (n === nameWords.length - 1 || !isCommon(nameWords.at(-1)!));
    return (
      (!common || named) &&
      !words.nonNames.has(bare(token)) &&
      !words.notNames.has(word) &&
      !isAcronym(token) &&
      !words.adjectives.get(word)
    );
  };
  if (!nameWords.every(plain)) return null;
  const first = named[0]!;
  const last = named.at(-1)!;
  // A known name's word beside it makes it part of that name; a title beside it ("Prime Minister") does not.
  // "Austria's Herbert Kickl", "Tomio Okamura's Freedom Party": a possessive ends one name before the next.
  const knownBeside = (i: number, j: number) =>
    covered.has(j) &&
    isCapitalised(tokens[j], words.particles) &&
    !words.nonNames.has(bare(tokens[j]!)) &&
    bare(tokens[Math.min(i, j)]!) === tokens[Math.min(i, j)]!.text &&
    joined(text, tokens[Math.min(i, j)]!, tokens[Math.max(i, j)]!);
  if (knownBeside(first, first - 1) || knownBeside(last, last + 1)) return null;
  const next = tokens[last + 1];
  if (next && next.sentence === tokens[first]!.sentence && words.facilities.has(next.text)) return null;
  return named;
}

function asPerson(text: string, nameTokens: readonly Token[]): NewPerson | null {
  const name = nameTokens
    .map((t, i) => (i === nameTokens.length - 1 ? bare(t) : isMiddleInitial(text, t) ? `${t.text}.` : t.text))
    .join(" ");
  const slug = slugOf(name);
  if (!slug) return null;
  return {
    id: `kg:person:${slug}`,
    type: "PERSON",
    name,
    aliases: [name],
    nativeName: name,
    surname: bare(nameTokens[nameTokens.length - 1]!).toLowerCase(),
  };
}

/** A one-word city or country, which may also be a word of a person's or a body's name ("Israel Katz"). */
export function isNameWordPlace(place: MentionCandidate, resources: ExtractionResources): boolean {
  const type = resources.entities.get(place.entityId)?.type;
  return place.first === place.last && (type === "CITY" || type === "COUNTRY");
}
