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
