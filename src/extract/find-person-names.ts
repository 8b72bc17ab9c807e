import { isWordOfAliases } from "./alias-words.js";
import { isCyrillic, withoutPossessive } from "./token-shape.js";
import { longestMatches, matchPhrases } from "./match-phrases.js";
import { tokenIndices } from "./token-indices.js";
import { wordToPinyin } from "./palladius-pinyin.js";
import { hepburnName } from "./polivanov-hepburn.js";
import { nameHomesOf } from "./name-homes.js";
import { isParticleName, type NameParticles } from "./name-particles.js";
import { countryHome, foreignNominative, respellAtHome, respellForeignName } from "./respell-foreign-name.js";
import { articleNameForms, attestedNominative, type ArticleNameForms } from "./name-nominative.js";
import { capitalise, russianName } from "./russian-name.js";
import { slugOf } from "./slug-of.js";
import { transliterateRussianName } from "./transliterate-russian.js";
import type { FoundEntity } from "./found-entity.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { ExtractionResources } from "./types.js";

/** A person the gazetteer does not know, found by the words around the name. */
export interface NewPerson extends FoundEntity {
  /** The name as written in the article's language, in dictionary form («Иван Петров»). */
  nativeName: string;
  /** Lemma of the surname, so later surname-only mentions link back. */
  surname: string;
}

const MAX_NAME_TOKENS = 3;

/**
 * Names of people the gazetteer does not know: capitalised words right after a person title or
 * office («министр Иван Петров», "Foreign Minister Jane Doe", «министр иностранных дел Армении Иван
 * Петров»), or right after or before a speech verb («заявил Иван Петров», "said Jane Doe", "Jane Doe
 * said"). Russian names must carry az's Name or Surn tag; English ones need two words next to a
 * speech verb. The id is `kg:person:<slug>` and the English name a transliteration of the Russian
 * dictionary forms («Ивана Петрова» → Ivan Petrov). `nerPeople`: person names the statistical NER
 * found (find-ner-people.ts), taken where no rule found a name.
 */
