/** Punctuation marks with a shape of their own; any other punctuation is "PUNCT_OTHER". */
const PUNCTS = "!#$%&()[]\\/*+,.:;<=>?@^_{|}~" + "-‐−‒⁃–—―" + "`\"'«»„“ʼʻ”" + "№…";
const TYPE = new RegExp(
  `^(?:(?<RU>[а-яё]+)|(?<EN>[a-z]+)|(?<NUM>[+-]?\\p{Nd}+)|(?<PUNCT>[${PUNCTS.replace(/[\\\]^-]/g, "\\$&")}]+))`,
  "iu",
);

/**
 * Slovnet's shape of a word, the second half of its embedding: the script of its first letters and
 * their case outline ("RU_Xx" «Москва», "EN_XX" "NATO", "RU_Xx-Xx" «Санкт-Петербург»), the mark
 * itself for punctuation ("PUNCT_,"), or "NUM" / "OTHER". Case follows Python's str.isupper/islower.
 */
export function wordShape(word: string): string {
  const groups = TYPE.exec(word)?.groups;
  const type = groups ? Object.entries(groups).find(([, value]) => value !== undefined)![0] : "OTHER";
  if (type === "RU" || type === "EN") return `${type}_${outline(word)}`;
  if (type === "PUNCT") return `PUNCT_${word.length > 1 || !PUNCTS.includes(word) ? "OTHER" : word}`;
  return type;
}

function outline(word: string): string {
  const chars = [...word];
  if (chars.length === 1) return isUpper(word) ? "X" : "x";
  if (isUpper(word)) return "XX";
  if (isLower(word)) return "xx";
  if (isTitle(word)) return "Xx";
  const dash = word.indexOf("-");
  if (dash >= 0 && isTitle(word.slice(0, dash)) && isTitle(word.slice(dash + 1))) return "Xx-Xx";
  return "OTHER";
}

const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;

function isUpper(text: string): boolean {
  return CASED.test(text) && !/[\p{Ll}\p{Lt}]/u.test(text);
}

function isLower(text: string): boolean {
  return CASED.test(text) && !/[\p{Lu}\p{Lt}]/u.test(text);
}

function isTitle(word: string): boolean {
  const [first, ...rest] = [...word];
  return rest.length > 0 && isUpper(first!) && isLower(rest.join(""));
}
