import Az from "az";
import { foldCase } from "../extract/fold-case.js";
import type { Morphology, NameParse, WordAnalysis } from "../extract/types.js";

const PROPER_TAGS = ["Surn", "Name", "Patr", "Geox", "Orgn"] as const;
const NAME_TAGS = ["Name", "Surn", "Patr"] as const;
const CASES = ["nomn", "gent", "datv", "accs", "ablt", "loct", "voct"] as const;
const EMPTY: ReadonlySet<string> = new Set();

/**
 * Initialises the `az` dictionaries (read from the package, offline) once and returns a memoised
 * `Morphology`: Cyrillic words go through az (every parse's dictionary form is kept, because the
 * best parse of a surname is often wrong: «Токаев» → токай); Latin words get a light English
 * normalisation (lower case, possessive and plural "s" dropped as extra candidates).
 */
export async function createMorphology(): Promise<Morphology> {
  await new Promise<void>((resolve, reject) => Az.Morph.init((error) => (error ? reject(error) : resolve())));
  const cache = new Map<string, WordAnalysis>();
  return (word) => {
    let analysis = cache.get(word);
    if (!analysis) {
      analysis = /\p{Script=Cyrillic}/u.test(word) ? analyzeRussian(word) : analyzeLatin(word);
      cache.set(word, analysis);
    }
    return analysis;
  };
}

function analyzeRussian(word: string): WordAnalysis {
  const parses = Az.Morph(word);
  const lemmas = new Set([foldCase(word)]);
  const properTags = new Set<string>();
  const nameLemmas: Partial<Record<string, string>> = {};
  const nameParses: NameParse[] = [];
  const cases = new Set<string>();
  const capitalised = /^\p{Lu}/u.test(word);
  for (const parse of parses) {
    // az occasionally has no dictionary form for a predicted parse; such a parse adds nothing.
    const normal = parse.normalize()?.word;
    if (!normal) continue;
    // A capitalised word is a name before it is a pronoun: «Того» (Togo) and «Том» are not both «тот».
    if (capitalised && (parse.tag.Apro || parse.tag.NPRO)) continue;
    const lemma = foldCase(normal);
    lemmas.add(lemma);
    for (const tag of PROPER_TAGS) {
      if (!parse.tag[tag]) continue;
      properTags.add(tag);
      nameLemmas[tag] ??= lemma;
    }
    for (const grammaticalCase of CASES) if (parse.tag[grammaticalCase]) cases.add(grammaticalCase);
    const nameTag = NAME_TAGS.find((tag) => parse.tag[tag]);
    if (nameTag)
      nameParses.push({
        tag: nameTag,
        lemma,
        gender: genderOf(parse.tag),
        grammaticalCase: CASES.find((c) => parse.tag[c]) ?? null,
        inDictionary: parse.parser === "Dictionary",
      });
  }
  // A surname reading beats a first-name one: «Байрамов» is the surname, not plural «Байрам».
  const nameLemma = nameLemmas.Surn ?? nameLemmas.Name ?? nameLemmas.Patr ?? null;
  const best = parses[0];
  return {
    lemmas: [...lemmas],
    pos: best?.tag.POS ?? null,
    grammemes: best ? new Set(best.tag.toString().split(/[ ,]/)) : EMPTY,
    properTags,
    nameLemma,
    cases,
    nameParses,
    inDictionary: parses.some((parse) => parse.parser === "Dictionary"),
  };
}

function genderOf(tag: Record<string, unknown>): NameParse["gender"] {
  if (tag.femn) return "femn";
  return tag.masc ? "masc" : null;
}

function analyzeLatin(word: string): WordAnalysis {
  const lower = word.toLowerCase().replace(/[’']s$/, "");
  const lemmas = new Set([word.toLowerCase(), lower]);
  if (lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss")) lemmas.add(lower.slice(0, -1));
  return {
    lemmas: [...lemmas],
    pos: null,
    grammemes: EMPTY,
    properTags: EMPTY,
    nameLemma: null,
    cases: EMPTY,
    nameParses: [],
    inDictionary: false,
  };
}
