import { franc } from "franc-min";
import type { Language } from "./types.js";

const FRANC_CODES: Record<string, Language> = { rus: "ru", eng: "en" };

/**
 * The article's language among those the pipeline supports, by franc's trigram model restricted
 * to Russian and English. Very short or undecidable text falls back to the script: more Cyrillic
 * than Latin letters means Russian.
 */
export function detectLanguage(text: string): Language {
  const guess = franc(text.slice(0, 4000), { only: Object.keys(FRANC_CODES), minLength: 20 });
  return FRANC_CODES[guess] ?? byScript(text);
}

function byScript(text: string): Language {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > latin ? "ru" : "en";
}

/** Maps a caller-given language tag ("ru", "ru-RU", "English") to a supported one, or null. */
export function normalizeLanguage(tag: string | null | undefined): Language | null {
  const code = tag?.trim().toLowerCase().slice(0, 2);
  if (code === "ru") return "ru";
  if (code === "en") return "en";
  return null;
}
