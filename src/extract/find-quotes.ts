/**
 * A quotation in the text; `start`/`end` exclude the quote marks, `open`/`close` are the marks'
 * offsets. A quotation left open at the end of its paragraph (one running on into the next, or
 * cut off) has no closing mark: `close` is `end`.
 */
export interface Quote {
  open: number;
  close: number;
  start: number;
  end: number;
}

const PAIRS: ReadonlyArray<[string, string]> = [
  ["«", "»"],
  ["“", "”"],
  ["„", "“"],
  ["‘", "’"],
  ['"', '"'],
];
/** Quotations shorter than this are names and titles («Роснефть») unless someone is said to have said them. */
const NAME_MAX_WORDS = 3;
/** Marks that open only after a space or opening punctuation: elsewhere they close or are apostrophes. */
const OPEN_AFTER_SPACE = new Set(['"', "‘"]);

/**
 * Quotations found on the whole text rather than per sentence, because sentence segmentation
 * splits inside quotes («Наша сила в единстве. | Есть только…»). Pairs «…», “…”, „…“, ‘…’ and "…"
 * are matched with nesting for the typographic ones; an outer quotation hides the ones nested in
 * it. A quotation never spans a blank line: one still open at the end of its paragraph ends there,
 * which is how a quotation running over several paragraphs (each reopening the mark) or one cut off
 * comes out: one span per paragraph.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (const [openMark, closeMark] of PAIRS) {
    for (const quote of pairsOf(text, openMark, closeMark)) {
      if (quotes.some((q) => quote.open < q.close && q.open < quote.close)) continue;
      if (text.slice(quote.start, quote.end).trim() === "") continue;
      quotes.push(...splitAtAttribution(text, quote));
    }
  }
  return quotes.sort((a, b) => a.open - b.open);
}

/**
 * «Референдум показал, что страна едина, - написал он в соцсети X. - Те, кто звал к бойкоту, остались
 * в одиночестве»: Russian sets the attribution inside the marks between dashes. The words before it
 * and after it are two quotations; the attribution, lower case between a dash after punctuation and a
 * dash before a capital, belongs to neither.
 */
function splitAtAttribution(text: string, quote: Quote): Quote[] {
  const cut = INSERTED_ATTRIBUTION.exec(text.slice(quote.start, quote.end));
  if (!cut) return [quote];
  const before = quote.start + cut.index + cut[1]!.length;
  const resumed = quote.start + cut.index + cut[0].length;
  const secondDash = resumed - cut[2]!.trimStart().length;
  return [
    { open: quote.open, close: before, start: quote.start, end: before },
    ...splitAtAttribution(text, { open: secondDash, close: quote.close, start: resumed, end: quote.end }),
  ];
}

/** A punctuation mark, a dash, lower-case words of attribution, a full stop or comma, and a dash before a capital. */
const INSERTED_ATTRIBUTION = /([,.!?…])\s+[—–-]\s+\p{Ll}[^«»"“”„—–]{1,120}?[.,:](\s+[—–-]\s+)(?=\p{Lu})/u;

/** Whether an offset lies between the marks of one of the quotations. */
export function insideQuote(quotes: readonly Quote[], offset: number): boolean {
  return quotes.some((q) => offset >= q.start && offset < q.end);
}

/** Whether a quotation is long enough to be speech whoever said it (shorter ones may be names). */
export function isLongQuote(text: string, quote: Quote): boolean {
  return wordCount(text.slice(quote.start, quote.end)) > NAME_MAX_WORDS;
}

function wordCount(words: string): number {
  return words.trim().split(/\s+/).length;
}

function pairsOf(text: string, openMark: string, closeMark: string): Quote[] {
  const found: Quote[] = [];
  for (const paragraph of paragraphsOf(text)) {
    let depth = 0;
    let open = -1;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = text[i];
      const closes =
        ch === closeMark && depth > 0 && (openMark !== closeMark || !isOpening(text, i)) && !isApostrophe(text, i);
      if (closes) {
        depth--;
        if (depth === 0) found.push({ open, close: i, start: open + 1, end: i });
      } else if (ch === openMark && (!OPEN_AFTER_SPACE.has(openMark) || isOpening(text, i))) {
        if (depth === 0) open = i;
        depth++;
      }
    }
    if (depth > 0) found.push({ open, close: paragraph.end, start: open + 1, end: paragraph.end });
  }
  return found;
}

/** Paragraphs: the text between blank lines, trimmed. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/\S(?:[^\n]|\n(?!\s*\n))*/g)) {
    let end = match.index + match[0].length;
    while (/\s/.test(text[end - 1]!)) end--;
    paragraphs.push({ start: match.index, end });
  }
  return paragraphs;
}

/** A straight quote opens when it follows a space, line start or opening punctuation. */
function isOpening(text: string, i: number): boolean {
  return i === 0 || /[\s(\[—–-]/u.test(text[i - 1]!);
}

/** ’ between two letters (people’s, don’t) is an apostrophe, not a closing quote. */
function isApostrophe(text: string, i: number): boolean {
  return text[i] === "’" && /\p{L}/u.test(text[i - 1] ?? "") && /\p{L}/u.test(text[i + 1] ?? "");
}
