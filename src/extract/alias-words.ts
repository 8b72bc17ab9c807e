import { distance } from "fastest-levenshtein";
import { foldCase } from "./fold-case.js";
import type { Token } from "./segment-text.js";

/**
 * Whether a word is one of the words of a person's aliases («Уго» of «Уго Чавес», "Olena" of "Olena
 * Zelenska"), or, `orSpelling`, that word spelt or declined otherwise (half of its letters, two at
 * least: «Жуан» of «Жоау Лоренсу», «Церинга» of «Церинг Тобгай»).
 */
export function isWordOfAliases(token: Token, aliases: readonly string[], orSpelling = false): boolean {
  const written = foldCase(token.text);
  const near = (word: string) =>
    word === written || (orSpelling && distance(word, written) <= Math.max(2, Math.floor(word.length / 2)));
  return aliases.some((alias) =>
    foldCase(alias)
      .split(/[\s-]+/u)
      .some(near),
  );
}
