import { stat } from "node:fs/promises";
import { Command } from "commander";
import { listGoldFiles, readGoldFile } from "./read-gold-articles.js";

/**
 * `kg gold-check PATH...`: validates gold files (docs/CONTRACTS.md contract 2) without running the
 * extractor, so an annotator can check a new article before anything has seen it. A directory
 * stands for its `*.json` files. Every bad file is listed with its problems; the exit code is 1
 * when there is any, and article ids must be unique across everything checked.
 */
export function goldCheckCommand(): Command {
  return new Command("gold-check")
    .description("validate annotated articles without running the extractor")
    .argument("<paths...>", "gold *.json files or directories of them")
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const files = (await Promise.all(paths.map(expand))).flat();
      const ids = new Map<string, string>();
      const problems: string[] = [];
      for (const file of files) {
        try {
          const article = await readGoldFile(file);
          const other = ids.get(article.id);
          if (other) problems.push(`${file}: id "${article.id}" is also the id of ${other}`);
          ids.set(article.id, file);
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
      if (problems.length > 0) command.error(problems.join("\n"));
      process.stdout.write(`${files.length} gold files valid\n`);
    });
}

async function expand(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (info === null) throw new Error(`${path} does not exist`);
  return info.isDirectory() ? listGoldFiles(path) : [path];
}