export function findPersonNames(
  text: string,
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
  resources: ExtractionResources,
  {
    nerPeople,
    places,
    aliasWords,
  }: {
    /** Person names the statistical NER found (find-ner-people.ts). */
    nerPeople: readonly { first: number; last: number }[];
    /** The places the article names, whose countries are where its names are at home (`nameHomesOf`). */
    places: readonly MentionCandidate[];
    /** Words read as one-word gazetteer aliases (a place, a known surname), with the entities read there, which a name around them takes back. */
    aliasWords: ReadonlyMap<number, readonly string[]>;
  },
): { people: NewPerson[]; mentions: MentionCandidate[] } {
  const articleHomes = nameHomesOf(places, resources);
  // «министр безопасности Мексики Омар Гарсия Харфуч»: the country of the title is the name's home.
  const homesOf = (title: { first: number; last: number } | undefined) => {
    const titlePlaces = title ? places.filter((p) => p.first >= title.first && p.last <= title.last) : [];
    const titleHomes = nameHomesOf(titlePlaces, resources);
    return titleHomes.size > 0 ? titleHomes : articleHomes;
  };
  const chineseSurnames = new Set(resources.lexicon.names.chineseSurnames);
  const nonNames = new Set([...resources.lexicon.cues.nonNames.ru, ...resources.lexicon.cues.nonNames.en]);
  const { common, givenNames } = resources.englishWords;
  // An ordinary English word ("Housing") opens no name unless it is a given name ("Mark") or a known surname ("Park").
  const opensNoName = (i: number) => {
    const word = tokens[i]!.text.toLowerCase();
    return /^\p{Script=Latin}/u.test(word) && common.has(word) && !givenNames.has(word) && !aliasWords.has(i);
  };
  // An English one-word place or surname right before another name word opens a name ("Aden Duale", "Johnson Sakaja").
  const beforeNameWord = (i: number) => {
    const [token, next] = [tokens[i]!, tokens[i + 1]];
    return (
      !isCyrillic(token) &&
      next !== undefined &&
      next.sentence === token.sentence &&
      !covered.has(i + 1) &&
      !nonNames.has(next.text) &&
      looksLikeNameWord(next) &&
      text.slice(token.end, next.start) === " "
    );
  };
  // A given name read as a one-word alias («Том» for Togo, «Атику» for Attica) may still start a name.
  // «генерал Валтер Брага Нетту»: a one-word alias (the city Braga) between two words of a name is the name's.
  const insideName = (i: number) =>
    [tokens[i - 1], tokens[i + 1]].every(
      (t) =>
        t !== undefined &&
        t.sentence === tokens[i]!.sentence &&
        !covered.has(t.index) &&
        looksLikeNameWord(t) &&
        text.slice(Math.min(t.end, tokens[i]!.end), Math.max(t.start, tokens[i]!.start)).trim() === "",
    );
  // «Марина Силва» is not Lula da Silva, nor «Председатель комиссии Клодетт Сингх» Manmohan Singh: a
  // known surname after a first name (one the dictionary knows, or a word it does not) that is no
  // name of the known person's, nor another spelling of one («Жуан Лоренсу»), is that name's.
  const afterGivenName = (i: number) => {
    const before = tokens[i - 1];
    return (
      before !== undefined &&
      before.sentence === tokens[i]!.sentence &&
      !covered.has(i - 1) &&
      /^\p{Lu}/u.test(before.text) &&
      (before.analysis.nameParses.some((p) => p.tag === "Name" && p.inDictionary) || unknownCyrillic(before)) &&
      text.slice(before.end, tokens[i]!.start) === " " &&
      !(aliasWords.get(i) ?? []).some((id) => isWordOfAliases(before, resources.entities.get(id)?.aliases ?? [], true))
    );
  };
  const takenBack = (i: number) =>
    aliasWords.has(i) &&
    (tokens[i]!.analysis.properTags.has("Name") || beforeNameWord(i) || insideName(i) || afterGivenName(i));
  const blocked = new Set([...covered].filter((i) => !takenBack(i)));
  const anchors = anchorsOf(text, tokens, blocked, resources, chineseSurnames);
  const forms = articleNameForms(tokens);
  const personOf = (span: { first: number; last: number }, anchor?: Anchor) =>
    personNamed(tokens.slice(span.first, span.last + 1), chineseSurnames, resources, {
      nameHomes: homesOf(anchor?.title),
      forms,
      titleCases: anchor?.titleCases,
      contextCases: anchor?.title ? anchor.titleCases : nounCases(tokens[span.first - 1]),
    });
  const people = new Map<string, NewPerson>();
  const mentions: MentionCandidate[] = [];
  for (const anchor of anchors) {
    const { at, direction, minTokens } = anchor;
    const span =
      (direction === 1 ? chineseNameSpan(text, tokens, at, covered, chineseSurnames) : null) ??
      nameSpan(text, tokens, at, direction, blocked, nonNames, resources.lexicon.names.russianNameParticles);
    while (span && span.first <= span.last && opensNoName(span.first)) span.first++;
    if (!span || span.last - span.first + 1 < minTokens || isBareFirstName(tokens, span)) continue;
    // «глава Litgrid Рокас Масюлис»: one Latin word after a Russian title is a company or a brand.
    if (
      span.first === span.last &&
      !isCyrillic(tokens[span.first]!) &&
      anchor.title &&
      isCyrillic(tokens[anchor.title.first]!)
    )
      continue;
    if (tokenIndices(span).every((i) => covered.has(i))) continue;
    if (namesInstitution(text, tokens, span)) continue;
    const person = personOf(span, anchor);
    if (!person) continue;
    people.set(person.id, person);
    if (!mentions.some((m) => m.first === span.first))
      mentions.push({ ...span, entityId: person.id, source: "person-name" });
  }
  for (const span of nerPeople) {
    const overlapping = mentions.filter((m) => m.first <= span.last && span.first <= m.last);
    // «генерал Валтер Брага Нетту»: a rule stops at a dictionary word («брага») the model reads as part of the name.
    const widens = overlapping.every(
      (m) => m.first >= span.first && m.last <= span.last && m.last - m.first < span.last - span.first,
    );
    if (overlapping.length > 0 && !widens) continue;
    // The title ahead of a span the model found, maybe past a word of the name it left out («президента Рама Чандры Пауделя»).
    const title = anchors.find((a) => a.titleCases && (a.at === span.first || a.at === span.first - 1));
    const person = personOf(span, title);
    if (!person) continue;
    for (const shorter of overlapping) mentions.splice(mentions.indexOf(shorter), 1);
    people.set(person.id, person);
    mentions.push({ first: span.first, last: span.last, entityId: person.id, source: "person-name" });
  }
  const mentioned = new Set(mentions.map((m) => m.entityId));
  return { people: [...people.values()].filter((p) => mentioned.has(p.id)), mentions };
}

