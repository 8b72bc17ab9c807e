/**
 * The form in which two English names are compared: Unicode-decomposed with accents dropped,
 * lowercased, letters with a built-in stroke unmarked ("Rafał" = "Rafal"), and with everything but
 * letters, digits and "+" removed (OPEC+ is not OPEC) — so "Erdoğan" = "Erdogan",
 * "Nagorno-Karabakh" = "Nagorno Karabakh", "Washington, D.C." = "Washington DC". Spelling
 * variants beyond that (Zelensky / Zelenskyy) do not match: the canonical name is the English
 * Wikipedia title, and extractor and gold are both expected to use it.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[łđøħıæœß]/gu, (letter) => UNMARKED[letter]!)
    .replace(/[^\p{L}\p{N}+]/gu, "");
}

/** Letters whose mark is part of the letter, so decomposition leaves them ("Rafał" = "Rafal"). */
const UNMARKED: Readonly<Record<string, string>> = {
  ł: "l",
  đ: "d",
  ø: "o",
  ħ: "h",
  ı: "i",
  æ: "ae",
  œ: "oe",
  ß: "ss",
};
