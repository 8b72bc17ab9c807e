import { mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Logger } from "../logger.js";
import { startEmbeddedNeo4j } from "./embedded-neo4j.js";
import { freePort } from "./free-port.js";
import type { LauncherFiles } from "./locate-launcher.js";

/**
 * Makes sure the launcher has an AppCDS archive (the classes a start loads, parsed and verified
 * once) that is newer than its jar and was written by this `java`: otherwise starts the launcher
 * once on a scratch store with `-XX:ArchiveClassesAtExit` and stops it. Measured on the shared
 * 2-core machine (load 6), a start to ready took 7.9–8.3 s of JVM CPU with the archive against
 * 10.3–10.9 s without (8.3–10.0 s to ready against 11.4–12.3 s). The archive is an optimisation:
 * a failure to write it is logged and starts go on without it; a JVM that cannot use it (another
 * build of Java) ignores it.
 */
export async function ensureClassArchive(files: LauncherFiles, javaVersion: string, logger: Logger): Promise<void> {
  if (await isCurrent(files, javaVersion)) return;
  logger.info("Writing the embedded Neo4j's class-data archive (one start of the launcher, once per build)...");
  const dataDir = await mkdtemp(join(tmpdir(), "newsgraph-class-archive-"));
  // Written under a name of its own and renamed: a start never maps a half-written archive.
  const written = `${files.classArchive}.${process.pid}`;
  try {
    const neo4j = await startEmbeddedNeo4j({
      dataDir,
      host: "127.0.0.1",
      port: await freePort(),
      pagecache: "64m",
      logger,
      archiveClassesTo: written,
    });
    await neo4j.stop();
    await writeFile(files.classArchiveJava, javaVersion);
    await rename(written, files.classArchive);
  } catch (error) {
    logger.warn(`The class-data archive was not written; Neo4j starts without it: ${(error as Error).message}`);
    await rm(written, { force: true });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function isCurrent(files: LauncherFiles, javaVersion: string): Promise<boolean> {
  const [archive, jar] = await Promise.all([stat(files.classArchive).catch(() => null), stat(files.jar)]);
  if (!archive || archive.mtimeMs < jar.mtimeMs) return false;
  return (await readFile(files.classArchiveJava, "utf8").catch(() => null)) === javaVersion;
}
