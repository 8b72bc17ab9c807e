import type { RoleMention } from "./find-role-mentions.js";
import { isCyrillic, withoutPossessive } from "./token-shape.js";
import { distance } from "fastest-levenshtein";
import { foldCase } from "./fold-case.js";
import { tokenIndices } from "./token-indices.js";
import type { NewPerson } from "./find-person-names.js";
import { entityTypeOf, type FoundEntity } from "./found-entity.js";
import { isFeminineSurname } from "./russian-name.js";
import { isWordOfAliases } from "./alias-words.js";
import { isCaseOf } from "./name-nominative.js";
import { surnameWithoutArticle } from "./name-particles.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { Entity, ExtractionResources, KnownEntity } from "./types.js";

/** The outcome of linking: entities for the output and every linked token span for later stages. */
export interface LinkedEntities {
  entities: Entity[];
  mentions: MentionCandidate[];
}

/**
 * Turns candidate spans into entities. A surname on its own («Токаев») links to the person named in
 * full (or by role) elsewhere in the article, else to the only gazetteer person with that surname;
 * an ambiguous surname is dropped. Surnames of people found by find-person-names link the same way.
 * A role directly followed by a name («президент Казахстана Касым-Жомарт Токаев») is that person,
 * whatever the gazetteer says about the office. Entities come out in order of first mention.
 */
export function linkEntities(
  text: string,
  tokens: readonly Token[],
  aliasGroups: readonly MentionCandidate[][],
  roles: readonly RoleMention[],
  newPeople: { people: readonly NewPerson[]; mentions: readonly MentionCandidate[] },
  found: { entities: readonly FoundEntity[]; mentions: readonly MentionCandidate[] },
  resources: ExtractionResources,
): LinkedEntities {
  const direct = [
    ...aliasGroups.filter((g) => g.length === 1 && g[0]!.source === "alias").map((g) => g[0]!),
    ...newPeople.mentions,
    ...found.mentions,
  ];
  const titles = new Set(
    [...resources.lexicon.personTitles.ru, ...resources.lexicon.personTitles.en].map((title) => title.toLowerCase()),
  );
  const isPerson = (m: MentionCandidate) =>
    m.source === "person-name" || entityTypeOf(m.entityId, resources) === "PERSON";
  const roleMentions = roles.flatMap((role) =>
    roleCandidate(role, direct, isNested(tokens[role.first - 1], titles), tokens, isPerson),
  );
  const named = new Set([...direct, ...roleMentions].map((m) => m.entityId));
  // A word of a name the article gives someone it names is theirs ("Mao" after "Mao Ning"), not a gazetteer person's.
  const localNameWords = new Set(newPeople.people.flatMap((p) => p.name.toLowerCase().split(/\s+/u)));
  const surnames = aliasGroups
    .filter((g) => g[0]!.source === "surname")
    .flatMap((g) => pickSurname(g, named, tokens, resources, localNameWords));
  const covered = new Set([...direct, ...surnames].flatMap(tokenIndices));
  const localSurnames = newPeople.people.flatMap((person) => surnameMentions(tokens, person, covered));
  const unknown = new Map([...newPeople.people, ...found.entities].map((e) => [e.id, e]));
  const firstNames = firstNameMentions(
    tokens,
    [...direct, ...roleMentions],
    new Set([...covered, ...localSurnames.map((m) => m.first)]),
    (id) => {
      const entity = resources.entities.get(id) ?? unknown.get(id);
      return entity ? [entity.name, ...entity.aliases] : [];
    },
    resources,
  );
  const mentions = [...direct, ...roleMentions, ...surnames, ...localSurnames, ...firstNames].sort(
    (a, b) => a.first - b.first || a.last - b.last,
  );
  return { entities: toEntities(text, tokens, mentions, unknown, resources), mentions };
}

/**
 * A role nested in another title («помощник президента России Владимир Мединский», "an adviser to
 * the President of Kazakhstan") is the office holder; the name beside it is the outer title's.
 */
function isNested(before: Token | undefined, titles: ReadonlySet<string>): boolean {
  return before !== undefined && before.analysis.lemmas.some((lemma) => titles.has(lemma));
}

/** A role names the person written right after it in its sentence («президент России Владимир Путин»), else its holder. */
function roleCandidate(
  role: RoleMention,
  direct: readonly MentionCandidate[],
  nested: boolean,
  tokens: readonly Token[],
  isPerson: (mention: MentionCandidate) => boolean,
): MentionCandidate[] {
  const apposition = nested
    ? undefined
    : direct.find((m) => m.first === role.last + 1 && tokens[m.first]!.sentence === tokens[role.last]!.sentence);
  const entityId = apposition && isPerson(apposition) ? apposition.entityId : role.holderId;
  return entityId ? [{ first: role.first, last: role.last, entityId, source: "role" }] : [];
}

