/** A quotation in the text; `start`/`end` exclude the quote marks, `open`/`close` are the marks' offsets. */
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
  ['"', '"'],
];
const MIN_WORDS = 4;

/**
 * Quotations found on the whole text rather than per sentence, because sentence segmentation
 * splits inside quotes («Наша сила в единстве. | Есть только…»). Pairs «…», “…”, „…“ and "…" are
 * matched with nesting for the typographic ones; a quotation must not span a blank line and must
 * have at least four words (shorter ones are names and titles, like «Роснефть»).
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (const [openMark, closeMark] of PAIRS) {
    for (const quote of pairsOf(text, openMark, closeMark)) {
      if (quotes.some((q) => quote.open < q.close && q.open < quote.close)) continue;
      const inner = text.slice(quote.start, quote.end);
      if (/\n\s*\n/.test(inner) || inner.trim().split(/\s+/).length < MIN_WORDS) continue;
      quotes.push(quote);
    }
  }
  return quotes.sort((a, b) => a.open - b.open);
}

function pairsOf(text: string, openMark: string, closeMark: string): Quote[] {
  const found: Quote[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const closes = ch === closeMark && depth > 0 && (openMark !== closeMark || !isOpening(text, i));
    if (closes) {
      depth--;
      if (depth === 0) found.push({ open, close: i, start: open + 1, end: i });
    } else if (ch === openMark && (openMark !== closeMark || isOpening(text, i))) {
      if (depth === 0) open = i;
      depth++;
    }
  }
  return found;
}

/** A straight quote opens when it follows a space, line start or opening punctuation. */
function isOpening(text: string, i: number): boolean {
  return i === 0 || /[\s(\[—–-]/u.test(text[i - 1]!);
}
