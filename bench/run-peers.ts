/**
 * `npm run bench:peers`: other name recognisers beside our extractor, scored alike on surface forms
 * (src/eval/score-surface-entities.ts) and timed alike (loading and one warm-up article excluded),
 * on the articles of a gold folder (default seed/holdout) in one language (`--language ru`, the
 * default, or `en`). Russian: Natasha (PyPI `natasha`, its NER model ships in the wheel). English:
 * `compromise` (npm), alone and adding the names it finds to ours.
 * Python is needed only for Natasha: a virtual environment is made in bench/.peers-venv on first
 * run from bench/peers/requirements.txt. `--dir DIR` scores another folder.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readGoldArticles } from "../src/commands/read-gold-articles.js";
import { goldArticleInput, type GoldArticle } from "../src/eval/gold-schema.js";
import {
  nameClassOf,
  scoreSurfaceEntities,
  type FoundName,
  type NameClass,
  type SurfaceCounts,
} from "../src/eval/score-surface-entities.js";
import { extractArticle } from "../src/extract/index.js";
import { loadExtractionResources } from "../src/resources/load-resources.js";
import { alignColumns } from "../src/eval/align-columns.js";
import nlp from "compromise";

const VENV = join(import.meta.dirname, ".peers-venv");
const PYTHON = join(VENV, "bin", "python");

interface SystemRun {
  system: string;
  found: FoundName[][];
  seconds: number;
}

function argument(name: string, fallback: string): string {
  const flag = process.argv.indexOf(name);
  return flag >= 0 ? process.argv[flag + 1]! : fallback;
}

/** The venv with natasha, made once; a missing python3 is a clear error naming what to install. */
function ensurePython(): void {
  if (existsSync(PYTHON)) return;
  if (spawnSync("python3", ["--version"]).status !== 0) {
    throw new Error(
      "bench:peers needs python3 with venv (Debian: apt-get install python3 python3-venv); nothing else of the project does",
    );
  }
  process.stderr.write(`Making ${VENV} with natasha (first run only)...\n`);
  execFileSync("python3", ["-m", "venv", VENV], { stdio: "inherit" });
  execFileSync(
    PYTHON,
    ["-m", "pip", "install", "--quiet", "-r", join(import.meta.dirname, "peers", "requirements.txt")],
    { stdio: "inherit" },
  );
}

/** What both systems read: the title, when the text does not already open with it, then the text. */
function contentOf(article: GoldArticle): string {
  return article.title && !article.text.includes(article.title) ? `${article.title}\n\n${article.text}` : article.text;
}

function runNatasha(articles: readonly GoldArticle[]): SystemRun {
  const input = articles.map((article) => JSON.stringify({ id: article.id, text: contentOf(article) })).join("\n");
  const output = execFileSync(PYTHON, [join(import.meta.dirname, "peers", "natasha_ner.py")], {
    input,
    maxBuffer: 1 << 28,
  }).toString();
  const lines = output
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  const spans = new Map<string, FoundName[]>(
    lines
      .filter((line) => line.id)
      .map((line) => [
        line.id,
        line.spans.map((s: { type: NameClass; text: string }) => ({ nameClass: s.type, text: s.text })),
      ]),
  );
  return {
    system: "Natasha 1.6 (Slovnet NER)",
    found: articles.map((a) => spans.get(a.id) ?? []),
    seconds: lines.at(-1).seconds,
  };
}

const COMPROMISE_CLASSES: ReadonlyArray<[NameClass, (doc: ReturnType<typeof nlp>) => { text: string }[]]> = [
  ["PER", (doc) => doc.people().json()],
  ["LOC", (doc) => doc.places().json()],
  ["ORG", (doc) => doc.organizations().json()],
];

