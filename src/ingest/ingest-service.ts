import type { Driver } from "neo4j-driver";
import type { ExtractionResources } from "../extract/types.js";
import { writeReferenceData } from "../graph/write-reference-data.js";
import type { ArticleSource } from "../input/read-articles.js";
import type { Logger } from "../logger.js";
import { ingestArticles, type IngestOptions } from "./ingest-articles.js";
import type { IngestSummary } from "./ingest-summary.js";

/** What a caller may choose per run; the driver, database, resources and logger are the service's. */
export type IngestRunOptions = Pick<
  IngestOptions,
  | "batchSize"
  | "concurrency"
  | "dryRun"
  | "onProgress"
  | "onArticle"
  | "retry"
  | "signal"
  | "prepare"
  | "writeTimeoutMs"
>;

/**
 * The one ingestion of a process, shared by `kg ingest`, `kg start`'s samples, `kg eval
 * --identity` and the ingest mutations, so that all of them batch, retry a failed batch one
 * article at a time and count the same way.
 */
export interface IngestService {
  /** Runs read → extract → write over `source` (see `ingestArticles`) and returns its summary. */
  ingest(source: AsyncIterable<ArticleSource>, options?: IngestRunOptions): Promise<IngestSummary>;
}

/**
 * Builds the ingest service once, at the entry point, from the process's driver (null when only
 * dry runs are wanted), extraction resources and logger. Before its first write it stores the
 * gazetteer's reference data (places, offices), once per service: cheap when unchanged, and a
 * failure is forgotten so the next run tries again.
 */
export function createIngestService(deps: {
  driver: Driver | null;
  database: string;
  resources: ExtractionResources;
  logger: Logger;
}): IngestService {
  const { driver, database, resources, logger } = deps;
  let referenceData: Promise<unknown> | null = null;
  const storeReferenceData = (writer: Driver) => {
    referenceData ??= writeReferenceData(writer, { database, resources }).catch((error: unknown) => {
      referenceData = null;
      throw error;
    });
    return referenceData;
  };
  return {
    async ingest(source, options = {}) {
      const dryRun = options.dryRun ?? false;
      if (!dryRun) {
        if (!driver) throw new Error("this ingest service has no database: only dry runs are possible");
        await storeReferenceData(driver);
      }
      return ingestArticles(source, { ...options, dryRun, driver: driver ?? undefined, database, resources, logger });
    },
  };
}

/** The given articles as the source `ingest` reads, each with its origin. */
export async function* articleSources(articles: Iterable<ArticleSource>): AsyncGenerator<ArticleSource> {
  yield* articles;
}
