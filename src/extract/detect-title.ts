import { lines } from "./find-debris.js";
import type { Span } from "./segment-text.js";

/**
 * The headline of raw text that came without one. Scraped pages put a header block before the
 * body (rubric or lede, counters, headline, photo credit): the lines before the first blank line
 * that is followed by body text. The headline is the longest header line that is not debris; a
 * text with no header block (its first paragraph is already prose) has no title.
 */
export function detectTitle(text: string, debris: readonly Span[]): string | null {
  const header: string[] = [];
  for (const line of lines(text)) {
    const content = text.slice(line.start, line.end).trim();
    if (content === "") {
      if (header.length > 0) break;
      continue;
    }
    if (debris.some((d) => line.start >= d.start && line.end <= d.end)) continue;
    header.push(content);
  }
  if (header.length < 2 && endsLikeProse(header[0] ?? "")) return null;
  return header.reduce<string | null>((best, line) => (best === null || line.length > best.length ? line : best), null);
}

function endsLikeProse(line: string): boolean {
  return line.length > 200 || /[.!?…»"]$/u.test(line);
}
