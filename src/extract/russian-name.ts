import { hasObliqueOnlyEnding, nameNominative, type ArticleNameForms } from "./name-nominative.js";
import type { NameParse, WordAnalysis } from "./types.js";

/** A Russian personal name in dictionary form: the words to print and the surname's lemma for matching. */
export interface RussianName {
  /** Capitalised dictionary forms, patronymic left out («Марину Соколову» → ["Марина", "Соколова"]). */
  words: string[];
  /** The surname's dictionary lemma as az gives it (masculine: «соколов»), so surname-only mentions link back. */
  surnameLemma: string;
}

/**
 * The nominative of a Russian name written in any case. The words of a name agree in gender and
 * case, so the reading is the gender and case that both the first name and the surname allow
 * — preferring a case the title before the name allows («представителя Нурлана Бекметова» is genitive,
 * «политолога Марину Соколову» accusative), then the nominative («политолог Дина Мусина» is Dina
 * Musina, not the genitive of «Дин Мусин»). az gives a
 * surname's lemma in the masculine, so a feminine surname takes back its ending (-ов/-ев/-ин/-ын →
 * +а, -ский/-цкий → -ская/-цкая). A patronymic is dropped; other middle names stay («Мария Корина
 * Мачадо»). A word az does not know as a name of the reading takes the form the article writes it in
 * (`nameNominative`, with `forms` of `articleNameForms`).
 */
export function russianName(
  words: readonly { text: string; analysis: WordAnalysis }[],
  forms: ArticleNameForms,
  contextCases: ReadonlySet<string> = new Set(),
): RussianName {
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !hasTag(w.analysis, "Patr"));
  const surname = kept[kept.length - 1]!;
  if (kept.length < 2) {
    const lemma = surname.analysis.nameLemma ?? surname.analysis.lemmas[0]!;
    // «говорит Гасанова»: a surname alone in the nominative may be a woman's, not the genitive of «Гасанов».
    const nominative = isNominativeContext(contextCases);
    const woman = surname.analysis.nameParses.some((p) => p.tag === "Surn" && p.gender === "femn" && inCase(p, "nomn"));
    const printed = nominative && woman ? (feminine(lemma) ?? lemma) : lemma;
    return { words: [capitalise(printed)], surnameLemma: lemma };
  }
  const reading =
    unknownToDictionary(kept) && !hasObliqueOnlyEnding(surname.text) && isNominativeContext(contextCases)
      ? NOMINATIVE
      : agreeingReading(kept[0]!.analysis, surname.analysis, contextCases);
  const nominative = reading?.grammaticalCase === "nomn";
  const oblique = reading?.grammaticalCase ? !nominative : contextCases.size > 0 && !contextCases.has("nomn");
  // A word az's dictionary does not know as a name of this reading takes the form the article writes it in.
  const givenParses = kept
    .slice(0, -1)
    .map((word) => word.analysis.nameParses.find((p) => p.tag === "Name" && matches(p, reading)));
  const fromArticle = (word: { text: string; analysis: WordAnalysis }, guess: NameParse | undefined) =>
    nameNominative(word.text, nominative ? null : (guess?.lemma ?? word.analysis.nameLemma), forms, {
      oblique,
      guessAgrees: guess !== undefined && givenParses[0]?.inDictionary === true,
    });
  const given = kept.slice(0, -1).map((word, i) => {
    const parse = givenParses[i];
    return parse?.inDictionary ? parse.lemma : fromArticle(word, parse);
  });
  const surnameParse = surname.analysis.nameParses.find((p) => p.tag === "Surn" && matches(p, reading));
  // «Джону Говарду»: a surname az's dictionary knows only as a first name is declined like one.
  const asFirstName = surname.analysis.nameParses.find(
    (p) => p.tag === "Name" && p.inDictionary && matches(p, reading),
  );
  // az guesses the surnames of Russian patterns well («Бозумбаевым»), and foreign ones badly.
  const surnameLemma =
    surnameParse && (surnameParse.inDictionary || RUSSIAN_SURNAME.test(surnameParse.lemma))
      ? surnameParse.lemma
      : ((givenParses[0]?.inDictionary ? asFirstName?.lemma : undefined) ?? fromArticle(surname, surnameParse));
  // A feminine surname of no Russian pattern («Бокучава») keeps its written form.
  const printed =
    reading?.gender === "femn" && surnameParse
      ? (feminine(surnameLemma) ?? (nominative ? surname.text.toLowerCase() : surnameLemma))
      : surnameLemma;
  return { words: [...given, printed].map(capitalise), surnameLemma };
}

/** Surname lemmas of Russian patterns, which az declines right even when its dictionary lacks them. */
const RUSSIAN_SURNAME = /(?:ов|ев|ёв|ин|ын|ский|цкий|ой|ых|их)$/u;

