import { describeItem } from "./describe-item.js";
import type { ExtractedFacts } from "./extracted-facts.js";
import type { GoldArticle } from "./gold-schema.js";
import type { Pairing } from "./match-one-to-one.js";
import { matchEntities } from "./match-entities.js";
import { matchEventDetails, type EventDetailCounts } from "./match-event-details.js";
import { matchEvents } from "./match-events.js";
import { matchStatements, speakerAccuracy, type SpeakerCounts } from "./match-statements.js";
import type { Counts } from "./rates.js";

/** The three scored categories, in table order. */
export const CATEGORIES = ["entities", "statements", "events"] as const;
/** One of `CATEGORIES`. */
export type Category = (typeof CATEGORIES)[number];

/** Counts for one category of one article, with what was missed and what was extra, described. */
export interface CategoryScore extends Counts {
  readonly missed: readonly string[];
  readonly extra: readonly string[];
}

/** What an article is, for the breakdown by language, genre and region. */
export type ArticleTraits = Pick<GoldArticle, "id" | "language" | "genre" | "region">;

/**
 * The score of one article: its traits, one `CategoryScore` per category, and diagnostics that
 * are not part of the overall figure: events matched with the type ignored, the participants and
 * places of the events matched, and how many of the quotes found have the right speaker.
 */
export type ArticleScore = ArticleTraits & { readonly [C in Category]: CategoryScore } & {
  readonly eventsAnyType: Counts;
  readonly eventDetails: EventDetailCounts;
  readonly speakers: SpeakerCounts;
};

/**
 * Scores what the extractor found in one article against its gold annotations: each category
 * is paired one-to-one (see `matchEntities`, `matchStatements`, `matchEvents`), so duplicates
 * count as extra.
 */
export function scoreArticle(article: GoldArticle, facts: ExtractedFacts): ArticleScore {
  const gold = article.gold;
  const eventsAnyType = matchEvents(gold, facts, { anyType: true });
  const events = matchEvents(gold, facts);
  return {
    id: article.id,
    language: article.language,
    genre: article.genre,
    region: article.region,
    eventsAnyType: { gold: gold.events.length, extracted: facts.events.length, matched: eventsAnyType.pairs.length },
    eventDetails: matchEventDetails(gold, facts, events),
    speakers: speakerAccuracy(gold, facts),
    entities: categoryScore(matchEntities(gold.entities, facts.entities), {
      gold: gold.entities.map(describeItem.goldEntity),
      extracted: facts.entities.map(describeItem.extractedEntity),
    }),
    statements: categoryScore(matchStatements(gold, facts), {
      gold: gold.statements.map(describeItem.goldStatement),
      extracted: facts.statements.map(describeItem.extractedStatement),
    }),
    events: categoryScore(events, {
      gold: gold.events.map(describeItem.goldEvent),
      extracted: facts.events.map((event) => describeItem.extractedEvent(event, facts)),
    }),
  };
}

function categoryScore(pairing: Pairing, described: { gold: string[]; extracted: string[] }): CategoryScore {
  return {
    gold: described.gold.length,
    extracted: described.extracted.length,
    matched: pairing.pairs.length,
    missed: pairing.missed.map((g) => described.gold[g]!),
    extra: pairing.extra.map((e) => described.extracted[e]!),
  };
}
