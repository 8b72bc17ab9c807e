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
export function segmentText(text: string, language: string, morph: Morphology, skip: readonly Span[] = []): Segmentation {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const sentenceSegmenter = cachedSegmenter(sentenceSegmenters, language, "sentence");
  for (const piece of joinInitials(text, sentenceSegmenter.segment(text))) {
    const span = trimSpan(text, piece.start, piece.end);
    if (span.start >= span.end || insideAny(span, skip)) continue;
    const sentence: Sentence = { index: sentences.length, ...span };
    sentences.push(sentence);
    for (const word of wordSpans(text.slice(span.start, span.end), language)) {
      const end = span.start + word.end;
      if (insideAny({ start: span.start + word.start, end }, skip)) continue;
      const initials = INITIALS.exec(text.slice(span.start + word.start, end))?.[1];
      const start = span.start + word.start + (initials?.length ?? 0);
      const surface = text.slice(start, end);
      const token: Token = { index: tokens.length, start, end, text: surface, sentence: sentence.index, analysis: morph(surface) };
      tokens.push(initials ? { ...token, initials } : token);
    }
  }
  return { sentences, tokens };
}

/** A sentence that ends in an initial ("Minister K.", «министр С.») runs on: ICU breaks after it. */
const ENDS_IN_INITIAL = /(^|[\s(])\p{Lu}\.\s*$/u;

function joinInitials(text: string, pieces: Iterable<Intl.SegmentData>): Span[] {
  const spans: Span[] = [];
  let runsOn = false;
  for (const piece of pieces) {
    const span = { start: piece.index, end: piece.index + piece.segment.length };
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

function cachedSegmenter(cache: Map<string, Intl.Segmenter>, language: string, granularity: "sentence" | "word"): Intl.Segmenter {
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

function insideAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}
