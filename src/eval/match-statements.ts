import type { ExtractedFacts, ExtractedStatement } from "./extracted-facts.js";
import type { GoldArticle, GoldStatement } from "./gold-schema.js";
import { extractedIdentity, goldIdentity, sameEntity } from "./entity-identity.js";
import { matchOneToOne, type Pairing } from "./match-one-to-one.js";
import { tokenJaccard } from "./token-jaccard.js";

/** The least word-set overlap (Jaccard) at which two quotes are the same quote. */
export const QUOTE_JACCARD_THRESHOLD = 0.8;

/**
 * Pairs gold and extracted statements: the quotes overlap by token Jaccard ≥ 0.8 and the speaker
 * is the same entity (equal normalised names, or equal QIDs when the gold speaker's entity has
 * one and the extracted speaker id resolves to one). A gold quote with a null speaker (an unnamed
 * source) matches only an extracted quote without a speaker.
 */
export function matchStatements(gold: GoldArticle["gold"], facts: ExtractedFacts): Pairing {
  return matchOneToOne(gold.statements.length, facts.statements.length, (g, e) =>
    statementsMatch(gold.statements[g]!, facts.statements[e]!, gold, facts),
  );
}

/**
 * How many extracted quotes are gold quotes (paired one-to-one on the words alone), and of those
 * how many also have the gold speaker: the attribution accuracy of what was found.
 */
export function speakerAccuracy(gold: GoldArticle["gold"], facts: ExtractedFacts): SpeakerCounts {
  const byWords = matchOneToOne(
    gold.statements.length,
    facts.statements.length,
    (g, e) => tokenJaccard(gold.statements[g]!.quote, facts.statements[e]!.quote) >= QUOTE_JACCARD_THRESHOLD,
  );
  const right = byWords.pairs.filter(([g, e]) =>
    statementsMatch(gold.statements[g]!, facts.statements[e]!, gold, facts),
  );
  return { found: byWords.pairs.length, rightSpeaker: right.length };
}

/** Quotes found (matched on their words) and how many of them have the right speaker. */
export interface SpeakerCounts {
  readonly found: number;
  readonly rightSpeaker: number;
}

function statementsMatch(
  gold: GoldStatement,
  extracted: ExtractedStatement,
  goldFacts: GoldArticle["gold"],
  facts: ExtractedFacts,
): boolean {
  if (tokenJaccard(gold.quote, extracted.quote) < QUOTE_JACCARD_THRESHOLD) return false;
  const unattributed = !extracted.speakerId && !extracted.speaker;
  if (gold.speaker === null) return unattributed;
  if (unattributed) return false;
  return sameEntity(
    goldIdentity(gold.speaker, goldFacts.entities),
    extractedIdentity(extracted.speakerId, facts.entities, extracted.speaker ?? null),
  );
}