/**
 * A surname names the person already named in the article; failing that, the only gazetteer person
 * with it — but only for a Russian word az tags as a surname, a word after initials («Х.Фидан»), or
 * an English word of four letters or more that is no ordinary word, given name, month or demonym
 * ("Kishida", not "May", "Trump" or "Mao") and stands alone.
 */
function pickSurname(
  group: readonly MentionCandidate[],
  named: ReadonlySet<string>,
  tokens: readonly Token[],
  resources: ExtractionResources,
  localNameWords: ReadonlySet<string>,
): MentionCandidate[] {
  const token = tokens[group[0]!.first]!;
  const mentioned = group.filter((m) => named.has(m.entityId));
  // «Кристина Герасимов» is not Valery Gerasimov, nor «Марина Силва» Lula da Silva named before:
  // another first name stands before the surname.
  if (mentioned.length === 1 && !afterFirstName(tokens, token, resources.entities.get(mentioned[0]!.entityId)))
    return [mentioned[0]!];
  const variant = withFirstNameVariant(group, tokens, resources);
  if (variant) return [variant];
  if (localNameWords.has(withoutPossessive(token.text).toLowerCase())) return [];
  if (afterFirstName(tokens, token, resources.entities.get(group[0]!.entityId))) return [];
  const taggedSurname =
    token.analysis.properTags.has("Surn") ||
    token.initials !== undefined ||
    isEnglishSurname(tokens, token, resources, inOffice(resources.entities.get(group[0]!.entityId)));
  if (group.length !== 1 || !taggedSurname) return [];
  // «Гасанова» alone may be a woman the gazetteer does not know rather than a man it does, in the
  // genitive — unless the article also writes his surname as a man's («Путин», «Путиным»).
  const lemma = token.analysis.nameLemma;
  const hisFormElsewhere = tokens.some(
    (t) => t !== token && lemma !== null && t.analysis.lemmas.includes(lemma) && !isFeminineSurname(t.text),
  );
  const womansForm = isFeminineSurname(token.text) && !hisFormElsewhere;
  return womansForm && resources.entities.get(group[0]!.entityId)?.gender === "m" ? [] : [group[0]!];
}

/**
 * A gazetteer person's surname after a first name spelt a letter or two otherwise than the
 * gazetteer spells it («Налиди Пандор» for «Наледи Пандор»): that person, named in full. Only when
 * one person of the surname fits.
 */
function withFirstNameVariant(
  group: readonly MentionCandidate[],
  tokens: readonly Token[],
  resources: ExtractionResources,
): MentionCandidate | null {
  const surname = tokens[group[0]!.first]!;
  const before = capitalisedWordBefore(tokens, surname);
  if (!before) return null;
  const fits = group.filter((m) =>
    (resources.entities.get(m.entityId)?.aliases ?? []).some((alias) => {
      const words = alias.split(" ");
      const first = foldCase(words[0]!);
      const written = foldCase(before.text);
      return (
        words.length === 2 &&
        foldCase(words[1]!) === foldCase(surname.text) &&
        first !== written &&
        distance(first, written) <= Math.max(1, Math.floor(first.length / 4))
      );
    }),
  );
  return fits.length === 1 ? { ...fits[0]!, first: before.index, source: "alias" } : null;
}

/**
 * An English word alone that is a gazetteer person's surname: capitalised, four letters or more, no
 * month, day or given name, and no ordinary word unless the person holds an office now ("Trump"
 * is the president; "May" and "Brown" are words).
 */
function isEnglishSurname(
  tokens: readonly Token[],
  token: Token,
  resources: ExtractionResources,
  holdsOffice: boolean,
): boolean {
  const word = withoutPossessive(token.text).toLowerCase();
  const { common, givenNames, notNames } = resources.englishWords;
  if (!/^\p{Lu}\p{Ll}/u.test(token.text) || isCyrillic(token)) return false;
  // Short surnames are shared by millions ("Mao", "Kim", "Ali").
  if (word.length <= 3 || notNames.has(word) || givenNames.has(word) || (common.has(word) && !holdsOffice))
    return false;
  // A word beside another capitalised one is part of some other name ("Camila Ortega").
  const beside = [tokens[token.index - 1], tokens[token.index + 1]];
  return !beside.some((t) => t?.sentence === token.sentence && /^\p{Lu}/u.test(t.text));
}

function inOffice(entity: KnownEntity | undefined): boolean {
  return entity?.offices.some((office) => office.to === null) ?? false;
}

function surnameMentions(
  tokens: readonly Token[],
  person: NewPerson,
  covered: ReadonlySet<number>,
): MentionCandidate[] {
  return tokens
    .filter((t) => !covered.has(t.index) && /\p{Lu}/u.test(t.text) && isSurnameForm(t, person.surname))
    .map((t) => ({ first: t.index, last: t.index, entityId: person.id, source: "surname" as const }));
}

