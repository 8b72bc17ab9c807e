/**
 * The logging surface every part of Newsgraph takes as an argument; the entry point creates
 * one and passes it down, so library code never writes to the console on its own.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Logs to stderr (stdout stays clean for JSON output); debug lines only when `verbose`. */
export function createConsoleLogger(options: { verbose?: boolean } = {}): Logger {
  const write = (line: string) => process.stderr.write(`${line}\n`);
  return {
    debug: (message) => {
      if (options.verbose) write(`debug: ${message}`);
    },
    info: (message) => write(message),
    warn: (message) => write(`warning: ${message}`),
    error: (message) => write(`error: ${message}`),
  };
}

/** A logger that drops everything; for tests and benchmarks. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
