/**
 * `npm run build:corpus`: compiles seeds/ into build/corpus.json, the corpus the extension bundles.
 * Usage: tsx scripts/build-corpus.ts [SEEDS_DIR] [OUT_FILE]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compileCorpus } from "../src/core/compile/compile-corpus.js";
import { CorpusError } from "../src/core/corpus/corpus-error.js";
import { displayFileName } from "../src/core/corpus/display-file-name.js";
import { DEFAULT_CORPUS_FILE, DEFAULT_SEEDS_DIR, readSeeds } from "../src/node/corpus-files.js";

const seedsDir = path.resolve(process.argv[2] ?? DEFAULT_SEEDS_DIR);
const outFile = path.resolve(process.argv[3] ?? DEFAULT_CORPUS_FILE);
try {
  const corpus = compileCorpus(readSeeds(seedsDir));
  mkdirSync(path.dirname(outFile), { recursive: true });
  const json = JSON.stringify(corpus);
  writeFileSync(outFile, json);
  console.log(
    `corpus: ${corpus.articles.length} articles, ${corpus.quotes.length} quotes, ` +
      `${corpus.statements.length} statements, ${corpus.stories.length} stories → ` +
      `${displayFileName(path.relative(process.cwd(), outFile))} (${json.length} bytes)`,
  );
} catch (error) {
  // A CorpusError names the seed at fault; anything else at least names the folder being compiled.
  const message =
    error instanceof CorpusError
      ? error.message
      : `${displayFileName(seedsDir)}: ${(error as Error).message.split("\n")[0]}`;
  console.error(`build:corpus: ${message}`);
  process.exit(1);
}
