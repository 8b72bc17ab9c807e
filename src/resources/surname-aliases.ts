import { surnameWithoutArticle } from "../extract/name-particles.js";

/**
 * The surnames of a person's multi-word aliases («Касым-Жомарт Токаев» → «Токаев», "Ilham Aliyev" →
 * "Aliyev"): the last word of every alias of two or more words — or the first word when the person's
 * names put the family name first (Chinese, Korean and Vietnamese names: "Xi Jinping" → "Xi", «Си
 * Цзиньпин» → «Си»). Used so that a surname on its own can be linked to the person (see
 * src/extract/link-entities.ts for when that is allowed). A surname behind an article ("al-Ansari",
 * «аль-Ансари») also gives the surname without it.
 */
export function surnameAliases(aliases: readonly string[], familyNameFirst = false): string[] {
  const surnames = new Set<string>();
  for (const alias of aliases) {
    const words = alias.trim().split(/\s+/);
    if (words.length < 2) continue;
    // "Leo XIV", «Лев XIV»: a regnal number follows the name a pope or monarch goes by.
    const regnal = REGNAL_NUMBER.test(words[words.length - 1]!);
    const surname = familyNameFirst ? words[0]! : words[words.length - (regnal ? 2 : 1)]!;
    surnames.add(surname);
    // News drops the article of an Arabic surname when it stands alone: "Ansari said", «Ансари».
    const bare = surnameWithoutArticle(surname);
    if (bare) surnames.add(bare);
  }
  return [...surnames];
}

/** A Roman regnal number ("XIV", "III"). */
const REGNAL_NUMBER = /^[IVXLC]+$/u;
