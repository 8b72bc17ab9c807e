/** The first line of an error's message: driver and Cypher errors run on into paragraphs and plans. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}
