import { transliterate } from "transliteration";

/** Lower-case ASCII words joined by hyphens, as entity ids use ("Jane O'Doe" → jane-o-doe). */
export function slugOf(name: string): string {
  return transliterate(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
