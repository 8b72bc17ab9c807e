/**
 * The extraction phase: `extractArticle` turns one article into `ArticleFacts` (docs/CONTRACTS.md
 * contract 1). Pure and deterministic — no I/O, no environment, no clock; everything it knows
 * comes from `ExtractionResources`. The stages, one file each, run in the order below.
 */
import { attributeQuotes } from "./attribute-quotes.js";
import { buildEvents } from "./build-events.js";
import { buildStatements } from "./build-statements.js";
import { detectLanguage, normalizeLanguage } from "./detect-language.js";
import { detectTitle } from "./detect-title.js";
import { findAliasMentions } from "./find-alias-mentions.js";
import { compileClauseBreaks } from "./find-clauses.js";
import { findDebris } from "./find-debris.js";
import { findEventMentions } from "./find-event-mentions.js";
import { findPersonNames } from "./find-person-names.js";
import { findQuotes } from "./find-quotes.js";
import { findRoleMentions } from "./find-role-mentions.js";
import { linkEntities } from "./link-entities.js";
import { mergeEvents } from "./merge-events.js";
import { dateFromNarrative } from "./narrative-date.js";
import { filingDay, resolveDates } from "./resolve-dates.js";
import { segmentText } from "./segment-text.js";
import { stableId } from "./stable-id.js";
import { tenseAt } from "./tense.js";
import type { ArticleFacts, ArticleInput, ExtractionResources, Language } from "./types.js";

export type * from "./types.js";

/**
 * Extracts entities, statements and events from one article. Offsets in the result point into
 * `article.text` exactly as given. `article.language` wins over detection when it is "ru" or "en";
 * `article.publishedAt` anchors relative dates and office holders.
 */
export function extractArticle(article: ArticleInput, resources: ExtractionResources): ArticleFacts {
  const { text } = article;
  const warnings: string[] = [];
  const language = normalizeLanguage(article.language) ?? detectLanguage(text);
  const publishedAt = isoDate(article.publishedAt, warnings);
  const debris = findDebris(text, resources.lexicon.debris);
  const { sentences, tokens } = segmentText(text, language, resources.morph, debris);

  const aliasGroups = findAliasMentions(text, tokens, resources.aliasIndex);
  const places = aliasGroups.filter((g) => g.length === 1 && g[0]!.source === "alias").map((g) => g[0]!);
  const roles = findRoleMentions(text, tokens, places, resources, publishedAt);
  if (!publishedAt && roles.length) warnings.push("no publishedAt: office roles resolved to the current holders");
  const covered = new Set([...aliasGroups.flat(), ...roles].flatMap((m) => span(m.first, m.last)));
  const newPeople = findPersonNames(text, tokens, covered, resources);
  const linked = linkEntities(text, tokens, aliasGroups, roles, newPeople, resources);

  const quotes = findQuotes(text);
  const attributed = attributeQuotes(text, tokens, quotes, linked.mentions, resources);
  const tense = tenseAt(tokens);
  const dates = resolveDates(text, language, publishedAt, resources.lexicon.dates, (offset) => tense(offset) === "future");
  const eventMentions = findEventMentions({
    text,
    language,
    tokens,
    sentences,
    quotes,
    mentions: linked.mentions,
    dates,
    clauseBreaks: compileClauseBreaks(resources.lexicon.cues.clauseBreaks[language]),
    resources,
    tense,
  });
  const names = new Map(linked.entities.map((e) => [e.id, e.name]));
  dateFromNarrative(eventMentions, dates.filter((d) => !quotes.some((q) => d.start >= q.start && d.start < q.end)), sentences, tokens, {
    day: filingDay(text, language, publishedAt),
    tense,
  });
  const { events, quoteEvents } = buildEvents(mergeEvents(eventMentions, resources), attributed, resources, names);
  const statements = buildStatements(text, attributed, quoteEvents, linked.entities);

  return {
    article: {
      id: article.id ?? stableId("sha256", [text.normalize("NFC").trim()]),
      url: article.url ?? null,
      source: article.source ?? null,
      title: article.title ?? detectTitle(text, debris),
      language,
      publishedAt,
    },
    entities: linked.entities,
    statements,
    events,
    warnings,
  };
}

function isoDate(value: string | null | undefined, warnings: string[]): string | null {
  if (!value) return null;
  const match = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  if (!match) warnings.push(`publishedAt "${value}" is not an ISO date; relative dates left unresolved`);
  return match ? match[0] : null;
}

function span(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Restricts a language to the supported ones; exported for callers that validate options. */
export type { Language };
