/**
 * The rare runs of a story's statements, computed at compile time: runs of three words of a
 * statement that everyday English seldom strings together ("stupendous feat has", "planet earth is
 * big"), weighed by how rare their words are (../compile/distinctive-terms.ts). A page that prints
 * one inside quotation marks is quoting the story, however short the page is.
 */
import { STOPWORDS } from "../text/word-classes.js";
import { RARE_RUN_WORDS } from "../match/tuning.js";
import { rarityOf } from "./distinctive-terms.js";

/** Words in a run (match/tuning.ts). */
export const RARE_RUN_LENGTH = RARE_RUN_WORDS;
/**
 * A run counts when its words' rarities add up to at least this: one unlisted word, or two fairly
 * rare ones. 0.9 rather than 0.6 on the real-coverage set: 4 false highlights fewer for 2 spans
 * of recall ("and productive discussions" is every diplomat's phrase).
 */
export const RARE_RUN_MIN_WEIGHT = 0.9;

/** One rare run: its words joined by a space, its weight and the statement it belongs to. */
export interface RareRun {
  readonly run: string;
  readonly weight: number;
  readonly statementId: string;
}

/**
 * The rare runs of the story's statements; `names` are the words of the names the story knows
 * (its entities and speakers), which weigh nothing. A run two statements share belongs to neither: it
 * tells the story, but not which statement (the caller keeps it for story evidence only when
 * `keepShared` says so).
 */
export function rareRuns(
  statements: ReadonlyArray<{ readonly id: string; readonly words: readonly string[] }>,
  names: ReadonlySet<string> = new Set(),
): RareRun[] {
  const byRun = new Map<string, RareRun | null>();
  for (const { id, words } of statements) {
    for (let i = 0; i + RARE_RUN_LENGTH <= words.length; i++) {
      const run = words.slice(i, i + RARE_RUN_LENGTH);
      if (run.filter((w) => !STOPWORDS.has(w)).length < 2) continue;
      // A name is rare in English, but printing it is mentioning it: "emmanuel macron is" is no quote.
      const weight = run.reduce((sum, w) => sum + (names.has(w) ? 0 : rarityOf(w)), 0);
      if (weight < RARE_RUN_MIN_WEIGHT) continue;
      const key = run.join(" ");
      const existing = byRun.get(key);
      if (existing === undefined)
        byRun.set(key, { run: key, weight: Math.round(weight * 1000) / 1000, statementId: id });
      else if (existing !== null && existing.statementId !== id) byRun.set(key, null);
    }
  }
  return [...byRun.values()]
    .filter((r): r is RareRun => r !== null)
    .sort((a, b) => b.weight - a.weight || a.run.localeCompare(b.run));
}
