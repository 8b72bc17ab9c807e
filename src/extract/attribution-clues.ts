import { findAntecedent, SUBJECT_PRONOUNS, type SpokenQuote } from "./find-antecedent.js";
import { isCyrillic, isPossessive, sentenceStart } from "./token-shape.js";
import { entityTypeOf } from "./found-entity.js";
import { isModified, roleModifiers } from "./find-role-mentions.js";
import { insideQuote, type Quote } from "./find-quotes.js";
import { matchPhrases, type PhraseMatch } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { CueKind, ExtractionResources } from "./types.js";

const PRONOUNS = new Set(["он", "она", "тот", "he", "she", "him"]);
const INDEFINITE = new Set(["a", "an", "one", "another", "один", "одна", "одного", "одной"]);
const RELATIVE = new Set(["who", "который"]);
/** Possessives in "according to" cues that point back to the last speaker («по его словам», "in his words"). */
const POSSESSIVES = new Set(["его", "ее", "её", "их", "his", "her"]);
/** How far before a role noun its determiner may stand ("a senior Western diplomat"). */
const NOUN_PHRASE_TOKENS = 4;

/** A token span: `first`..`last` inclusive. */
export interface TokenSpan {
  first: number;
  last: number;
}

/** What attribution reads in an article: speech verbs, framing verbs, titles and the speakers it can name. */
export interface Clues {
  text: string;
  tokens: readonly Token[];
  quotes: readonly Quote[];
  verbs: readonly PhraseMatch<true>[];
  cues: readonly PhraseMatch<CueKind>[];
  titles: readonly PhraseMatch<string>[];
  adjectives: readonly PhraseMatch<string>[];
  /** People named outside quotations. */
  people: readonly MentionCandidate[];
  /** Organisations named outside quotations: a body speaks when no person is named ("the ministry said"). */
  bodies: readonly MentionCandidate[];
  /** Speakers of the quotations attributed so far, in text order: "he" with no one named nearby is the last. */
  spoken: SpokenQuote[];
  /** Lemmas of `roleModifiers` («заместитель», "former"). */
  roleModifiers: ReadonlySet<string>;
  /** Lemmas of `definiteRoleAdjectives`. */
  definiteRoleAdjectives: ReadonlySet<string>;
  resources: ExtractionResources;
}

/** The clues of one article; names inside quotations (and editorial brackets in them) are never speakers. */
export function readClues(
  text: string,
  tokens: readonly Token[],
  quotes: readonly Quote[],
  mentions: readonly MentionCandidate[],
  resources: ExtractionResources,
): Clues {
  const outside = (m: MentionCandidate) => !insideQuote(quotes, tokens[m.first]!.start);
  const typeOf = (m: MentionCandidate) => entityTypeOf(m.entityId, resources);
  const platforms = new Set(resources.lexicon.names.platforms);
  return {
    text,
    tokens,
    quotes,
    verbs: matchPhrases(text, tokens, resources.speechIndex).filter(
      (v) => !insideQuote(quotes, tokens[v.first]!.start) && !inName(tokens, v.first),
    ),
    cues: matchPhrases(text, tokens, resources.cueIndex).filter((c) => !insideQuote(quotes, tokens[c.first]!.start)),
    titles: matchPhrases(text, tokens, resources.titleIndex),
    adjectives: matchPhrases(text, tokens, resources.adjectiveIndex),
    people: mentions.filter((m) => typeOf(m) === "PERSON" && outside(m)),
    bodies: mentions.filter((m) => typeOf(m) === "ORGANIZATION" && outside(m) && !platforms.has(m.entityId)),
    spoken: [],
    definiteRoleAdjectives: new Set(resources.lexicon.cues.definiteRoleAdjectives.ru),
    roleModifiers: roleModifiers(resources),
    resources,
  };
}

/** A capitalised word inside a sentence is a name's, not a verb ("West African States", "Says Group"). */
function inName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  return /^\p{Lu}/u.test(token.text) && at > 0 && tokens[at - 1]!.sentence === token.sentence;
}

