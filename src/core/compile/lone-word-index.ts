/**
 * The words and word pairs that can stand alone as a quote of one statement, computed at compile
 * time: a one- or two-word scare quote ("weeks", "good deal") is a highlight only if it is
 * distinctive — rare in English (./distinctive-terms.ts) and printed by one statement of the
 * corpus, no other. The run-time half (../match/lone-words.ts) also wants the speaker named.
 */
import { stemWord } from "../text/stem.js";
import { STOPWORDS } from "../text/word-classes.js";
import { rarityOf } from "./distinctive-terms.js";

/** A lone word must be at least this rare (0 everyday English, 1 unlisted): "weeks" never is. */
export const LONE_WORD_MIN_RARITY = 0.35;

/** The key of a run by its stems: "~deepli regret" for "deeply regrets". */
export function stemKey(words: readonly string[]): string {
  return `~${words.map(stemWord).join(" ")}`;
}

/**
 * Runs of one or two words that only one statement prints, with that statement's id: keyed by the
 * words, and by their stems ({@link stemKey}: "deeply regrets" quotes "I deeply regret"), each
 * owned by one statement or none ("dictator" may be one statement's, "~dictat" shared with
 * another's "dictators").
 */
export function loneWordIndex(
  statements: ReadonlyArray<{ readonly id: string; readonly words: readonly string[] }>,
): Array<[string, string]> {
  const owner = new Map<string, string | null>();
  const distinctive = new Set<string>();
  const own = (run: string, id: string): void => {
    const existing = owner.get(run);
    if (existing === undefined) owner.set(run, id);
    else if (existing !== id) owner.set(run, null);
  };
  const note = (words: readonly string[], id: string): void => {
    const runs = [words.join(" "), stemKey(words)];
    if (words.some((w) => !STOPWORDS.has(w) && rarityOf(w) >= LONE_WORD_MIN_RARITY))
      runs.forEach((run) => distinctive.add(run));
    runs.forEach((run) => own(run, id));
  };
  for (const { id, words } of statements) {
    for (let i = 0; i < words.length; i++) {
      note([words[i]!], id);
      if (i + 1 < words.length) note([words[i]!, words[i + 1]!], id);
    }
  }
  return [...owner]
    .filter((entry): entry is [string, string] => entry[1] !== null && distinctive.has(entry[0]))
    .sort((a, b) => a[0].localeCompare(b[0]));
}
