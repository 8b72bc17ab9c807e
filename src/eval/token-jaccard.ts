/**
 * Jaccard similarity of the word sets of two quotes: |A ∩ B| / |A ∪ B| over lowercased letter/digit
 * runs (ё folded to е), so punctuation, quote marks and dashes do not count and a quote cut a few
 * words short still matches. Two empty quotes are identical (1).
 */
export function tokenJaccard(a: string, b: string): number {
  const left = wordSet(a);
  const right = wordSet(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

function wordSet(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words);
}
