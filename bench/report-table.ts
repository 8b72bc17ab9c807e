/**
 * The one table `npm run bench` prints: sections (extraction, ingestion, and later the API
 * latencies of issue 5) of rows with their own columns, rendered as aligned Markdown.
 */
export interface BenchSection {
  title: string;
  columns: string[];
  rows: string[][];
}

/** Renders sections as one Markdown table per section under a common heading, columns aligned. */
export function renderReport(sections: readonly BenchSection[]): string {
  return sections
    .map((section) => {
      const widths = section.columns.map((column, i) =>
        Math.max(column.length, ...section.rows.map((row) => (row[i] ?? "").length)),
      );
      const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
      return [
        `### ${section.title}`,
        line(section.columns),
        `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
        ...section.rows.map(line),
      ].join("\n");
    })
    .join("\n\n");
}
