/** The particles of Russian-written foreign names (names.json `russianNameParticles`), Russian → English. */
export type NameParticles = Readonly<Record<string, string>>;

/** A name word opening with a lower-case particle: «аль-Аджми», «ас-Сафи», «бин-Салман». */
export function isParticleName(word: string, particles: NameParticles): boolean {
  const particle = /^(\p{Ll}+)-\p{Lu}\p{Ll}/u.exec(word)?.[1];
  return particle !== undefined && Object.hasOwn(particles, particle);
}

/** The English spelling of a particle standing before a name part, or null for a word that is none. */
export function particleBefore(word: string, rest: string, particles: NameParticles): string | null {
  const lower = word.toLowerCase();
  return Object.hasOwn(particles, lower) && /^[-\s]\p{Lu}/u.test(rest) ? particles[lower]! : null;
}

/** A surname behind the Arabic article and a hyphen ("al-Ansari", "el-Sisi", «аль-Ансари», «ас-Сафи»): the part after it, else null. */
export function surnameWithoutArticle(surname: string): string | null {
  return ARABIC_ARTICLE.exec(surname)?.[1] ?? null;
}

/** The Arabic article as English and Russian write it, assimilated forms included («ас-», «ад-», "ash-"). */
const ARABIC_ARTICLE = /^(?:al|el|ul|as|ad|ar|at|an|az|ash|аль|эль|ас|ад|ар|ат|ан|аз|аш)-(\p{L}{3,})$/u;
