import { readFileSync } from "node:fs";

/**
 * CPU seconds (user + system) another process has used so far, read from Linux's
 * `/proc/<pid>/stat`; null where there is no /proc. The bench reads the embedded Neo4j's with it:
 * on a shared machine, CPU per article says what a run cost when articles/s only says what it got.
 */
export function processCpuSeconds(pid: number): number | null {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: utime is the 14th field, stime the 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Linux's USER_HZ, the unit of /proc's CPU times: 100 on every mainstream architecture. */
const CLOCK_TICKS_PER_SECOND = 100;
