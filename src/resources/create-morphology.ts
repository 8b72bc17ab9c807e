import Az from "az";
import type { Morphology, WordAnalysis } from "../extract/types.js";

const PROPER_TAGS = ["Surn", "Name", "Patr", "Geox", "Orgn"] as const;
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

/** Lower case with ё folded to е, the form every lemma comparison uses. */
export function foldCase(word: string): string {
  return word.toLowerCase().replace(/ё/g, "е");
}

function analyzeRussian(word: string): WordAnalysis {
  const parses = Az.Morph(word);
  const lemmas = new Set([foldCase(word)]);
  const properTags = new Set<string>();
  let nameLemma: string | null = null;
  for (const parse of parses) {
    const lemma = foldCase(parse.normalize().word);
    lemmas.add(lemma);
    for (const tag of PROPER_TAGS) if (parse.tag[tag]) properTags.add(tag);
    if (nameLemma === null && (parse.tag.Name || parse.tag.Surn || parse.tag.Patr)) nameLemma = lemma;
  }
  const best = parses[0];
  return {
    lemmas: [...lemmas],
    pos: best?.tag.POS ?? null,
    grammemes: best ? new Set(best.tag.toString().split(/[ ,]/)) : EMPTY,
    properTags,
    nameLemma,
  };
}

function analyzeLatin(word: string): WordAnalysis {
  const lower = word.toLowerCase().replace(/[’']s$/, "");
  const lemmas = new Set([word.toLowerCase(), lower]);
  if (lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss")) lemmas.add(lower.slice(0, -1));
  return { lemmas: [...lemmas], pos: null, grammemes: EMPTY, properTags: EMPTY, nameLemma: null };
}
