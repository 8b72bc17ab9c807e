import { rates } from "./rates.js";
import type { ScoreSummary } from "./summarize-scores.js";

const HEADER = ["category", "gold", "extracted", "matched", "precision", "recall", "F1"];
const ROWS = ["entities", "statements", "events", "overall"] as const;

/**
 * Renders a summary as a plain-text table, one row per category and one for the overall
 * micro-average; counts as integers, rates with three decimals, numbers right-aligned:
 *
 *     category    gold  extracted  matched  precision  recall     F1
 *     entities      11         12       10      0.833   0.909  0.870
 */
export function formatScoreTable(summary: ScoreSummary): string {
  const rows = ROWS.map((row) => {
    const counts = summary[row];
    const { precision, recall, f1 } = rates(counts);
    return [
      row,
      String(counts.gold),
      String(counts.extracted),
      String(counts.matched),
      ...[precision, recall, f1].map((rate) => rate.toFixed(3)),
    ];
  });
  return alignColumns([HEADER, ...rows]);
}

/** Pads each column to its widest cell: the first column left-aligned, the rest right-aligned. */
function alignColumns(table: string[][]): string {
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return table
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  "))
    .join("\n");
}
