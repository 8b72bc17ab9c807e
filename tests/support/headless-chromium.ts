import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's chromium, driven by playwright-core (which ships no browser of its own). */
export const CHROMIUM = "/usr/bin/chromium";

/** Whether the browser tests can run here; prints how to enable them when not. */
export function hasChromium(what: string): boolean {
  const present = existsSync(CHROMIUM);
  if (!present) process.stdout.write(`${what} skipped: no ${CHROMIUM}; enable it with \`apt-get install chromium\`.\n`);
  return present;
}

/**
 * A headless Chromium with a fresh profile (so nothing remembered leaks between runs) and the
 * flags that keep it from reaching for the network (updates, sync, QUIC probes). Close it with
 * `close()`, which also removes the profile.
 */
export async function launchChromium(
  viewport = { width: 1600, height: 1000 },
): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  const profileDir = await mkdtemp(join(tmpdir(), "newsgraph-browser-test-"));
  const browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport,
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
