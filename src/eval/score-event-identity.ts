import type { ExtractedFacts } from "./extracted-facts.js";
import type { GoldArticle } from "./gold-schema.js";
import { matchEvents } from "./match-events.js";
import type { Counts } from "./rates.js";

/** One gold event mention: its article, its key, and the stored Event it became (null when it was not extracted). */
export interface IdentityMention {
  readonly articleId: string;
  readonly key: string;
  readonly storedEventId: string | null;
}

/**
 * The gold events of one article as identity mentions: each gold event takes the stored id of the
 * extracted event it is paired with (`matchEvents`), so an event the extractor missed can link to
 * nothing. `storedIdOf` gives the stored Event of the extracted event at an index.
 */
export function identityMentions(
  article: GoldArticle,
  facts: ExtractedFacts,
  storedIdOf: (extractedIndex: number) => string | null,
): IdentityMention[] {
  const extractedOf = new Map(matchEvents(article.gold, facts).pairs.map(([g, e]) => [g, e]));
  return article.gold.events.map((event, g) => {
    const extracted = extractedOf.get(g);
    return {
      articleId: article.id,
      key: event.key,
      storedEventId: extracted === undefined ? null : storedIdOf(extracted),
    };
  });
}

/** Pairwise identity counts, and how many of the asked-for pairs had both mentions extracted. */
export interface IdentityCounts extends Counts {
  /** Pairs sharing a key whose two mentions were both extracted: the pairs the writer's match could join. */
  bothFound: number;
}

/**
 * Cross-article event identity, pairwise: every pair of gold mentions in different articles is a
 * link the gold asks for when they share a key, and a link the graph made when they ended up as
 * one stored Event. As `Counts`: gold = pairs sharing a key, extracted = pairs merged, matched =
 * pairs both (so `rates` gives pairwise precision and recall). `bothFound` separates the match
 * rule's misses from the extractor's: matched / bothFound is the recall of the match alone. Pairs
 * within one article are in-article merging, scored by the event rows, not here.
 */
export function scoreEventIdentity(mentions: readonly IdentityMention[]): IdentityCounts {
  const counts = { gold: 0, extracted: 0, matched: 0, bothFound: 0 };
  mentions.forEach((a, i) => {
    for (const b of mentions.slice(i + 1)) {
      if (a.articleId === b.articleId) continue;
      const sameKey = a.key === b.key;
      const merged = a.storedEventId !== null && a.storedEventId === b.storedEventId;
      if (sameKey) counts.gold += 1;
      if (sameKey && a.storedEventId !== null && b.storedEventId !== null) counts.bothFound += 1;
      if (merged) counts.extracted += 1;
      if (sameKey && merged) counts.matched += 1;
    }
  });
  return counts;
}
