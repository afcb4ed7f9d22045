/**
 * File-system side of the corpus: reads a seeds folder for the compiler, and loads the compiled
 * corpus for the CLI, recompiling in memory when the compiled file is missing or stale (its source
 * hash differs from the seeds'), so `npm run scan` is right straight after a fresh clone.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileCorpus, hashSources, type CorpusInput } from "../core/compile-corpus.js";
import type { CompiledCorpus } from "../core/corpus-types.js";

export const MANIFEST_NAME = "corpus.json";
export const DEFAULT_SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");
export const DEFAULT_CORPUS_FILE = path.resolve(import.meta.dirname, "../../build/corpus.json");

/** The manifest and every .txt article in `seedsDir`. */
export function readSeeds(seedsDir: string): CorpusInput {
  const manifestPath = path.join(seedsDir, MANIFEST_NAME);
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath}: no corpus manifest`);
  const files = new Map<string, string>();
  for (const name of readdirSync(seedsDir).sort()) {
    if (name.toLowerCase().endsWith(".txt")) files.set(name, readFileSync(path.join(seedsDir, name), "utf8"));
  }
  return { manifestName: MANIFEST_NAME, manifestText: readFileSync(manifestPath, "utf8"), files };
}

/** The compiled corpus for `seedsDir`: from `corpusFile` when it is current, else compiled now. */
export function loadCompiledCorpus(
  seedsDir = DEFAULT_SEEDS_DIR,
  corpusFile = DEFAULT_CORPUS_FILE,
): CompiledCorpus {
  const input = readSeeds(seedsDir);
  if (existsSync(corpusFile)) {
    try {
      const compiled = JSON.parse(readFileSync(corpusFile, "utf8")) as CompiledCorpus;
      if (compiled.sourceHash === hashSources(input.manifestText, input.files)) return compiled;
    } catch {
      // A corrupt or partial file is rebuilt below, never trusted.
    }
  }
  return compileCorpus(input);
}
