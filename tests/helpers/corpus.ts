/** The seeds' corpus, compiled once per test file. */
import { compileCorpus } from "../../src/core/compile/compile-corpus.js";
import type { CompiledCorpus } from "../../src/core/corpus/schema.js";
import { loadCorpus, type LoadedCorpus } from "../../src/core/match/load-corpus.js";
import { DEFAULT_SEEDS_DIR, readSeeds } from "../../src/node/corpus-files.js";

let compiled: CompiledCorpus | undefined;
let loaded: LoadedCorpus | undefined;

export function seedCorpus(): CompiledCorpus {
  compiled ??= compileCorpus(readSeeds(DEFAULT_SEEDS_DIR));
  return compiled;
}

export function loadedSeedCorpus(): LoadedCorpus {
  loaded ??= loadCorpus(seedCorpus());
  return loaded;
}

export const STORY_ID = "2025-03-14-trump-says-us-had-productive-discussions";
