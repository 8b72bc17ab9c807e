import { lineChunks } from "./line-chunks.js";
import type { Morphology, WordAnalysis } from "./types.js";

/** A sentence: offsets into the original text and its index in reading order. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
}

/** A word token with offsets into the original text and its morphology. */
export interface Token {
  /** Position in the article's token list. */
  index: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
  analysis: WordAnalysis;
  /** Initials written right before the word («С.В.» of «С.В.Лавров»): the word is a surname. */
  initials?: string;
}

/** The article cut into sentences and word tokens; debris spans are left out of both. */
export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
}

/** A span of the original text that is page debris, not article content. */
export interface Span {
  start: number;
  end: number;
}

/** Initials glued to a surname («С.В.Лавров», "J.R.Smith"), which the word segmenter keeps as one word. */
const INITIALS = /^((?:\p{Lu}\.)+)(?=\p{Lu}\p{Ll})/u;

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

/**
 * Splits `text` into sentences and words with `Intl.Segmenter` (ICU rules), keeping offsets into
 * the original text. Hyphen-joined words («Касым-Жомарт», "vice-president") stay one token so they
 * can be lemmatised whole. Whitespace-only sentences and anything inside `skip` are dropped;
 * sentence indices count only the sentences kept.
 */
export function segmentText(
  text: string,
  language: string,
  morph: Morphology,
  skip: readonly Span[] = [],
): Segmentation {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const sentenceSegmenter = cachedSegmenter(sentenceSegmenters, language, "sentence");
  const skipped = coveredBy(skip);
  for (const piece of joinInitials(text, sentencePieces(text, sentenceSegmenter))) {
    const span = trimSpan(text, piece.start, piece.end);
    if (span.start >= span.end || skipped(span)) continue;
    const sentence: Sentence = { index: sentences.length, ...span };
    sentences.push(sentence);
    for (const word of wordSpans(text.slice(span.start, span.end), language)) {
      const end = span.start + word.end;
      if (skipped({ start: span.start + word.start, end })) continue;
      const initials = INITIALS.exec(text.slice(span.start + word.start, end))?.[1];
      const start = span.start + word.start + (initials?.length ?? 0);
      const surface = text.slice(start, end);
      const token: Token = {
        index: tokens.length,
        start,
        end,
        text: surface,
        sentence: sentence.index,
        analysis: morph(surface),
      };
      tokens.push(initials ? { ...token, initials } : token);
    }
  }
  return { sentences, tokens };
}

/** The sentence segments of `text`, with offsets into it, segmented a line chunk at a time (line-chunks.ts). */
function* sentencePieces(text: string, segmenter: Intl.Segmenter): Generator<Span> {
  for (const chunk of lineChunks(text)) {
    for (const piece of segmenter.segment(text.slice(chunk.start, chunk.end))) {
      yield { start: chunk.start + piece.index, end: chunk.start + piece.index + piece.segment.length };
    }
  }
}

/**
 * A sentence that ends in an initial ("Minister K.", «министр С.»), a dotted abbreviation ("a U.S.
 * State Department claim") or a title's abbreviation ("Dr. Tedros") runs on: ICU breaks after it.
 */
const ENDS_IN_INITIAL =
  /(?:(?:^|[\s(])(?:\p{Lu}\.)+|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|St)\.)\s*$/u;

function joinInitials(text: string, pieces: Iterable<Span>): Span[] {
  const spans: Span[] = [];
  let runsOn = false;
  for (const span of pieces) {
    const last = spans[spans.length - 1];
    if (runsOn && last) last.end = span.end;
    else spans.push(span);
    runsOn = ENDS_IN_INITIAL.test(text.slice(spans[spans.length - 1]!.start, span.end));
  }
  return spans;
}

/** Word-like spans of `text`, with hyphenated compounds merged; offsets relative to `text`. */
export function wordSpans(text: string, language: string): Span[] {
  const spans: Span[] = [];
  for (const piece of cachedSegmenter(wordSegmenters, language, "word").segment(text)) {
    if (!piece.isWordLike) continue;
    const start = piece.index;
    const end = start + piece.segment.length;
    const last = spans[spans.length - 1];
    if (last && isHyphen(text.slice(last.end, start)) && /\p{L}/u.test(text[last.end - 1] ?? "")) last.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

function isHyphen(between: string): boolean {
  return between === "-" || between === "\u2011";
}

function cachedSegmenter(
  cache: Map<string, Intl.Segmenter>,
  language: string,
  granularity: "sentence" | "word",
): Intl.Segmenter {
  let segmenter = cache.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity });
    cache.set(language, segmenter);
  }
  return segmenter;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Whether a span lies inside one of `spans`, for spans asked about in order of their start. A
 * span is inside one exactly when the furthest end among those starting at or before it reaches
 * its end, so one forward pass answers every question: checking each word against every debris
 * span made segmentation quadratic on long pages.
 */
function coveredBy(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let next = 0;
  let furthestEnd = -1;
  return (span) => {
    while (next < sorted.length && sorted[next]!.start <= span.start)
      furthestEnd = Math.max(furthestEnd, sorted[next++]!.end);
    return furthestEnd >= span.end;
  };
}
