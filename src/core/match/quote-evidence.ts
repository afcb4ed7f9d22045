/**
 * Quote evidence for story detection: a page that prints, inside quotation marks, a rare run of a
 * story's statement (../compile/rare-runs.ts), or quotes a statement at length, is quoting that
 * story — a live blog's one-line entry or a three-paragraph brief as much as a long report —
 * without waiting for an 8-word match.
 */
import { byCodeUnits } from "../common/compare.js";
import type { StoryRun } from "./load-corpus.js";
import { QUOTE_EVIDENCE_FULL_WEIGHT, RARE_RUN_WORDS } from "./tuning.js";

export { RARE_RUN_WORDS };

export interface QuoteEvidence {
  /** 0–1: how strongly the page's quotes say it is about the story. */
  readonly strength: number;
  /** The statements the page quotes: at length first, then by their rare runs. */
  readonly statementIds: string[];
  /** The rare runs found, heaviest first. */
  readonly runs: string[];
}

/**
 * The evidence of one story in a page's quotes: `runs` are the story's rare runs found in them,
 * `matched` the statements quoted at length, `reworded` the statements a quote renders in other
 * words (with the alignment's score). Each statement counts once, by its heaviest run (a
 * long match weighs in full); every further statement quoted leaves less doubt.
 */
export function quoteEvidence(
  runs: readonly StoryRun[],
  matched: readonly string[] = [],
  reworded: ReadonlyMap<string, number> = new Map(),
): QuoteEvidence {
  const best = new Map<string, number>(matched.map((id) => [id, QUOTE_EVIDENCE_FULL_WEIGHT]));
  // A reworded rendering weighs its alignment score's share of a long match.
  for (const [id, score] of reworded)
    if ((best.get(id) ?? 0) < score * QUOTE_EVIDENCE_FULL_WEIGHT)
      best.set(id, score * QUOTE_EVIDENCE_FULL_WEIGHT);
  const heaviest = new Map<string, StoryRun>();
  for (const run of runs) {
    if ((best.get(run.statementId) ?? 0) < run.weight) best.set(run.statementId, run.weight);
    if ((heaviest.get(run.run)?.weight ?? 0) < run.weight) heaviest.set(run.run, run);
  }
  // Independent pieces of evidence: each statement leaves less doubt than the one before.
  let doubt = 1;
  for (const weight of best.values()) doubt *= 1 - Math.min(1, weight / QUOTE_EVIDENCE_FULL_WEIGHT);
  const statementIds = [...best].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0])).map(([id]) => id);
  return {
    strength: Math.round((1 - doubt) * 1000) / 1000,
    statementIds,
    runs: [...heaviest.values()]
      .sort((a, b) => b.weight - a.weight || byCodeUnits(a.run, b.run))
      .map((r) => r.run),
  };
}
