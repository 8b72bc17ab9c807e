/**
 * The alternatives one word of a search may match: the word itself, its dictionary forms
 * (lemmas), and whether to accept near spellings and longer words it starts.
 */
export interface SearchWord {
  word: string;
  lemmas: readonly string[];
  /** Accept words within a small edit distance ("Tokaev" ~ "Tokayev"). */
  fuzzy: boolean;
  /** Accept words this one starts ("переговор" → "переговоров"). */
  prefix: boolean;
}

// Lucene query syntax characters; a user's "C++" must be searched for, not parsed. Operator words
// (AND, OR, NOT) are operators only in upper case, and every term here is lower-cased.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Builds a Lucene query (the syntax of Neo4j full-text indexes) in which every word must match
 * in one of its forms. Exact forms weigh most, then lemmas, then prefixes and near spellings, so
 * "Azerbaijan" ranks the country above "Azerbaijani". Returns null when no word is left to search.
 */
export function buildFullTextQuery(words: readonly SearchWord[]): string | null {
  const clauses = words.map(wordClause).filter((clause): clause is string => clause !== null);
  return clauses.length === 0 ? null : clauses.map((clause) => `+(${clause})`).join(" ");
}

/**
 * A Lucene phrase query for exactly these words in this order ("касым жомарт токаев"), without
 * the folding and forms of a search: what finds the candidates for an exact name or alias. Null
 * when the text has no letters or digits.
 */
export function buildPhraseQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words ? `"${words.join(" ")}"` : null;
}

/** The words of a search string: letters and digits, lower-cased, ё folded to е. */
export function splitSearchWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((word) => word.length > 0);
}

function wordClause(word: SearchWord): string | null {
  const exact = term(word.word);
  if (exact === null) return null;
  const parts = [`${exact}^4`];
  for (const lemma of word.lemmas) {
    const form = term(lemma);
    if (form === null || form === exact) continue;
    parts.push(`${form}^3`);
    // The stem of a lemma catches the case forms the lemma itself misses: переговор* → переговоров.
    if (word.prefix && form.length >= 4) parts.push(`${form}*`);
  }
  if (word.prefix) parts.push(`${exact}*`);
  if (word.fuzzy) parts.push(`${exact}~${maxEdits(word.word)}`);
  return parts.join(" ");
}

function term(text: string): string | null {
  const escaped = text.toLowerCase().replace(SPECIAL, (character) => `\\${character}`);
  return escaped === "" ? null : escaped;
}

// One edit for short words, two for long ones: "Tokaev"/"Tokayev" is one, and two edits on a
// five-letter word would match half the dictionary.
function maxEdits(word: string): number {
  return word.length >= 8 ? 2 : 1;
}
