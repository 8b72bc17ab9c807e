/**
 * A failure a person can fix before retrying (a port in use, Java missing, wrong Neo4j
 * credentials). The CLI prints its message as one line, without a stack, and exits non-zero.
 */
export class StartupError extends Error {
  override readonly name = "StartupError";
}
