/** How many items the gold has, the extractor produced, and were paired one-to-one. */
export interface Counts {
  readonly gold: number;
  readonly extracted: number;
  readonly matched: number;
}

/** Precision, recall and F1, each in 0..1. */
export interface Rates {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Precision = matched / extracted, recall = matched / gold, F1 = their harmonic mean. An empty
 * denominator means nothing could go wrong on that side, so 0/0 is 1 (an article with no events
 * and no extracted events scores 1 on events); F1 is 0 when precision and recall are both 0.
 */
export function rates(counts: Counts): Rates {
  const precision = counts.extracted === 0 ? 1 : counts.matched / counts.extracted;
  const recall = counts.gold === 0 ? 1 : counts.matched / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Adds counts up; summing before dividing is what makes the averages micro-averages. */
export function sumCounts(all: readonly Counts[]): Counts {
  return all.reduce(
    (total, counts) => ({
      gold: total.gold + counts.gold,
      extracted: total.extracted + counts.extracted,
      matched: total.matched + counts.matched,
    }),
    { gold: 0, extracted: 0, matched: 0 },
  );
}
