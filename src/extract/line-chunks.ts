import type { Span } from "./segment-text.js";

/** Below this many characters a text is one chunk. */
const CHUNK_CHARS = 16_384;

/**
 * `text` cut into pieces of about 16 K characters, each ending right after a line break (or at
 * the end). For the segmenters and parsers whose time grows with the square of the string they
 * are given (V8's `Intl.Segmenter`, chrono-node's look-behind patterns): run on each chunk, they
 * stay linear in the text. Nothing they find spans a line break (Unicode's sentence rules always
 * break there, UAX #29 SB4), so the results are those of the whole text.
 */
export function lineChunks(text: string): Span[] {
  const chunks: Span[] = [];
  for (let start = 0; start < text.length;) {
    const lineBreak = text.indexOf("\n", start + CHUNK_CHARS);
    const end = lineBreak < 0 ? text.length : lineBreak + 1;
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}
