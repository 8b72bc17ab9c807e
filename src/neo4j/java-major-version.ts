/**
 * The major version in the banner `java -version` prints on stderr, e.g. 17 for
 * `openjdk version "17.0.15" 2025-04-15` and 8 for the old `java version "1.8.0_392"` scheme;
 * null when the text holds no version (not a JVM, or a wrapper printing something else).
 */
export function javaMajorVersion(banner: string): number | null {
  const quoted = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(banner);
  if (!quoted) return null;
  const first = Number(quoted[1]);
  // Before Java 9 the major version was the second number: "1.8" is Java 8.
  return first === 1 && quoted[2] !== undefined ? Number(quoted[2]) : first;
}