/** A word ending so has no case ending: a masculine nominative (-ом and -ем are the instrumental's). */
const NO_CASE_ENDING = /(?<!(?:о|е|ё)м)(?<=[бвгджзклмнпрстфхцчшщй])$/u;

type Reading = Pick<NameParse, "gender" | "grammaticalCase"> | null;

const NOMINATIVE: Reading = { gender: null, grammaticalCase: "nomn" };

/**
 * Whether no word of a name is one az's dictionary knows («Фелизберту Машава», «Бадра Гунба»): its
 * case readings are guesses from Russian endings, which foreign names merely happen to have.
 */
function unknownToDictionary(words: readonly { analysis: WordAnalysis }[]): boolean {
  return words.every((word) => !word.analysis.nameParses.some((p) => p.inDictionary));
}

/** A context that allows the nominative: none, or a title or noun that may be nominative. */
function isNominativeContext(contextCases: ReadonlySet<string>): boolean {
  return contextCases.size === 0 || contextCases.has("nomn");
}

/** The gender and case the first name and the surname share (a context case, then nominative, preferred); else the first name's. */
function agreeingReading(first: WordAnalysis, surname: WordAnalysis, contextCases: ReadonlySet<string>): Reading {
  const names = first.nameParses.filter((p) => p.tag === "Name");
  const surnameParses = surname.nameParses.filter((p) => p.tag === "Surn");
  // «Нитиша Кумара»: a surname az knows only as a first name declines like one.
  const surnames = surnameParses.length > 0 ? surnameParses : surname.nameParses.filter((p) => p.inDictionary);
  const shared = names.filter((n) =>
    surnames.some((s) => s.gender === n.gender && s.grammaticalCase === n.grammaticalCase),
  );
  const nominativeContext = isNominativeContext(contextCases);
  // «Нитин Гадкари», «Хишам Абдель Максуд»: beside a surname that is no name or a nominative one,
  // a first name az only guesses and with no case ending is a nominative.
  const surnameMayBeNominative = surnames.length === 0 || surnames.some((p) => inCase(p, "nomn"));
  if (
    nominativeContext &&
    surnameMayBeNominative &&
    NO_CASE_ENDING.test(first.lemmas[0]!) &&
    !names.some((p) => p.inDictionary)
  )
    return { gender: null, grammaticalCase: "nomn" };
  const pick =
    shared.find((p) => p.grammaticalCase !== null && contextCases.has(p.grammaticalCase)) ??
    shared.find((p) => inCase(p, "nomn")) ??
    // A surname az's dictionary declines («Кумара», genitive only) sets the case of a first name it guesses.
    (surnames.some((p) => p.inDictionary) ? shared[0] : undefined) ??
    // «Марти Наталегава»: a nominative first name beside a surname az cannot decline alike is indeclinable.
    (nominativeContext ? names.find((p) => inCase(p, "nomn")) : undefined) ??
    shared[0] ??
    names.find((p) => inCase(p, "nomn")) ??
    names[0] ??
    // A first name az does not know («Канатом Бозумбаевым») agrees with the surname.
    surnames.find((p) => p.grammaticalCase !== null && contextCases.has(p.grammaticalCase)) ??
    surnames.find((p) => inCase(p, "nomn")) ??
    surnames[0];
  return pick ? { gender: pick.gender, grammaticalCase: pick.grammaticalCase } : null;
}

function inCase(parse: NameParse, grammaticalCase: string): boolean {
  return parse.grammaticalCase === grammaticalCase;
}

function matches(parse: NameParse, reading: Reading): boolean {
  return reading === null || (parse.gender === reading.gender && parse.grammaticalCase === reading.grammaticalCase);
}

function hasTag(analysis: WordAnalysis, tag: NameParse["tag"]): boolean {
  return analysis.nameParses.some((p) => p.tag === tag) && !analysis.nameParses.some((p) => p.tag !== tag);
}

/** A surname of a Russian pattern in its feminine form («Мусина», «Гасанова», «Качиньская»): `feminine` of a masculine one. */
export function isFeminineSurname(word: string): boolean {
  const lower = word.toLowerCase();
  const masculine = lower.replace(/([сц])кая$/u, "$1кий").replace(/а$/u, "");
  return masculine !== lower && feminine(masculine) === lower;
}

/** The feminine of a masculine surname lemma of a Russian pattern, or null («бокучав» has none). */
function feminine(lemma: string): string | null {
  if (/(ов|ев|ёв|ин|ын)$/.test(lemma)) return `${lemma}а`;
  return /[сц]кий$/.test(lemma) ? lemma.replace(/([сц])кий$/, "$1кая") : null;
}

export function capitalise(word: string): string {
  return word.replace(/(^|-)(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
