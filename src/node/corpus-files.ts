/**
 * File-system side of the corpus: reads a seeds folder for the compiler, and loads the compiled
 * corpus for the CLI, recompiling in memory when the compiled file is missing or stale (its source
 * hash differs from the seeds'), so `npm run scan` is right straight after a fresh clone.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileCorpus, hashSources, type CorpusInput } from "../core/compile/compile-corpus.js";
import { CorpusError } from "../core/corpus/corpus-error.js";
import type { CompiledCorpus } from "../core/corpus/schema.js";
import { displayFileName } from "../core/corpus/display-file-name.js";
import { decodeText } from "./decode-text.js";
import { InputError } from "./input-error.js";
import { readFileBytes } from "./read-file-bytes.js";

export const MANIFEST_NAME = "corpus.json";
export const DEFAULT_SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");
export const DEFAULT_CORPUS_FILE = path.resolve(import.meta.dirname, "../../build/corpus.json");

/** A seed or the manifest is never larger than this; a long article is a few hundred kilobytes. */
export const MAX_SEED_BYTES = 16 * 1024 * 1024;

/**
 * One seed file's text, in whatever encoding it was saved (a manifest with a UTF-8 byte-order mark
 * used to be refused as invalid JSON). Regular files only, never more than {@link MAX_SEED_BYTES}:
 * a FIFO among the seeds would otherwise block the build forever.
 */
function readSeedText(seedsDir: string, name: string): string {
  try {
    return decodeText(readFileBytes(path.join(seedsDir, name), MAX_SEED_BYTES)).text;
  } catch (error) {
    if (error instanceof InputError) throw new CorpusError(name, error.message);
    throw error;
  }
}

/** The manifest and every .txt article in `seedsDir`. */
export function readSeeds(seedsDir: string): CorpusInput {
  const manifestPath = path.join(seedsDir, MANIFEST_NAME);
  if (!existsSync(manifestPath)) throw new Error(`${displayFileName(manifestPath)}: no corpus manifest`);
  const files = new Map<string, string>();
  for (const name of readdirSync(seedsDir).sort()) {
    if (name.toLowerCase().endsWith(".txt")) files.set(name, readSeedText(seedsDir, name));
  }
  return { manifestName: MANIFEST_NAME, manifestText: readSeedText(seedsDir, MANIFEST_NAME), files };
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