/**
 * A Russian adjective in -ский standing before a common noun names an institution, not a person
 * («профессор Трибхуванского университета», «в Бирмингемском университете»).
 */
function namesInstitution(text: string, tokens: readonly Token[], span: { first: number; last: number }): boolean {
  const last = tokens[span.last]!;
  const next = tokens[span.last + 1];
  return (
    ADJECTIVE_IN_SKY.test(last.text) &&
    next !== undefined &&
    next.sentence === last.sentence &&
    /^\p{Ll}/u.test(next.text) &&
    next.analysis.pos === "NOUN" &&
    text.slice(last.end, next.start).trim() === ""
  );
}

const ADJECTIVE_IN_SKY = /(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|их|ими)$/u;

/**
 * A Russian word az knows only as a first name («Мухаммед», «Андрей») standing alone: the rest of a
 * foreign name az does not know, or a person named familiarly. Neither is a name to print.
 */
function isBareFirstName(tokens: readonly Token[], span: { first: number; last: number }): boolean {
  const token = tokens[span.first]!;
  return span.first === span.last && isCyrillic(token) && !token.analysis.properTags.has("Surn");
}

/**
 * The cases of the noun right before a name with no title, which the name agrees with
 * («политолога Марину Соколову»). Under a title the title's own cases count instead: the country
 * or body between («экс-глава МИД Индонезии Марти Наталегава») is a genitive the name does not share.
 */
function nounCases(before: Token | undefined): ReadonlySet<string> | undefined {
  return before && before.analysis.pos === "NOUN" ? before.analysis.cases : undefined;
}

interface Anchor {
  at: number;
  direction: 1 | -1;
  minTokens: number;
  /** The cases of the title the name follows, which the name agrees with («экс-премьера … Церинга Тобгая»). */
  titleCases?: ReadonlySet<string>;
  /** The words from the title to the name («министр иностранных дел Армении»), whose country is the name's home. */
  title?: { first: number; last: number };
}

function anchorsOf(
  text: string,
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
  resources: ExtractionResources,
  chineseSurnames: ReadonlySet<string>,
): Anchor[] {
  const anchors: Anchor[] = [];
  for (const title of longestMatches(matchPhrases(text, tokens, resources.titleIndex))) {
    let next = title.last + 1;
    // Skip the office's country or ministry («министр иностранных дел Армении Иван Петров», «МИД»), but
    // not a Chinese family name a known person shares («КНР Ма Чжаосюй»).
    while (
      (covered.has(next) || isAcronym(tokens[next])) &&
      tokens[next]?.sentence === tokens[title.last]!.sentence &&
      !chineseNameSpan(text, tokens, next, covered, chineseSurnames)
    )
      next++;
    if (tokens[next]?.sentence !== tokens[title.last]!.sentence) continue;
    const titleCases = titleCasesOf(tokens, title.first);
    anchors.push({ at: next, direction: 1, minTokens: 1, titleCases, title: { first: title.first, last: next - 1 } });
    const afterComplement = firstNameAfterComplement(text, tokens, next, covered);
    if (afterComplement !== null)
      anchors.push({
        at: afterComplement,
        direction: 1,
        minTokens: 2,
        titleCases: isNounPhrase(tokens, next, afterComplement) ? titleCases : undefined,
        title: { first: title.first, last: afterComplement - 1 },
      });
    // «профессор Трибхуванского университета Кешав Панде»: the name follows the institution.
    if (namesInstitution(text, tokens, { first: next, last: next }))
      anchors.push({ at: next + 2, direction: 1, minTokens: 2 });
    const apposed = apposedName(text, tokens, title.first);
    if (apposed !== null) anchors.push({ at: apposed, direction: -1, minTokens: 2 });
  }
  for (const verb of matchPhrases(text, tokens, resources.speechIndex)) {
    const english = !isCyrillic(tokens[verb.first]!);
    anchors.push({ at: verb.last + 1, direction: 1, minTokens: english ? 2 : 1 });
    anchors.push({ at: verb.first - 1, direction: -1, minTokens: english ? 2 : 1 });
  }
  return anchors;
}

