import { messageOf } from "../../error-message.js";
import type { ArticleInput as ExtractInput } from "../../extract/types.js";
import { refreshSearchIndexes } from "../../graph/refresh-search-indexes.js";
import { writeArticleFacts, type ArticleWriteResult } from "../../graph/write-article-facts.js";
import { checkArticleInput, InvalidArticleError } from "../../ingest/check-article-input.js";
import { defaultRetryPolicy, retryTransient } from "../../ingest/retry-transient.js";
import { requireWriter } from "../auth/require-writer.js";
import type { ApiContext } from "../context.js";
import { ApiError, ErrorCode } from "../errors.js";
import type { IngestBatchResult, IngestResult, MutationResolvers } from "../generated/resolvers-types.js";

/** Largest batch `ingestArticles` takes in one request. */
const maxBatch = 100;

/** `ingestArticle(input)`: extracts one article and writes it, in one transaction; needs a writer token. */
export const ingestArticle: MutationResolvers["ingestArticle"] = async (_parent, { input }, context) => {
  await requireWriter(context);
  checkInput(input, context, "input");
  const result = await ingestOne(input, context);
  await refreshSearchIndexes(context.driver, context.config.neo4j.database);
  return result;
};

/**
 * `ingestArticles(inputs)`: like `ingestArticle` for each input in turn, each in its own
 * transaction; an article that fails is listed in `failures` and the others are still written.
 */
export const ingestArticles: MutationResolvers["ingestArticles"] = async (_parent, { inputs }, context) => {
  await requireWriter(context);
  if (inputs.length > maxBatch) {
    throw new ApiError(
      ErrorCode.BAD_USER_INPUT,
      `inputs holds ${inputs.length} articles; send at most ${maxBatch} per request.`,
      { argument: "inputs" },
    );
  }
  inputs.forEach((input, index) => checkInput(input, context, `inputs[${index}]`));
  const batch: IngestBatchResult = {
    results: [],
    failures: [],
    new: 0,
    updated: 0,
    unchanged: 0,
    entities: zero(),
    events: zero(),
    statements: zero(),
  };
  for (const [index, input] of inputs.entries()) {
    try {
      const result = await ingestOne(input, context);
      batch.results.push(result);
      batch[result.status === "NEW" ? "new" : result.status === "UPDATED" ? "updated" : "unchanged"] += 1;
      for (const kind of ["entities", "events", "statements"] as const) {
        batch[kind].created += result[kind].created;
        batch[kind].merged += result[kind].merged;
      }
    } catch (error) {
      context.logger.warn(`ingestArticles: inputs[${index}] failed: ${messageOf(error)}`);
      // What the client may read: our own messages; a driver's or Cypher's text stays in the log.
      const reason = error instanceof ApiError || error instanceof InvalidArticleError ? error.message : "it could not be written (the reason is logged on the server)";
      batch.failures.push({ index, reason });
    }
  }
  await refreshSearchIndexes(context.driver, context.config.neo4j.database);
  return batch;
};

async function ingestOne(input: ExtractInput, context: ApiContext): Promise<IngestResult> {
  const { record, facts } = await context.extraction.prepare(input);
  const write = () => writeArticleFacts(context.driver, { database: context.config.neo4j.database, article: record, facts });
  const written = await retryTransient(write, { policy: defaultRetryPolicy });
  return toResult(written, facts.warnings);
}

function toResult(written: ArticleWriteResult, warnings: string[]): IngestResult {
  return {
    articleId: written.articleId,
    status: written.status === "new" ? "NEW" : written.status === "updated" ? "UPDATED" : "UNCHANGED",
    entityIds: written.entityIds,
    eventIds: written.eventIds,
    statementIds: written.statementIds,
    entities: { ...written.entities },
    events: { ...written.events },
    statements: { ...written.statements },
    warnings,
  };
}

function checkInput(input: ExtractInput, context: ApiContext, argument: string): void {
  try {
    checkArticleInput(input);
  } catch (error) {
    if (!(error instanceof InvalidArticleError)) throw error;
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `${argument}.${error.message}`, { argument: `${argument}.${error.field}` });
  }
  const bytes = Buffer.byteLength(input.text, "utf8");
  const limit = context.config.extraction.maxArticleBytes;
  if (bytes > limit) {
    throw new ApiError(
      ErrorCode.BAD_USER_INPUT,
      `${argument}.text is ${bytes} bytes; the limit is ${limit} (MAX_ARTICLE_BYTES).`,
      { argument },
    );
  }
}

function zero() {
  return { created: 0, merged: 0 };
}