/** Whether a capitalised first name that is no word of the person's own names stands right before `token` in its sentence. */
function afterFirstName(tokens: readonly Token[], token: Token, person: KnownEntity | undefined): boolean {
  const before = capitalisedWordBefore(tokens, token);
  return (
    before !== null &&
    !isWordOfAliases(before, person?.aliases ?? []) &&
    before.end + 1 === token.start &&
    before.analysis.nameParses.some((p) => p.tag === "Name" && p.inDictionary)
  );
}

/** The word right before `token` in its sentence when it is written like a name (a capital, then lower case). */
function capitalisedWordBefore(tokens: readonly Token[], token: Token): Token | null {
  const before = tokens[token.index - 1];
  return before && before.sentence === token.sentence && /^\p{Lu}\p{Ll}/u.test(before.text) ? before : null;
}

/**
 * az's lemmas miss the cases of a foreign name it does not know («Кихары» of Кихара); news drops
 * the article of an Arabic surname standing alone ("Harbi" of al-Harbi).
 */
function isSurnameForm(token: Token, surname: string): boolean {
  const bare = surnameWithoutArticle(surname);
  return (
    token.analysis.lemmas.includes(surname) ||
    isCaseOf(token.text, surname) ||
    (bare !== null && token.analysis.lemmas.includes(bare))
  );
}

/**
 * A person named in full, then by the first word of the name alone, as news names Ethiopian,
 * Indonesian and Thai leaders ("Abiy said", "Prabowo told supporters", «Сам Пурбая уверяет»): that
 * word, in any case, links to the person when it is no ordinary word, common given name or word of
 * the Russian dictionary, and begins no other person's name in the article.
 */
function firstNameMentions(
  tokens: readonly Token[],
  named: readonly MentionCandidate[],
  covered: ReadonlySet<number>,
  namesOf: (id: string) => readonly string[],
  resources: ExtractionResources,
): MentionCandidate[] {
  const { common, givenNames } = resources.englishWords;
  const people = new Map<string, string[]>();
  for (const mention of named) {
    if (!mention.entityId.startsWith("kg:person:") && resources.entities.get(mention.entityId)?.type !== "PERSON")
      continue;
    for (const name of namesOf(mention.entityId)) {
      const words = name.split(" ");
      if (words.length < 2) continue;
      const ids = people.get(words[0]!) ?? [];
      if (!ids.includes(mention.entityId)) ids.push(mention.entityId);
      people.set(words[0]!, ids);
    }
  }
  const idsOf = (token: Token) => {
    const word = withoutPossessive(token.text);
    if (!isCyrillic(token))
      return common.has(word.toLowerCase()) || givenNames.has(word.toLowerCase()) ? undefined : people.get(word);
    if (token.analysis.inDictionary) return undefined;
    return [...people].find(([first]) => first === word || isCaseOf(word, foldCase(first)))?.[1];
  };
  return tokens.flatMap((token) => {
    const ids = idsOf(token);
    if (!ids || ids.length !== 1 || covered.has(token.index)) return [];
    return [{ first: token.index, last: token.index, entityId: ids[0]!, source: "surname" as const }];
  });
}

function toEntities(
  text: string,
  tokens: readonly Token[],
  mentions: readonly MentionCandidate[],
  unknown: ReadonlyMap<string, FoundEntity>,
  resources: ExtractionResources,
): Entity[] {
  const byId = new Map<string, Entity>();
  for (const mention of mentions) {
    const entity = byId.get(mention.entityId) ?? newEntity(mention.entityId, unknown, resources);
    if (!entity) continue;
    byId.set(entity.id, entity);
    const start = tokens[mention.first]!.start;
    const end = tokens[mention.last]!.end;
    if (entity.mentions.some((m) => m.start === start && m.end === end)) continue;
    entity.mentions.push({ start, end, text: text.slice(start, end), sentence: tokens[mention.first]!.sentence });
  }
  for (const entity of byId.values()) entity.mentions.sort((a, b) => a.start - b.start);
  return [...byId.values()];
}

function newEntity(
  id: string,
  unknown: ReadonlyMap<string, FoundEntity>,
  resources: ExtractionResources,
): Entity | null {
  const known = resources.entities.get(id);
  if (known)
    return {
      id,
      type: known.type,
      name: known.name,
      wikidata: known.wikidata,
      aliases: [...known.aliases],
      mentions: [],
    };
  const found = unknown.get(id);
  return found
    ? { id, type: found.type, name: found.name, wikidata: null, aliases: [...found.aliases], mentions: [] }
    : null;
}
