import { createHash } from "node:crypto";
import { foldCase } from "./fold-case.js";

/**
 * A deterministic id from an event's or statement's defining parts: the first 24 hex digits of
 * the SHA-256 of the parts joined by a newline, behind a kind prefix ("evt-…", "stmt-…"). Pure
 * computation: the same parts give the same id in any article and any run.
 */
export function stableId(prefix: string, parts: readonly string[]): string {
  return `${prefix}-${createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 24)}`;
}

/** Collapses case, quote marks, punctuation and spacing, so a quote reprinted with other typography hashes the same. */
export function normalizeQuote(quote: string): string {
  return foldCase(quote)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
