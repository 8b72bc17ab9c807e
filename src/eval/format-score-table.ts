import { rates } from "./rates.js";
import type { ScoreSummary } from "./summarize-scores.js";
import { alignColumns } from "./align-columns.js";

const HEADER = ["category", "gold", "extracted", "matched", "precision", "recall", "F1"];
const ROWS = [
  ["entities", "entities"],
  ["statements", "statements"],
  ["events", "events"],
  ["overall", "overall"],
  ["events, any type", "eventsAnyType"],
  ["  their participants", "eventParticipants"],
  ["  their places", "eventPlaces"],
] as const;

/**
 * Renders a summary as a plain-text table, one row per category, one for the overall
 * micro-average, one for the events matched with the type ignored, and two for the participants
 * and places of the (typed) events matched (diagnostics, not part of overall); counts as integers, rates with three decimals, numbers right-aligned; then the share
 * of the quotes found that have the right speaker:
 *
 *     category    gold  extracted  matched  precision  recall     F1
 *     entities      11         12       10      0.833   0.909  0.870
 */
export function formatScoreTable(summary: ScoreSummary): string {
  const rows = ROWS.map(([label, row]) => {
    const counts = summary[row];
    const { precision, recall, f1 } = rates(counts);
    return [
      label,
      String(counts.gold),
      String(counts.extracted),
      String(counts.matched),
      ...[precision, recall, f1].map((rate) => rate.toFixed(3)),
    ];
  });
  const { found, rightSpeaker } = summary.speakers;
  const share = found === 0 ? "-" : (rightSpeaker / found).toFixed(3);
  return `${alignColumns([HEADER, ...rows])}
right speaker: ${rightSpeaker} of ${found} quotes found (${share})`;
}