/**
 * The cases of a title, which the name after it shares; none when a word in the nominative governs
 * the title («заместитель пресс-секретаря Пентагона Сабрина Сингх»: the name agrees with «заместитель»).
 */
function titleCasesOf(tokens: readonly Token[], titleFirst: number): ReadonlySet<string> | undefined {
  const head = tokens[titleFirst - 1];
  const governed =
    head !== undefined &&
    head.sentence === tokens[titleFirst]!.sentence &&
    head.analysis.pos === "NOUN" &&
    head.analysis.properTags.size === 0 &&
    head.analysis.cases.has("nomn");
  return governed ? undefined : tokens[titleFirst]!.analysis.cases;
}

const MAX_COMPLEMENT_WORDS = 4;
const APPOSITION_ARTICLES = new Set(["a", "an", "the"]);
const MAX_APPOSITION_WORDS = 4;

/**
 * A title's complement of lower-case words and named places before the name («аналитик
 * инвестиционной компании Анна Волкова», «спецпосланник по Судану Том Перриелло»): the index of the
 * capitalised word that ends it, one az knows as a first name or does not know at all, or null.
 */
function firstNameAfterComplement(
  text: string,
  tokens: readonly Token[],
  at: number,
  covered: ReadonlySet<number>,
): number | null {
  for (let i = at; i < at + MAX_COMPLEMENT_WORDS + 1; i++) {
    const token = tokens[i];
    if (
      !token ||
      token.sentence !== tokens[at]!.sentence ||
      (i > at && /[^\s]/.test(text.slice(tokens[i - 1]!.end, token.start)))
    )
      return null;
    if (covered.has(i)) continue;
    if (/^\p{Lu}/u.test(token.text))
      return i > at && (token.analysis.properTags.has("Name") || unknownCyrillic(token)) ? i : null;
  }
  return null;
}

/** Verb forms: a complement holding one («избрана представительница Алжира») is a clause, not the title's dependent. */
const VERB_FORMS = new Set(["VERB", "INFN", "PRTF", "PRTS", "GRND"]);

/** Whether the words from `first` to before `end` are a noun phrase, so a name after them shares the title's case. */
function isNounPhrase(tokens: readonly Token[], first: number, end: number): boolean {
  return tokens.slice(first, end).every((token) => !VERB_FORMS.has(token.analysis.pos ?? ""));
}

/** "Peter Lindqvist, a former Swedish diplomat": the word before the comma of an appositive title, or null. */
function apposedName(text: string, tokens: readonly Token[], titleFirst: number): number | null {
  for (let i = titleFirst - 1; i >= Math.max(0, titleFirst - MAX_APPOSITION_WORDS); i--) {
    const token = tokens[i]!;
    if (!APPOSITION_ARTICLES.has(token.text.toLowerCase())) continue;
    const before = tokens[i - 1];
    return before && before.sentence === token.sentence && /^\s*,\s*$/.test(text.slice(before.end, token.start))
      ? i - 1
      : null;
  }
  return null;
}

/** An all-capitals word of letters ("ECOWAS", «МИД»): a name of its own, never part of a person's. */
export function isAcronym(token: Token | undefined): boolean {
  return (
    token !== undefined && token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{L}/u.test(token.text)
  );
}

