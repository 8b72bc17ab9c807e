import type { ArticleInput as ExtractInput } from "../../extract/types.js";
import type { IngestedArticle } from "../../ingest/ingest-articles.js";
import { articleSources } from "../../ingest/ingest-service.js";
import type { IngestFailure, IngestSummary } from "../../ingest/ingest-summary.js";
import { checkArticleInput, InvalidArticleError } from "../../ingest/check-article-input.js";
import { requireWriter } from "../auth/require-writer.js";
import type { ApiContext } from "../context.js";
import { ApiError, ErrorCode, failureError } from "../errors.js";
import type { IngestBatchResult, IngestResult, MutationResolvers } from "../generated/resolvers-types.js";

/** Largest batch `ingestArticles` takes in one request. */
const maxBatch = 100;

/** `ingestArticle(input)`: extracts one article and writes it; needs a writer token. */
export const ingestArticle: MutationResolvers["ingestArticle"] = async (_parent, { input }, context) => {
  await requireWriter(context);
  checkInput(input, context, "input");
  const { results, summary } = await ingest([input], context);
  const [failure] = summary.failures;
  if (failure) throw failureError(failure.error, failureReason(failure));
  return results[0]!;
};

/**
 * `ingestArticles(inputs)`: the same ingest flow as `kg ingest` over the inputs (batched
 * transactions, a failed batch written again one article at a time); an article that fails is
 * listed in `failures` and the others are still written.
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
  const { results, summary } = await ingest(inputs, context);
  return {
    results,
    failures: summary.failures.map((failure) => ({
      index: indexOf(failure.origin),
      reason: failureError(failure.error, failureReason(failure)).message,
    })),
    new: summary.articles.new,
    updated: summary.articles.updated,
    unchanged: summary.articles.unchanged,
    entities: { ...summary.entities },
    events: { ...summary.events },
    statements: { ...summary.statements },
  } satisfies IngestBatchResult;
};

/** Runs the inputs through the ingest service; the results of the written ones, in input order. */
async function ingest(
  inputs: readonly ExtractInput[],
  context: ApiContext,
): Promise<{ results: IngestResult[]; summary: IngestSummary }> {
  const written = new Map<number, IngestResult>();
  const sources = inputs.map((article, index) => ({ origin: originOf(index), article }));
  const summary = await context.ingest.ingest(articleSources(sources), {
    onArticle: (article) => written.set(indexOf(article.origin), toResult(article)),
    // Extraction takes seconds on a large article: off the event loop, so other requests go on.
    prepare: context.extraction?.prepare,
    // No request holds the database longer than a query may; a slower write stores nothing.
    writeTimeoutMs: context.config.api.queryTimeoutMs,
  });
  for (const failure of summary.failures) context.logger.warn(`ingest mutation: ${failure.origin}: ${failure.reason}`);
  const results = [...written.entries()].sort(([a], [b]) => a - b).map(([, result]) => result);
  return { results, summary };
}

const originOf = (index: number) => `inputs[${index}]`;
const indexOf = (origin: string) => Number(/\d+/.exec(origin)![0]);

/** Says what failed without the cause, which went to the log; an invalid article is the caller's to fix. */
function failureReason(failure: IngestFailure): string {
  if (failure.reason.startsWith("invalid article:")) return failure.reason;
  const step = failure.stage === "write" ? "written" : "extracted";
  return `The article could not be ${step} because of a server error (the server log has the cause); send it again later, alone.`;
}

function toResult({ result, warnings }: IngestedArticle): IngestResult {
  return {
    articleId: result.articleId,
    status: result.status === "new" ? "NEW" : result.status === "updated" ? "UPDATED" : "UNCHANGED",
    entityIds: result.entityIds,
    eventIds: result.eventIds,
    statementIds: result.statementIds,
    entities: { ...result.entities },
    events: { ...result.events },
    statements: { ...result.statements },
    warnings,
  };
}

function checkInput(input: ExtractInput, context: ApiContext, argument: string): void {
  try {
    checkArticleInput(input);
  } catch (error) {
    if (!(error instanceof InvalidArticleError)) throw error;
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `${argument}.${error.message}`, {
      argument: `${argument}.${error.field}`,
    });
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
