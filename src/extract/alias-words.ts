import { foldCase } from "./fold-case.js";
import type { Token } from "./segment-text.js";

/** Whether a word is one of the words of a person's aliases («Уго» of «Уго Чавес», "Olena" of "Olena Zelenska"). */
export function isWordOfAliases(token: Token, aliases: readonly string[]): boolean {
  const written = foldCase(token.text);
  return aliases.some((alias) =>
    foldCase(alias)
      .split(/[\s-]+/u)
      .includes(written),
  );
}