function nameSpan(
  text: string,
  tokens: readonly Token[],
  at: number,
  direction: 1 | -1,
  covered: ReadonlySet<number>,
  nonNames: ReadonlySet<string>,
  particles: NameParticles,
): { first: number; last: number } | null {
  const looksLikeName = (token: Token) =>
    !nonNames.has(token.text) && (looksLikeNameWord(token) || isParticleName(token.text, particles));
  const start = tokens[at];
  if (!start || covered.has(at) || !looksLikeName(start)) return null;
  let first = at;
  let last = at;
  for (let step = 1; step < MAX_NAME_TOKENS; step++) {
    const i = at + step * direction;
    const token = tokens[i];
    const neighbour = tokens[direction === 1 ? i - 1 : i + 1]!;
    if (!token || covered.has(i) || token.sentence !== start.sentence || !looksLikeName(token)) break;
    // A name is written in one script: «глава Litgrid Рокас Масюлис» is a company and a person.
    if (isCyrillic(token) !== isCyrillic(start)) break;
    const gap = direction === 1 ? text.slice(neighbour.end, token.start) : text.slice(token.end, neighbour.start);
    if (gap.trim() !== "") break;
    if (direction === 1) last = i;
    else first = i;
  }
  return { first, last };
}

function looksLikeNameWord(token: Token): boolean {
  const first = token.text[0] ?? "";
  if (token.text.length < 2 || first === first.toLowerCase() || isAcronym(token) || /\d/.test(token.text)) return false;
  if (!isCyrillic(token)) return true;
  return (
    token.analysis.properTags.has("Name") ||
    token.analysis.properTags.has("Surn") ||
    token.analysis.properTags.has("Patr") ||
    // «Атику Абубакар», «Кхама»: a word no Russian dictionary holds, next to a title or a speech verb.
    unknownCyrillic(token)
  );
}

function unknownCyrillic(token: Token): boolean {
  return isCyrillic(token) && !token.analysis.inDictionary;
}

/**
 * Surname endings of names English news spells from Russian with kh: Slavic and Central Asian
 * (-ов, -ева, -ский, -енко, -ец…) and patronymics read as one (-овна), Georgian (-дзе, -швили, -ия) and Armenian (-ян, -янц).
 */
const KH_SURNAME =
  /(ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|ой|ых|их|енко|ко|ук|юк|ец|ич|вич|вна|ична|дзе|швили|ия|ани|ян|янц)$/u;

/** The `nameHomesOf` entry of an article naming Japan. */
const JAPAN = countryHome("JP");

function isForeignSurname(nativeName: string): boolean {
  return !KH_SURNAME.test(nativeName.split(" ").at(-1)!.toLowerCase());
}

/** «-младший» after a surname (capitalised with it by `capitalise`). */
const JUNIOR = /-младш\p{L}+$/iu;

/**
 * A Russian or Central Asian name transliterated; another foreign name spelt as its own language
 * does, and so is one with a Slavic surname when the article's countries write that surname
 * their own way (`respellAtHome`). In an article naming Japan, a name that reads as Japanese
 * morae is spelt in Hepburn («Санаэ Такаити» Sanae Takaichi).
 */
function latinSpelling(nativeName: string, resources: ExtractionResources, nameHomes: ReadonlySet<string>): string {
  // «Кеннеди-младший»: English writes the generation after the name, as "Jr.".
  const junior = nativeName.match(JUNIOR);
  if (junior) return `${latinSpelling(nativeName.slice(0, junior.index), resources, nameHomes)} Jr.`;
  const japanese = nameHomes.has(JAPAN) ? hepburnName(nativeName) : null;
  if (japanese) return japanese;
  const particles = resources.lexicon.names.russianNameParticles;
  if (isForeignSurname(nativeName))
    return respellForeignName(nativeName, resources.latinNames, particles, nameHomes, resources.englishNames);
  return respellAtHome(nativeName, resources.latinNames, particles, nameHomes) ?? transliterateRussianName(nativeName);
}

/**
 * The person a name span names; `contextCases` are the cases a Russian name agrees with (its
 * title's, else the noun's right before it); `nameHomes` are where the article's foreign names are likely at home (`nameHomesOf`). A Chinese name in Russian is spelt back in pinyin («Ма Чжаосюй» → Ma Zhaoxu), as English news
 * writes it.
 */
