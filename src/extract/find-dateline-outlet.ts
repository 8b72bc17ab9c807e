import type { FoundEntity } from "./found-entity.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import { slugOf } from "./slug-of.js";
import { transliterateRussian } from "./transliterate-russian.js";

/** A dateline: place in capitals (and a state: "WOODSIDE, Calif."), a day, then the outlet in brackets or after a dash. */
const DATELINE =
  /^\p{Lu}[\p{Lu}\s/.'’-]*\p{Lu}(?:,\s*\p{Lu}\p{L}*\.?)?,\s*(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+)\s*(?:\(([^()\n]{2,40})\)\s*[-–—]|[-–—]\s*«?([^.\n»]{2,40})»?\.)/gmu;

/**
 * The news outlet of a dateline — "TAIPEI, Jan 14 (Harbour Wire) -", «БИШКЕК, 13 марта – Кабар.»,
 * «ДОХА, 16 января — «Восток-Пресс».» — at the start of a line: a place in capitals, a day, then the
 * outlet in brackets or after a dash. Cited outlets are organisations (seed/articles/README.md).
 */
export function findDatelineOutlet(
  text: string,
  tokens: readonly Token[],
  named: readonly MentionCandidate[],
): { entities: FoundEntity[]; mentions: MentionCandidate[] } {
  for (const match of text.matchAll(DATELINE)) {
    // «– агентство «Полушарие».»: the outlet is the quoted name, not the noun before it.
    const outlet = (match[1] ?? match[2]!).replace(/^[^«]*«/u, "");
    const start = match.index + match[0].lastIndexOf(outlet);
    const first = tokens.findIndex((t) => t.start >= start);
    const end = start + outlet.length;
    const after = tokens.findIndex((t) => t.end > end);
    const last = (after < 0 ? tokens.length : after) - 1;
    if (first < 0 || last < first || named.some((m) => m.first <= last && m.last >= first)) continue;
    const name = transliterateRussian(outlet.trim());
    const entity: FoundEntity = {
      id: `kg:organization:${slugOf(name)}`,
      type: "ORGANIZATION",
      name,
      aliases: [...new Set([outlet.trim(), name])],
    };
    return { entities: [entity], mentions: [{ first, last, entityId: entity.id, source: "outlet" }] };
  }
  return { entities: [], mentions: [] };
}
