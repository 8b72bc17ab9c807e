import type { PhraseMatch } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { CueKind, EntityType } from "./types.js";

/** How specific a place is: a city over a region over a country. */
const PLACE_RANK: Partial<Record<EntityType, number>> = { CITY: 3, REGION: 2, COUNTRY: 1 };

/**
 * Where something told in a span happened: among `mentions`, the most specific place right after a
 * cue of one of `kinds` — a locative («в Алматы», «в городе Шуша», "in Almaty"; a visit's
 * destination, "a visit to Taiwan") — the nearest to token `at` among equals; null when none is.
 */
export function placeAfterCue(
  mentions: readonly MentionCandidate[],
  cues: readonly PhraseMatch<CueKind>[],
  tokens: readonly Token[],
  typeOf: (mention: MentionCandidate) => EntityType | undefined,
  at: number,
  kinds: readonly CueKind[],
): MentionCandidate | null {
  const rank = (m: MentionCandidate) => PLACE_RANK[typeOf(m) ?? "PERSON"] ?? 0;
  const located = mentions.filter((m) => rank(m) > 0 && kinds.some((kind) => precededBy(cues, m, kind, tokens)));
  located.sort((a, b) => rank(b) - rank(a) || Math.abs(a.first - at) - Math.abs(b.first - at));
  return located[0] ?? null;
}

/** A cue of `kind` ends right before the mention, or one word before it when that word is a place noun («в городе Шуша»). */
function precededBy(
  cues: readonly PhraseMatch<CueKind>[],
  mention: MentionCandidate,
  kind: CueKind,
  tokens: readonly Token[],
): boolean {
  const endsAt = (i: number, k: CueKind) =>
    cues.some((c) => c.value === k && c.last === i && tokens[i]?.sentence === tokens[mention.first]!.sentence);
  return (
    endsAt(mention.first - 1, kind) || (endsAt(mention.first - 1, "placeNouns") && endsAt(mention.first - 2, kind))
  );
}