function personNamed(
  nameTokens: readonly Token[],
  chineseSurnames: ReadonlySet<string>,
  resources: ExtractionResources,
  {
    nameHomes,
    forms,
    titleCases,
    contextCases,
  }: {
    nameHomes: ReadonlySet<string>;
    forms: ArticleNameForms;
    titleCases?: ReadonlySet<string>;
    contextCases?: ReadonlySet<string>;
  },
): NewPerson | null {
  const cyrillic = nameTokens.some(isCyrillic);
  const foreignGenitive = cyrillic && isForeignGenitive(nameTokens, titleCases);
  const written = nameTokens.map((t) =>
    foreignGenitive ? foreignNominativeIn(t.text, forms) : withoutPossessive(t.text),
  );
  const chinese = cyrillic ? chineseName(written, chineseSurnames) : null;
  const russian = cyrillic && !chinese && !foreignGenitive ? russianName(nameTokens, forms, contextCases) : null;
  const nativeName = russian ? russian.words.join(" ") : written.join(" ");
  const name = chinese ?? (cyrillic ? latinSpelling(nativeName, resources, nameHomes) : nativeName);
  const slug = slugOf(name);
  if (!slug) return null;
  const last = nameTokens[nameTokens.length - 1]!.analysis;
  return {
    id: `kg:person:${slug}`,
    type: "PERSON",
    name,
    aliases: [...new Set([nativeName, name])],
    nativeName,
    surname: russian?.surnameLemma ?? last.nameLemma ?? last.lemmas[0]!,
  };
}

/** A genitive foreign name word's nominative: the form the article also writes, else by its ending (`foreignNominative`). */
function foreignNominativeIn(word: string, forms: ArticleNameForms): string {
  const attested = attestedNominative(word, forms);
  return attested ? capitalise(attested) : foreignNominative(word);
}

/**
 * A foreign name after a title in the genitive with no nominative reading («экс-премьера Бутана
 * Церинга Тобгая», «президента Рама Чандры Пауделя»): its words are in the genitive too, which az,
 * not knowing them as a first name and a surname, cannot undo.
 */
function isForeignGenitive(nameTokens: readonly Token[], titleCases: ReadonlySet<string> | undefined): boolean {
  const surname = nameTokens[nameTokens.length - 1]!;
  return (
    titleCases !== undefined &&
    titleCases.has("gent") &&
    !titleCases.has("nomn") &&
    isForeignSurname(surname.text) &&
    // az reads «Марину Соколову» as a first name and a surname: a Russian name it can put in the nominative.
    !(nameTokens[0]!.analysis.properTags.has("Name") && surname.analysis.properTags.has("Surn"))
  );
}

/**
 * A Chinese name after a title: a family name and a given name of Palladius syllables («Ма
 * Чжаосюй», «Линь Цзянь»), which az knows as no name. The family name may be covered as the
 * surname of a known person (Ma); the given name must not be (then it is that person, «Си Цзиньпин»).
 */
function chineseNameSpan(
  text: string,
  tokens: readonly Token[],
  at: number,
  covered: ReadonlySet<number>,
  chineseSurnames: ReadonlySet<string>,
): { first: number; last: number } | null {
  const [family, given] = [tokens[at], tokens[at + 1]];
  if (!family || !given || covered.has(at + 1) || family.sentence !== given.sentence) return null;
  if (text.slice(family.end, given.start) !== " " || !chineseSurnames.has(family.text)) return null;
  return /^\p{Lu}/u.test(given.text) && wordToPinyin(given.text) !== null ? { first: at, last: at + 1 } : null;
}

/** The pinyin of a name whose first word is a Chinese family name and every word Palladius syllables, else null. */
function chineseName(written: readonly string[], chineseSurnames: ReadonlySet<string>): string | null {
  if (written.length < 2 || !chineseSurnames.has(written[0]!)) return null;
  const words = written.map((word) => wordToPinyin(word));
  return words.every((w) => w !== null) ? words.join(" ") : null;
}
