import type { FoundEntity } from "./found-entity.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import { slugOf } from "./slug-of.js";
import { transliterateRussian } from "./transliterate-russian.js";
import type { ExtractionResources } from "./types.js";

/** The longest quoted name read as an organisation's («Информационное агентство «Восточный телеграф»»). */
const MAX_NAME_WORDS = 4;
/** A quoted name right after its head noun: «агентство «Полушарие»», «партия «Чега»». */
const QUOTED_NAME = /^\s*[«"„“]([^«»"„“”\n]+)[»"“”]/u;

/**
 * Organisations Russian text names in quotation marks after a noun saying what they are
 * (names.json `quotedNameHeads`): an outlet («агентства «Полушарие»», «газета «Восточный
 * вестник»») whatever its name, another body («партия «Чега»», «движение ПАСТЕФ») only with a
 * one-word or acronym name, since a descriptive one («Гражданская революция») has an English name
 * of its own that no rule gives. The English name is the transliteration.
 */
export function findQuotedOrganizations(
  text: string,
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
  resources: ExtractionResources,
): { entities: FoundEntity[]; mentions: MentionCandidate[] } {
  const heads = resources.lexicon.names.quotedNameHeads;
  const outlets = new Set(heads.outlets);
  const others = new Set(heads.others);
  const entities = new Map<string, FoundEntity>();
  const mentions: MentionCandidate[] = [];
  for (const head of tokens) {
    const outlet = head.analysis.lemmas.some((lemma) => outlets.has(lemma));
    if (!outlet && !head.analysis.lemmas.some((lemma) => others.has(lemma))) continue;
    const quoted = QUOTED_NAME.exec(text.slice(head.end));
    const name = quoted?.[1]!.trim();
    if (!quoted || !name || !/^\p{Lu}/u.test(name)) continue;
    const words = name.split(/\s+/u);
    if (words.length > MAX_NAME_WORDS || (!outlet && words.length > 1 && !/^\p{Lu}+$/u.test(name))) continue;
    const start = head.end + quoted[0].indexOf(name);
    const span = tokens.filter((t) => t.start >= start && t.end <= start + name.length);
    if (span.length === 0 || span.some((t) => covered.has(t.index))) continue;
    const english = transliterateRussian(name);
    const entity: FoundEntity = {
      id: `kg:organization:${slugOf(english)}`,
      type: "ORGANIZATION",
      name: english,
      aliases: [...new Set([name, english])],
    };
    entities.set(entity.id, entity);
    mentions.push({ first: span[0]!.index, last: span.at(-1)!.index, entityId: entity.id, source: "outlet" });
  }
  return { entities: [...entities.values()], mentions };
}