/** Whether a span lies within a window. */
export function within(span: TokenSpan, window: TokenSpan): boolean {
  return span.first >= window.first && span.last <= window.last;
}

/** Who a window says spoke: a speaker's id, or null for an unnamed source ("a Western diplomat said"). */
export type Speaker = { speakerId: string | null };

/**
 * The speaker a window names, or undefined when it names nobody: a person (the one after "according
 * to"/«по словам» when the window has that cue, else the first), else a body; an indefinite role
 * noun ("a Gulf diplomat", "one official", «западный дипломат», «источник») is an unnamed source;
 * a pronoun or a definite role noun points to `subject`, the speaker of the attribution clause the
 * window continues ("Modi said … that he had … urged"), else to its antecedent before the window's
 * sentence.
 */
export function speakerIn(clues: Clues, window: TokenSpan, subject?: Speaker): Speaker | undefined {
  if (window.last < window.first) return undefined;
  const source = clues.cues.find((c) => c.value === "sourceAfter" && within(c, window));
  // A role nested in a title before a name («пресс-секретарь президента России Дмитрий Песков») is not who speaks.
  // «Ким Чен Ын, подписавший документ вместе с Путиным, назвал»: a name in a case no subject has does not speak.
  const people = clues.people.filter(
    (m) =>
      within(m, window) &&
      !(isDeclinedObject(clues.tokens[m.first]!) && !isNominativeAlias(clues, m)) &&
      // "Trump's tariffs": a person named in the possessive owns something in the clause; he does not speak in it.
      !isPossessive(clues.tokens[m.last]!) &&
      !isAddressee(clues.tokens, m) &&
      !isTitleOfNameBeside(clues, m) &&
      !(m.source === "role" && isAppositionOfName(clues, m)),
  );
  // "the American leader" names a person of a country: a body beside it («распространенном Белым домом») is not the speaker.
  const countryAnaphor = people.length === 0 ? anaphorIn(clues, window)?.countryId : null;
  const named =
    (source && people.find((m) => m.first > source.last)) ||
    people[0] ||
    (countryAnaphor ? undefined : bodyIn(clues, window));
  const unnamed = unnamedSourceAt(clues, window, named !== undefined);
  if (unnamed !== undefined && (!named || unnamed < named.first)) return { speakerId: null };
  // "He declined to comment on the warrant against Putin, saying …": the subject pronoun comes first.
  const pronoun = clues.tokens
    .slice(window.first, named?.first ?? window.first)
    .find((t) => SUBJECT_PRONOUNS.has(t.text.toLowerCase()));
  if (named && !pronoun && !subjectRoleBefore(clues, window, named)) return { speakerId: named.entityId };
  const anaphor = anaphorIn(clues, window);
  if (!anaphor) return undefined;
  if (subject) return subject;
  return (
    (anaphor.title ? introducedAs(clues, window.first, anaphor.title) : null) ??
    antecedentOf(clues, window.first, anaphor.countryId)
  );
}

/** '"…," a humanitarian worker told Sahel Desk': whoever is told listens; the one who tells speaks. */
function isAddressee(tokens: readonly Token[], mention: MentionCandidate): boolean {
  return TOLD.has(tokens[mention.first - 1]?.text.toLowerCase() ?? "");
}

const TOLD = new Set(["told", "tells", "telling"]);

/**
 * A definite role noun opening the sentence, no person named right after it, before the first person
 * the window names ("The prime minister had built his campaign around … Donald Trump's tariffs,
 * warning voters that …"): the sentence's subject is that role, an anaphor, not the person named later.
 */
function subjectRoleBefore(clues: Clues, window: TokenSpan, named: MentionCandidate): boolean {
  const { tokens } = clues;
  const start = sentenceStart(tokens, named.first);
  if (start < window.first || tokens[start]!.text.toLowerCase() !== "the") return false;
  return clues.titles.some(
    (t) =>
      t.first === start + 1 &&
      t.last < named.first &&
      !clues.people.some((m) => m.first > t.last && m.first - t.last <= TITLE_REACH) &&
      !isAppositionOfName(clues, t),
  );
}

