import type { MentionCandidate } from "./mention-candidate.js";
import { closestLatinName } from "./respell-foreign-name.js";
import type { Token } from "./segment-text.js";
import type { ExtractionResources } from "./types.js";

/** Prepositions after which Russian puts a city in the prepositional or genitive case. */
const PLACE_PREPOSITIONS = new Set(["в", "во", "из", "под"]);

/**
 * Cities the gazetteer knows only by their English name, found by sound where a Russian text puts a
 * place: a capitalised word after «в», «из» or «под» (maybe after «городе»), and the words
 * coordinated with it («в Сиднее», «в Блантайре», «в Дуале, Гаруа», «в Сан-Диего и Хьюстоне»).
 * The word, its case ending cut, must sound like the city's name (`closestLatinName`); cities of
 * the article's countries (`homes`) come first.
 */
export function findSoundedPlaces(
  text: string,
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
  homes: ReadonlySet<string>,
  resources: ExtractionResources,
): MentionCandidate[] {
  const found: MentionCandidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!afterPlacePreposition(tokens, i) && !coordinatedWith(text, tokens, found, i)) continue;
    const token = tokens[i]!;
    if (covered.has(i) || !isPlaceWord(token)) continue;
    const spelling = closestLatinName(token.text, resources.soundedCities.names, homes);
    const id = spelling && resources.soundedCities.idBySpelling.get(spelling);
    if (id) found.push({ first: i, last: i, entityId: id, source: "alias" });
  }
  return found;
}

function afterPlacePreposition(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]!;
  const placeNoun = before.analysis.lemmas.includes("город") ? tokens[at - 2] : before;
  return placeNoun !== undefined && PLACE_PREPOSITIONS.has(placeNoun.text.toLowerCase());
}

function coordinatedWith(
  text: string,
  tokens: readonly Token[],
  found: readonly MentionCandidate[],
  at: number,
): boolean {
  const last = found.at(-1);
  if (!last) return false;
  const between = text.slice(tokens[last.last]!.end, tokens[at]!.start);
  return last.last + (between.trim() === "," ? 1 : 2) === at && /^(?:\s*,\s*|\s+и\s+)$/u.test(between);
}

/**
 * A capitalised Cyrillic word az does not read as an organisation's name. Its guesses of a person's
 * name are ignored: it guesses them for unknown words («Брисбене», «Сан-Диего»), and no person
 * stands after «в» or «из».
 */
function isPlaceWord(token: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}/u.test(token.text) &&
    /^[\p{Script=Cyrillic}-]+$/u.test(token.text) &&
    !token.analysis.properTags.has("Orgn")
  );
}
