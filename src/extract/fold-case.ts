/** Lower case with ё folded to е, the form every comparison of Russian words uses. */
export function foldCase(word: string): string {
  return word.toLowerCase().replace(/ё/gu, "е");
}
