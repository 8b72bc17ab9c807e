const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes bytes as strict UTF-8 (a leading BOM is dropped). Invalid sequences or NUL bytes (a
 * binary file) give an error message instead of replacement characters in the text.
 */
export function decodeUtf8(bytes: Uint8Array): string | { error: string } {
  if (bytes.includes(0)) return { error: "binary file (contains NUL bytes), not text" };
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return { error: "invalid UTF-8" };
  }
}
