import type { SpeakerCounts } from "./match-statements.js";
import { sumCounts, type Counts } from "./rates.js";
import { CATEGORIES, type ArticleScore, type Category } from "./score-article.js";

/**
 * Counts per category plus `overall`, the micro-average over the three categories, and the
 * diagnostics (events with the type ignored, participants and places of the events matched,
 * speakers right of the quotes found).
 */
export type ScoreSummary = {
  readonly [C in Category | "overall" | "eventsAnyType" | "eventParticipants" | "eventPlaces"]: Counts;
} & {
  readonly speakers: SpeakerCounts;
};

/**
 * Adds up article scores (one article for a per-article line, all of them for the total):
 * counts are summed per category and then across categories, so every figure derived from the
 * summary is a micro-average — an article with 30 entities weighs more than one with 3.
 */
export function summarizeScores(scores: readonly ArticleScore[]): ScoreSummary {
  const perCategory = Object.fromEntries(
    CATEGORIES.map((category) => [category, sumCounts(scores.map((score) => counts(score[category])))]),
  ) as { [C in Category]: Counts };
  return {
    ...perCategory,
    overall: sumCounts(CATEGORIES.map((category) => perCategory[category])),
    eventsAnyType: sumCounts(scores.map((score) => score.eventsAnyType)),
    eventParticipants: sumCounts(scores.map((score) => score.eventDetails.participants)),
    eventPlaces: sumCounts(scores.map((score) => score.eventDetails.places)),
    speakers: {
      found: scores.reduce((sum, score) => sum + score.speakers.found, 0),
      rightSpeaker: scores.reduce((sum, score) => sum + score.speakers.rightSpeaker, 0),
    },
  };
}

function counts({ gold, extracted, matched }: Counts): Counts {
  return { gold, extracted, matched };
}
