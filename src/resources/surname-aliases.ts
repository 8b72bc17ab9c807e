/**
 * The surnames of a person's multi-word aliases («Касым-Жомарт Токаев» → «Токаев», "Ilham Aliyev" →
 * "Aliyev"): the last word of every alias of two or more words. Used so that a surname on its own
 * can be linked to the person (see src/extract/link-entities.ts for when that is allowed).
 */
export function surnameAliases(aliases: readonly string[]): string[] {
  const surnames = new Set<string>();
  for (const alias of aliases) {
    const words = alias.trim().split(/\s+/);
    if (words.length >= 2) surnames.add(words[words.length - 1]!);
  }
  return [...surnames];
}
