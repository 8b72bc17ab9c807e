/** A token of the NER's input: offsets into the text it was cut from. */
export interface NerToken {
  start: number;
  end: number;
  text: string;
}

type AtomType = "RU" | "LAT" | "INT" | "PUNCT" | "OTHER";

interface Atom extends NerToken {
  type: AtomType;
}

const DASHES = "‑–—−-";
const ENDINGS = ".?!…";
const PUNCTS = "\\/!#$%&*+,.:;<=>?@^_`|~№…" + DASHES + "«“‘»”’\"„'" + "([}" + ")]}";
const ATOM = new RegExp(
  `(?<RU>[а-яё]+)|(?<LAT>[a-z]+)|(?<INT>\\p{Nd}+)|(?<PUNCT>[${PUNCTS.replace(/[\\\]^-]/g, "\\$&")}])|(?<OTHER>\\S)`,
  "giu",
);
const SMILE = /^[=:;]-?[)(]{1,3}$/u;

/**
 * Tokens as razdel (the tokenizer Slovnet's NER was trained on) cuts them: letters of one script,
 * digit runs, single punctuation marks and other characters are atoms; atoms with no space between
 * them join across a dash or underscore between words («Санкт-Петербург», «СИЗО-6»), a point or
 * comma between digits (1,5), a slash between digits, runs of sentence-ending marks ("...", "?!"),
 * "--", "**", smileys, and letters next to other symbols (Touré).
 */
export function razdelTokens(text: string): NerToken[] {
  const atoms: Atom[] = [...text.matchAll(ATOM)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    type: Object.entries(match.groups!).find(([, value]) => value !== undefined)![0] as AtomType,
  }));
  const tokens: NerToken[] = [];
  let buffer: NerToken | null = null;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    if (buffer && atoms[i - 1]!.end === atom.start && joins(atoms, i, buffer.text)) {
      buffer = { start: buffer.start, end: atom.end, text: buffer.text + atom.text };
      continue;
    }
    if (buffer) tokens.push(buffer);
    buffer = { start: atom.start, end: atom.end, text: atom.text };
  }
  if (buffer) tokens.push(buffer);
  return tokens;
}

/** Whether atom `i` joins the token before it (`buffer`), razdel's rules in its order. */
function joins(atoms: readonly Atom[], i: number, buffer: string): boolean {
  const left = atoms[i - 1]!;
  const right = atoms[i]!;
  for (const [delimiters, words] of [
    [DASHES, true],
    ["_", true],
    [".,", false],
    ["/\\", false],
  ] as const) {
    const decision = aroundDelimiter(atoms, i, delimiters, words);
    if (decision !== undefined) return decision;
  }
  if (left.type === "PUNCT" && right.type === "PUNCT") {
    if (SMILE.test(buffer + right.text)) return true;
    if (ENDINGS.includes(left.text) && ENDINGS.includes(right.text)) return true;
    if (left.text + right.text === "--" || left.text + right.text === "**") return true;
  }
  if (left.type === "OTHER" && ["OTHER", "RU", "LAT"].includes(right.type)) return true;
  if (["OTHER", "RU", "LAT"].includes(left.type) && right.type === "OTHER") return true;
  return left.text.toLowerCase() === "yahoo" && right.text === "!";
}

/**
 * razdel's rules around a delimiter atom (a dash, "_", "." or ",", "/"): when the split is right
 * after or right before one, the atoms on its two sides decide. `words`: any non-punctuation joins
 * (dash, underscore); otherwise both must be digits (decimals, fractions). Undefined: no decision.
 */
function aroundDelimiter(atoms: readonly Atom[], i: number, delimiters: string, words: boolean): boolean | undefined {
  const isDelimiter = (atom: Atom) => delimiters.includes(atom.text);
  let left: Atom | undefined;
  let right: Atom | undefined;
  if (isDelimiter(atoms[i - 1]!)) [left, right] = [atoms[i - 2], atoms[i]];
  else if (isDelimiter(atoms[i]!)) [left, right] = [atoms[i - 1], atoms[i + 1]];
  else return undefined;
  if (!left || !right) return undefined;
  if (words) return left.type === "PUNCT" || right.type === "PUNCT" ? undefined : true;
  return left.type === "INT" && right.type === "INT" ? true : undefined;
}
