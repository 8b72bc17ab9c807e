import type { ArticleWriteResult } from "../graph/write-article-facts.js";
import { addCounts, noCounts, type CreatedMerged } from "../graph/write-counts.js";

/** An article that could not be ingested: where it came from (file, or file:line), at which step, and why. */
export interface IngestFailure {
  origin: string;
  stage: "read" | "extract" | "write";
  /** One line for a log or a terminal: the step and the first line of the error. */
  reason: string;
  /** What was thrown, when something was (not for an unreadable input). */
  error?: unknown;
}

/**
 * What an ingest run did. In a dry run nothing is written: every article that extracted counts as
 * `new` and every fact as `created`, which is what a first ingest into an empty graph would do.
 */
export interface IngestSummary {
  dryRun: boolean;
  articles: { new: number; updated: number; unchanged: number; failed: number };
  entities: CreatedMerged;
  events: CreatedMerged;
  statements: CreatedMerged;
  failures: IngestFailure[];
  /** Transient write failures (deadlocks, lost connections) that were retried. */
  retries: number;
  /** Why the run stopped before the end of its input (the database became unavailable), or null. */
  stopped: string | null;
  /** Wall time of the run, in milliseconds. */
  elapsedMs: number;
}

/** A summary with nothing counted yet. */
export function emptySummary(dryRun: boolean): IngestSummary {
  return {
    dryRun,
    articles: { new: 0, updated: 0, unchanged: 0, failed: 0 },
    entities: noCounts,
    events: noCounts,
    statements: noCounts,
    failures: [],
    retries: 0,
    stopped: null,
    elapsedMs: 0,
  };
}

/** Counts one written (or, in a dry run, extracted) article into the summary, in place. */
export function countArticle(
  summary: IngestSummary,
  result: Pick<ArticleWriteResult, "status" | "entities" | "events" | "statements">,
): void {
  summary.articles[result.status] += 1;
  summary.entities = addCounts(summary.entities, result.entities);
  summary.events = addCounts(summary.events, result.events);
  summary.statements = addCounts(summary.statements, result.statements);
}

/** Counts one failed article into the summary, in place. */
export function countFailure(summary: IngestSummary, failure: IngestFailure): void {
  summary.articles.failed += 1;
  summary.failures.push(failure);
}

/** The summary as the lines `kg ingest` prints. */
export function formatSummary(summary: IngestSummary): string[] {
  const { articles: a, entities, events, statements } = summary;
  const seconds = summary.elapsedMs / 1000;
  const done = a.new + a.updated + a.unchanged;
  const rate = seconds > 0 ? (done / seconds).toFixed(1) : "-";
  return [
    `${summary.dryRun ? "dry run (nothing written): " : ""}articles: ${a.new} new, ${a.updated} updated, ${a.unchanged} unchanged, ${a.failed} failed` +
      ` in ${seconds.toFixed(1)} s (${rate} articles/s)`,
    `entities: ${entities.created} created, ${entities.merged} merged`,
    `events: ${events.created} created, ${events.merged} merged`,
    `statements: ${statements.created} created, ${statements.merged} merged`,
    `retries: ${summary.retries} transient write failure(s) retried`,
    ...summary.failures.map((failure) => `failed: ${failure.origin}: ${failure.reason}`),
    ...(summary.stopped
      ? [
          `stopped early: ${summary.stopped}. The articles counted above as new, updated or unchanged are stored; the failed ones and any not read yet are not.` +
            " Run the same command again once the database is back: stored articles are skipped as unchanged.",
        ]
      : []),
  ];
}