/** A body named in the window, the dateline's outlet last: it files the report, others speak in it. */
function bodyIn(clues: Clues, window: TokenSpan): MentionCandidate | undefined {
  const bodies = clues.bodies.filter((m) => within(m, window) && !isAddressee(clues.tokens, m));
  return bodies.find((m) => m.source !== "outlet") ?? bodies[0];
}

/** How far into its sentence a subject role noun may start ("The South African leader, who…"). */
const SUBJECT_WORDS = 4;

/**
 * The country of the sentence before token `first` when that sentence opens with a role noun of a
 * country and no person ("The South African leader, who had brought golfers X and Y with him,
 * kept his tone even. "…," he told his host."): "he" is that leader, not the people named after.
 */
function subjectCountryBefore(clues: Clues, first: number): string | null {
  const previous = clues.tokens[first - 1]?.sentence;
  if (previous === undefined) return null;
  const start = sentenceStart(clues.tokens, first - 1);
  const title = clues.titles.find((t) => t.first >= start && t.first <= start + SUBJECT_WORDS && t.last < first);
  if (!title || clues.people.some((m) => m.first >= start && m.first < title.first)) return null;
  return clues.adjectives.find((a) => a.last === title.first - 1)?.value ?? null;
}

/**
 * An office role or title set off by a comma right after a person's name describes that person
 * ("Lars Klingbeil, the new vice-chancellor and finance minister, said"): it is no one else who
 * speaks, and no anaphor.
 */
function isAppositionOfName(clues: Clues, role: TokenSpan): boolean {
  const start = clues.tokens[role.first]!.start;
  return clues.people.some(
    (m) =>
      m.source !== "role" && m.last < role.first && APPOSITION.test(clues.text.slice(clues.tokens[m.last]!.end, start)),
  );
}

