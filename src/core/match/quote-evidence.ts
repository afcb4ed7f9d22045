/**
 * Quote evidence for story detection: a page that prints, inside quotation marks, a rare run of a
 * story's statement (../compile/rare-runs.ts) is quoting that story — a live blog's one-line entry
 * or a three-paragraph brief as much as a long report — without waiting for an 8-word match.
 */
import { QUOTE_EVIDENCE } from "./mechanism-tuning.js";

/** A rare run as the compiled corpus ships it. */
export interface StoryRun {
  readonly run: string;
  readonly weight: number;
  readonly statementId: string;
}

export interface QuoteEvidence {
  /** 0–1: how strongly the page's quotes say it is about the story. */
  readonly strength: number;
  /** The statements whose rare runs the page quotes. */
  readonly statementIds: string[];
  /** The rare runs found, heaviest first. */
  readonly runs: string[];
}

/** The story's runs by their words, for lookups per page trigram. */
export function indexRuns(runs: readonly StoryRun[]): Map<string, StoryRun> {
  return new Map(runs.map((r) => [r.run, r]));
}

/**
 * The evidence of one story in a page's quotes. `quotes` are the normalised words inside each of
 * the page's quotation marks. Each statement counts once, by its heaviest run found; a second
 * statement quoted adds to the first.
 */
export function quoteEvidence(
  quotes: ReadonlyArray<readonly string[]>,
  runs: ReadonlyMap<string, StoryRun>,
  runLength: number,
): QuoteEvidence {
  const best = new Map<string, StoryRun>();
  for (const words of quotes) {
    for (let i = 0; i + runLength <= words.length; i++) {
      const found = runs.get(words.slice(i, i + runLength).join(" "));
      if (found && (best.get(found.statementId)?.weight ?? 0) < found.weight)
        best.set(found.statementId, found);
    }
  }
  const found = [...best.values()].sort((a, b) => b.weight - a.weight || a.run.localeCompare(b.run));
  // Independent pieces of evidence: each statement's run leaves less doubt than the one before.
  let doubt = 1;
  for (const run of found) doubt *= 1 - Math.min(1, run.weight / QUOTE_EVIDENCE.fullWeight);
  return {
    strength: Math.round((1 - doubt) * 1000) / 1000,
    statementIds: found.map((r) => r.statementId),
    runs: found.map((r) => r.run),
  };
}
