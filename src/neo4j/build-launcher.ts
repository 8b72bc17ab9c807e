import { spawn } from "node:child_process";
import { readdir, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createConsoleLogger, type Logger } from "../logger.js";
import { StartupError } from "../startup-error.js";
import { ensureClassArchive } from "./class-archive.js";
import { javaMajorVersion } from "./java-major-version.js";
import { locateLauncher, type LauncherFiles } from "./locate-launcher.js";

const INSTALL_HINT = "On Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven";

/**
 * Makes sure the embedded Neo4j launcher jar exists and is newer than its pom and Java sources,
 * running Maven only when it is not, so every start after the first costs a `java -version` and a
 * few `stat`s, then writes the JVM's class-data archive when the jar or Java changed
 * (class-archive.ts). Java 17+ is required to run it and Maven to build it; either missing is a
 * `StartupError` that says what to install. Maven's first run downloads Neo4j and APOC (about
 * 130 MB) into ~/.m2; later builds work offline.
 */
export async function buildLauncher(logger: Logger): Promise<LauncherFiles> {
  const files = locateLauncher();
  const javaVersion = await requireJava17();
  if (await isStale(files)) await build(files, logger);
  else logger.debug(`embedded Neo4j launcher is up to date: ${files.jar}`);
  await ensureClassArchive(files, javaVersion, logger);
  return files;
}

async function build(files: LauncherFiles, logger: Logger): Promise<void> {
  await requireMaven();
  logger.info("Building the embedded Neo4j launcher with Maven (the first build downloads about 130 MB)...");
  const startedAt = Date.now();
  // Emptied so a changed APOC version never leaves two APOC jars there. No `mvn clean`: other
  // launchers may be running from target/lib, and stale jars in lib/ are harmless because the
  // jar's manifest names its classpath file by file.
  await rm(files.pluginsDir, { recursive: true, force: true });
  await run("mvn", ["-B", "-q", "-Dstyle.color=never", "package", "-DskipTests"], files.dir);
  logger.info(`Built the embedded Neo4j launcher in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
}

/** Checks for Java 17+ and returns what `java -version` says. */
async function requireJava17(): Promise<string> {
  let banner: string;
  try {
    banner = await run("java", ["-version"]);
  } catch {
    throw new StartupError(
      `Java 17 or newer is needed to run the embedded Neo4j, and "java" was not found. ${INSTALL_HINT}`,
    );
  }
  const major = javaMajorVersion(banner);
  if (major === null || major < 17) {
    throw new StartupError(
      `Java 17 or newer is needed to run the embedded Neo4j; "java -version" says: ${firstLine(banner)}. ${INSTALL_HINT}`,
    );
  }
  return banner;
}

async function requireMaven(): Promise<void> {
  try {
    await run("mvn", ["-B", "--version"]);
  } catch {
    throw new StartupError(
      `Maven is needed to build the embedded Neo4j launcher, and "mvn" was not found. ${INSTALL_HINT}`,
    );
  }
}

/** True when the jar or the plugins folder is missing, or the pom or a Java source is newer than the jar. */
async function isStale(files: LauncherFiles): Promise<boolean> {
  const jar = await stat(files.jar).catch(() => null);
  const plugins = await readdir(files.pluginsDir).catch(() => []);
  if (!jar || !plugins.some((name) => name.startsWith("apoc-core-"))) return true;
  const inputs = [files.pom, ...(await listFiles(files.sources))];
  for (const input of inputs) {
    if ((await stat(input)).mtimeMs > jar.mtimeMs) return true;
  }
  return false;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Runs a command to completion and returns its stdout and stderr together; a non-zero exit is a
 * `StartupError` carrying the last lines, which is where Maven and Java put the reason.
 */
function run(command: string, args: string[], cwd?: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new StartupError(`"${command} ${args.join(" ")}" failed (exit ${code}):\n${lastLines(output, 20)}`));
    });
  });
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildLauncher(createConsoleLogger());
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 1;
  }
}
