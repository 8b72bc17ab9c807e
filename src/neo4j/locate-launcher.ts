import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { StartupError } from "../startup-error.js";

/** Where the Java launcher's Maven project and its build output live. */
export interface LauncherFiles {
  /** The Maven project, `<repo>/neo4j`. */
  dir: string;
  pom: string;
  /** Java sources; a change here (or in the pom) makes the jar stale. */
  sources: string;
  /** The runnable jar; its manifest puts `lib/*.jar` beside it on the classpath. */
  jar: string;
  /** APOC's jars, handed to Neo4j as its plugin directory. */
  pluginsDir: string;
  /** The JVM's class-data archive of a launcher start (class-archive.ts), and the `java -version` it was written by. */
  classArchive: string;
  classArchiveJava: string;
}

/**
 * Finds `neo4j/pom.xml` by walking up from this module, so the same code works from `src/`
 * under tsx and from `dist/src/` after `tsc` without a configured path.
 */
export function locateLauncher(from: string = dirname(fileURLToPath(import.meta.url))): LauncherFiles {
  for (let dir = from; ; dir = dirname(dir)) {
    const project = join(dir, "neo4j");
    if (existsSync(join(project, "pom.xml"))) return launcherFilesIn(project);
    if (dirname(dir) === dir) break;
  }
  throw new StartupError(`Cannot find the embedded Neo4j launcher (neo4j/pom.xml) above ${from}`);
}

function launcherFilesIn(dir: string): LauncherFiles {
  const target = join(dir, "target");
  return {
    dir,
    pom: join(dir, "pom.xml"),
    sources: join(dir, "src"),
    jar: join(target, "newsgraph-neo4j.jar"),
    pluginsDir: join(target, "plugins"),
    classArchive: join(target, "newsgraph-neo4j.jsa"),
    classArchiveJava: join(target, "newsgraph-neo4j.jsa.java"),
  };
}
