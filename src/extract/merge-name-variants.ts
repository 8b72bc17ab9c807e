import type { NewPerson } from "./find-person-names.js";
import { isFeminineSurname } from "./russian-name.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { KnownEntity } from "./types.js";

/** A person a shorter name may stand for: a new person of the article or a gazetteer person it names. */
interface FullName {
  id: string;
  /** Each way of writing the name, as lower-case words. */
  forms: string[][];
  /** The surname's dictionary form of a new person named in full («мусин» of «Дина Мусина»), and as written. */
  surname?: { lemma: string; written: string };
}

/**
 * One person, one entity: a new person whose name is the start or the end of a fuller name in the
 * article ("Kayikwamba Wagner", "Edmundo González", «Бекметов»), or one word of it ("Villarruel",
 * "Minister Retno", "Phumtham"), is that fuller name's person — a new one or a gazetteer person the
 * article names — when exactly one such person exists. Two people who share only a surname stay
 * apart unless one of them is named by it alone.
 */
export function mergeNameVariants(
  people: readonly NewPerson[],
  mentions: readonly MentionCandidate[],
  known: readonly KnownEntity[],
): { people: NewPerson[]; mentions: MentionCandidate[] } {
  const fullNames: FullName[] = [
    ...people.map((p) => ({
      id: p.id,
      forms: [wordsOf(p.name), wordsOf(p.nativeName)],
      ...(p.nativeName.includes(" ")
        ? { surname: { lemma: p.surname, written: p.nativeName.split(" ").at(-1)! } }
        : {}),
    })),
    ...known.map((k) => ({ id: k.id, forms: [k.name, ...k.aliases].map(wordsOf) })),
  ];
  const owners = new Map<string, string>();
  for (const person of people) {
    const short = [wordsOf(person.name), wordsOf(person.nativeName)];
    const candidates = new Set(
      fullNames
        .filter(
          (full) =>
            full.id !== person.id && (short.some((s) => standsFor(s, full.forms)) || sameSurname(person, full.surname)),
        )
        .map((f) => f.id),
    );
    if (candidates.size === 1) owners.set(person.id, [...candidates][0]!);
  }
  const ownerOf = (id: string): string => {
    const seen = new Set<string>();
    while (owners.has(id) && !seen.has(id)) id = owners.get((seen.add(id), id))!;
    return id;
  };
  return {
    people: people.filter((p) => ownerOf(p.id) === p.id),
    mentions: mentions.map((m) => ({ ...m, entityId: ownerOf(m.entityId) })),
  };
}

/**
 * «Мусина» alone is «Дина Мусина»: a one-word name whose surname's dictionary form is a full name's,
 * unless it is a woman's and the full name a man's («Гасанова» is not «Рамиль Гасанов»).
 */
function sameSurname(person: NewPerson, surname: FullName["surname"]): boolean {
  if (surname === undefined || person.nativeName.includes(" ") || person.surname !== surname.lemma) return false;
  // A masculine form may be a woman's surname read in another case; a feminine one is no man's.
  return !isFeminineSurname(person.nativeName) || isFeminineSurname(surname.written);
}

function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/\s+/u).filter(Boolean);
}

/** `short` is a shorter form of one of `forms`: its start, its end, or (one word) any word of it. */
function standsFor(short: readonly string[], forms: readonly (readonly string[])[]): boolean {
  return forms.some((form) => {
    if (form.length <= short.length) return false;
    if (short.length === 1) return form.includes(short[0]!);
    const start = form.slice(0, short.length);
    const end = form.slice(form.length - short.length);
    return same(start, short) || same(end, short);
  });
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}