/** A comma and at most six words (an article, adjectives, a possessive, another role) between a name and the role describing it. */
const APPOSITION = /^,\s+(?:[\p{L}'’-]+\s+){0,6}$/u;

/**
 * An office role with another person's name right after it, maybe past lower-case words of the title
 * («спецпредставитель президента России по вопросам климата Руслан Эдельгериев»): part of that person's title.
 */
function isTitleOfNameBeside(clues: Clues, mention: MentionCandidate): boolean {
  if (mention.source !== "role") return false;
  const name = clues.people.find((m) => m.first > mention.last && m.source !== "role");
  if (!name || name.first - mention.last > TITLE_REACH + 1) return false;
  const between = clues.tokens.slice(mention.last + 1, name.first);
  const start = clues.tokens[mention.last]!.end;
  return (
    between.every((t) => /^\p{Ll}/u.test(t.text)) &&
    !/[,.;:!?«»"“”()—–]/u.test(clues.text.slice(start, clues.tokens[name.first]!.start))
  );
}

/**
 * The antecedent of an anaphor at token `at`: found before the anaphor's sentence (find-antecedent.ts),
 * else the last speaker quoted before it ("the spokeswoman said" paragraphs after her first quote).
 */
function antecedentOf(clues: Clues, at: number, anaphorCountry: string | null): Speaker {
  const first = sentenceStart(clues.tokens, at);
  const before = clues.tokens[first]!.start;
  const countryId = anaphorCountry ?? subjectCountryBefore(clues, first);
  const antecedent = findAntecedent(
    clues.text,
    clues.people,
    clues.tokens,
    before,
    clues.resources,
    countryId,
    clues.spoken,
  );
  const lastSpeaker = countryId ? undefined : clues.spoken.filter((s) => s.end <= before).at(-1)?.speakerId;
  return { speakerId: antecedent ?? lastSpeaker ?? null };
}

/**
 * Where the window names an unnamed source, or undefined: an unnamed-source cue («источник», "asked
 * not to be named"), a role noun after an indefinite word ("a Gulf diplomat", «один из дипломатов»),
 * or (Russian), when nobody is named, a role noun after an adjective naming no country («западный
 * дипломат»; «официальный представитель МИД Мария Захарова» names her), unless the adjective makes
 * the role definite («новый президент», «по словам официального представителя» point back).
 */
function unnamedSourceAt(clues: Clues, window: TokenSpan, someoneNamed: boolean): number | undefined {
  const cue = clues.cues.find((c) => c.value === "unnamedSource" && within(c, window));
  if (cue) return cue.first;
  const title = clues.titles.find((t) => within(t, window) && !isAppositionOfName(clues, t));
  if (!title) return undefined;
  const indefinite = indefiniteWordBefore(clues, title, window.first);
  if (indefinite) return indefinite.index;
  const adjective = clues.tokens[title.first - 1];
  const vague =
    !someoneNamed &&
    adjective !== undefined &&
    adjective.index >= window.first &&
    adjective.analysis.pos === "ADJF" &&
    !adjective.analysis.grammemes.has("Apro") &&
    !adjective.analysis.lemmas.some((lemma) => clues.definiteRoleAdjectives.has(lemma)) &&
    !clues.adjectives.some((a) => a.last === adjective.index);
  return vague ? adjective.index : undefined;
}

/**
 * A pronoun, or a role noun, in the window; with the country an adjective before it names. A
 * Russian role noun that can only be dative, instrumental or prepositional is nobody who speaks
 * («выступая перед депутатами»); a genitive may be («по словам министра»).
 */
function anaphorIn(clues: Clues, window: TokenSpan): { countryId: string | null; title?: TokenSpan } | null {
  const words = clues.tokens.slice(window.first, window.last + 1);
  if (words.some((t) => PRONOUNS.has(t.text.toLowerCase()))) return { countryId: null };
  const title = clues.titles.find(
    (t) => within(t, window) && canBeSubject(clues.tokens[t.first]!) && !isAppositionOfName(clues, t),
  );
  if (!title) return null;
  const adjective = clues.adjectives.find((a) => a.last === title.first - 1);
  return { countryId: adjective?.value ?? null, title };
}

/** How many words may stand between a title and the name it introduces («представитель МИД Казахстана Айгерим …»). */
const TITLE_REACH = 4;

/**
 * The person the article introduced earlier with the title a role noun repeats («Официальный
 * представитель МИД Казахстана Айгерим Нурпеисова … Представитель МИД назвала …»): the latest
 * named right after a title with the same head word, not a deputy's or a former one's
 * («заместитель министра» introduces no «министр»), before token `at`.
 */
function introducedAs(clues: Clues, at: number, title: TokenSpan): Speaker | null {
  const head = clues.tokens[title.first]!.analysis.lemmas[0];
  const sameHead = (t: TokenSpan) =>
    clues.tokens[t.first]!.analysis.lemmas[0] === head && !isModified(clues.tokens, t.first, clues.roleModifiers);
  const introduced = clues.people.filter(
    (m) =>
      m.source !== "role" &&
      m.last < at &&
      clues.titles.some((t) => t.last < m.first && m.first - t.last <= TITLE_REACH && sameHead(t)),
  );
  const person = introduced.at(-1);
  // "A senior government official, who asked not to be named, … "…," the official said": still unnamed.
  // An unnamed source is a role after an indefinite word in a sentence that says someone spoke.
  const speaking = new Set(attributionCues(clues, true).map((c) => clues.tokens[c.first]!.sentence));
  const unnamed = clues.titles
    .filter(
      (t) =>
        t.last < title.first &&
        sameHead(t) &&
        speaking.has(clues.tokens[t.first]!.sentence) &&
        indefiniteWordBefore(clues, t, sentenceStart(clues.tokens, t.first)) !== undefined,
    )
    .at(-1);
  if (unnamed && (!person || unnamed.first > person.last)) return { speakerId: null };
  return person ? { speakerId: person.entityId } : null;
}

/** The indefinite word of a role noun's phrase, from token `from` on ("a senior Western diplomat", «один из дипломатов»). */
function indefiniteWordBefore(clues: Clues, title: TokenSpan, from: number): Token | undefined {
  return clues.tokens
    .slice(Math.max(from, title.first - NOUN_PHRASE_TOKENS), title.first)
    .find((t) => INDEFINITE.has(t.text.toLowerCase()));
}

function canBeSubject(token: Token): boolean {
  return (
    !isCyrillic(token) ||
    token.analysis.cases.size === 0 ||
    [...token.analysis.cases].some((c) => !NOT_SPEAKING_CASES.has(c))
  );
}

const NOT_SPEAKING_CASES = new Set(["datv", "ablt", "loct", "loc2"]);

/**
 * A Russian name that can only be an object: no subject case, and an ending only a case gives
 * («Путиным», «Алиевой»), since az takes the vowel of an indeclinable name («Диссанаяке», «Таддеи»)
 * for one.
 */
function isDeclinedObject(token: Token): boolean {
  return !canBeSubject(token) && OBJECT_ENDING.test(token.text);
}

const OBJECT_ENDING = /(?:ым|им|ом|ем|ём|ой|ей|ам|ям)$/u;

/** A name written as the gazetteer's nominative alias writes it («Милей» of «Хавьер Милей»), whatever case az reads in it. */
function isNominativeAlias(clues: Clues, mention: MentionCandidate): boolean {
  const written = clues.tokens[mention.first]!.text;
  const aliases = clues.resources.entities.get(mention.entityId)?.aliases ?? [];
  return aliases.some((alias) => alias.split(/\s+/u).includes(written));
}

/** A speech verb, a framing verb or an "according to" cue. */
export type AttributionCue = TokenSpan & { value: "speech" | "framing" | "sourceAfter" };

/** Speech verbs, framing verbs (when asked for) and "according to" cues outside quotations, in text order. */
export function attributionCues(clues: Clues, withFraming: boolean): AttributionCue[] {
  const cues: AttributionCue[] = clues.verbs.map((v) => ({ first: v.first, last: v.last, value: "speech" }));
  for (const c of clues.cues) {
    if (c.value === "sourceAfter" || (withFraming && c.value === "framing"))
      cues.push({ first: c.first, last: c.last, value: c.value });
  }
  return cues.sort((a, b) => a.first - b.first);
}

/**
 * The speaker of an attribution cue that comes before the quotation, its subject read in `region`
 * (the words from the clause start to the cue). After "according to"/«по словам» the source is
 * named right after the cue. Otherwise the nearest clause before the verb is read first (", and the
 * Chinese leader called"), then the whole region ("X, who headed the team, said"); a speech verb
 * that opens its clause may have its subject after it, up to a comma (inverted: «Как отметил
 * министр, …»; not a framing verb: in «назвал X» X is the object).
 */
export function speakerOfCue(clues: Clues, region: TokenSpan, cue: AttributionCue, limit: number): Speaker | undefined {
  const after = { first: cue.last + 1, last: clauseEnd(clues, cue.last + 1, limit) };
  if (cue.value === "sourceAfter") {
    const possessive = clues.tokens.slice(cue.first, cue.last + 1).some((t) => POSSESSIVES.has(t.text.toLowerCase()));
    return possessive ? antecedentOf(clues, cue.first, null) : speakerIn(clues, after);
  }
  const before = { first: region.first, last: cue.first - 1 };
  const quoting = clues.cues.find((c) => c.value === "quotedObject" && within(c, before));
  // "Xinhua quoted him as saying": the one quoted speaks, not the outlet.
  const quoted = quoting && speakerIn(clues, { first: quoting.last + 1, last: before.last });
  if (quoted) return quoted;
  const near = { first: Math.max(before.first, subjectClauseStart(clues, cue.first)), last: before.last };
  const opensClause = cue.value === "speech" && near.last - near.first < 1;
  return (
    relativeAntecedent(clues, near) ??
    personOverOutlet(clues, speakerIn(clues, near), before) ??
    speakerIn(clues, before) ??
    (opensClause ? speakerIn(clues, after) : undefined) ??
    bodyAfterIn(clues, after)
  );
}

/**
 * A body read in the clause nearest the verb gives way to a person earlier in the sentence: in
 * «Дмитрий Песков, как передает ТАСС, отметил» the outlet only reports what Peskov said.
 */
function personOverOutlet(clues: Clues, near: Speaker | undefined, before: TokenSpan): Speaker | undefined {
  if (!near?.speakerId || entityTypeOf(near.speakerId, clues.resources) === "PERSON") return near;
  const person = clues.people.find((m) => within(m, before) && !isTitleOfNameBeside(clues, m));
  return person ? { speakerId: person.entityId } : near;
}

/** «Locative» prepositions: «в МИД России заявили», «в Кремле назвали» — the body after the verb speaks. */
const LOCATIVE = new Set(["в", "во"]);

/** A Russian impersonal attribution: a body after the verb, in the locative («приветствовали в МИД России»). */
function bodyAfterIn(clues: Clues, after: TokenSpan): Speaker | undefined {
  const body = clues.bodies.find(
    (m) => within(m, after) && LOCATIVE.has(clues.tokens[m.first - 1]?.text.toLowerCase() ?? ""),
  );
  return body ? { speakerId: body.entityId } : undefined;
}

/** ", who called it …" / «, который заявил»: the person or body named right before the relative pronoun. */
function relativeAntecedent(clues: Clues, clause: TokenSpan): Speaker | undefined {
  const first = clues.tokens[clause.first];
  if (!first || !first.analysis.lemmas.some((l) => RELATIVE.has(l))) return undefined;
  const named = [...clues.people, ...clues.bodies].filter((m) => m.last < clause.first && m.last >= clause.first - 2);
  return named.length ? { speakerId: named.sort((a, b) => b.last - a.last)[0]!.entityId } : undefined;
}

/** The last token of the clause starting at `from`: up to a comma or a quotation mark, at most `limit`. */
export function clauseEnd(clues: Clues, from: number, limit: number): number {
  const { text, tokens } = clues;
  let last = from;
  while (last < limit && !/[,;«»“”"]/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  return last;
}

/**
 * Where the subject of the verb at `at` may stand: its own clause, or — when a comma stands right
 * before a finite verb — the clause before that (", the president of the commission, Omar Touray,
 * told"). A participle («назвав», "calling") has the main clause's subject, never the words before it.
 */
export function subjectClauseStart(clues: Clues, at: number): number {
  const first = clauseStart(clues, at);
  const verb = clues.tokens[at]!;
  if (first !== at || isParticiple(verb) || first === 0 || clues.tokens[first - 1]!.sentence !== verb.sentence)
    return first;
  const before = clauseStart(clues, first - 1);
  // "President Joseph Aoun, seeing him off at the airport, promised": a participle's clause is set in; the subject stands before it.
  const setIn =
    isParticiple(clues.tokens[before]!) && before > 0 && clues.tokens[before - 1]!.sentence === verb.sentence;
  return setIn ? clauseStart(clues, before - 1) : before;
}

/** A gerund or an English -ing form: a participle's clause, which has no subject of its own. */
function isParticiple(token: Token): boolean {
  return token.analysis.pos === "GRND" || /\p{Script=Latin}+ing$/u.test(token.text);
}

/** The first token after the last comma or semicolon before token `at`, in its sentence. */
export function clauseStart(clues: Clues, at: number): number {
  const { text, tokens } = clues;
  let first = at;
  while (
    first > 0 &&
    tokens[first - 1]!.sentence === tokens[at]!.sentence &&
    !/[,;]/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))
  )
    first--;
  return first;
}