function runCompromise(articles: readonly GoldArticle[]): SystemRun {
  const find = (article: GoldArticle): FoundName[] => {
    const doc = nlp(contentOf(article));
    return COMPROMISE_CLASSES.flatMap(([nameClass, names]) =>
      names(doc).map((name) => ({ nameClass, text: name.text.replace(/[’']s$|[.,:;]$/u, "") })),
    );
  };
  find(articles[0]!);
  const started = performance.now();
  const found = articles.map(find);
  return { system: "compromise 14", found, seconds: (performance.now() - started) / 1000 };
}

/** Our names plus those the other system finds where ours found none of its words. */
function union(ours: SystemRun, other: SystemRun): SystemRun {
  const found = ours.found.map((names, i) => {
    const words = new Set(names.flatMap((name) => name.text.toLowerCase().split(/\s+/)));
    return [
      ...names,
      ...other.found[i]!.filter(
        (name) =>
          !name.text
            .toLowerCase()
            .split(/\s+/)
            .some((word) => words.has(word)),
      ),
    ];
  });
  return { system: `${ours.system} + ${other.system}`, found, seconds: ours.seconds + other.seconds };
}

async function runOurs(articles: readonly GoldArticle[]): Promise<SystemRun> {
  const resources = await loadExtractionResources("seed");
  const extract = (article: GoldArticle) => {
    return extractArticle({ ...goldArticleInput(article), text: contentOf(article), title: null }, resources);
  };
  extract(articles[0]!); // untimed, as on Natasha's side
  const started = performance.now();
  const found = articles.map((article) =>
    extract(article).entities.flatMap((entity) =>
      entity.mentions.map((mention) => ({ nameClass: nameClassOf(entity.type), text: mention.text })),
    ),
  );
  return { system: "Newsgraph extractor", found, seconds: (performance.now() - started) / 1000 };
}

function row(run: SystemRun, articles: readonly GoldArticle[], megabytes: number): string[] {
  const total = articles.reduce<SurfaceCounts>(
    (sum, article, i) => {
      const c = scoreSurfaceEntities(article.gold, run.found[i]!);
      return {
        gold: sum.gold + c.gold,
        goldFound: sum.goldFound + c.goldFound,
        names: sum.names + c.names,
        namesRight: sum.namesRight + c.namesRight,
      };
    },
    { gold: 0, goldFound: 0, names: 0, namesRight: 0 },
  );
  const precision = total.names === 0 ? 1 : total.namesRight / total.names;
  const recall = total.gold === 0 ? 1 : total.goldFound / total.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [
    run.system,
    String(total.gold),
    String(total.goldFound),
    ...[precision, recall, f1].map((rate) => rate.toFixed(3)),
    (articles.length / run.seconds).toFixed(1),
    (megabytes / run.seconds).toFixed(2),
  ];
}

async function main(): Promise<void> {
  const dir = argument("--dir", "seed/holdout");
  const language = argument("--language", "ru");
  const languageName = language === "en" ? "English" : "Russian";
  const articles = (await readGoldArticles(dir)).filter((article) => article.language === language);
  if (articles.length === 0) throw new Error(`${dir} holds no ${languageName} articles`);
  const megabytes = articles.reduce((sum, article) => sum + Buffer.byteLength(contentOf(article)), 0) / 1e6;
  const ours = await runOurs(articles);
  let runs: SystemRun[];
  if (language === "en") {
    const compromise = runCompromise(articles);
    runs = [compromise, ours, union(ours, compromise)];
  } else {
    ensurePython();
    runs = [runNatasha(articles), ours];
  }
  const header = ["system", "gold entities", "found", "precision", "recall", "F1", "articles/s", "MB/s"];
  process.stdout.write(
    `Entities on the ${articles.length} ${languageName} articles of ${dir} (${(megabytes * 1000).toFixed(0)} KB), scored on surface forms; one core\n\n`,
  );
  process.stdout.write(`${alignColumns([header, ...runs.map((run) => row(run, articles, megabytes))])}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`error: ${error.message}\n`);
  process.exitCode = 1;
});
