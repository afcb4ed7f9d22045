/**
 * The words and word pairs that can stand alone as a quote of one statement, computed at compile
 * time: a one- or two-word scare quote ("weeks", "good deal") is a highlight only if it is
 * distinctive — rare in English (./distinctive-terms.ts) and printed by one statement of the
 * corpus, no other. The run-time half (../match/lone-words.ts) also wants the speaker named.
 */
import { stemKey } from "../match/lone-words.js";
import { STOPWORDS } from "../text/word-classes.js";
import { rarityOf } from "./distinctive-terms.js";

/**
 * A run printed by more statements than this is the story's common stock ("Kursk"), not one
 * statement's word: the speaker named in the sentence picks among at most this many.
 */
export const LONE_RUN_MAX_STATEMENTS = 3;

/**
 * A lone word, or a pair (their rarities added, names counting nothing), must be at least this
 * rare (0 everyday English, 1 unlisted): "weeks" never is; "deeply regret" (0.27 + 0.2) is.
 */
export const LONE_WORD_MIN_RARITY = 0.3;

/**
 * Runs of one or two distinctive words and the few statements that print them: keyed by the
 * words, and by their stems ({@link stemKey}: "deeply regrets" quotes "I deeply regret"), a stem
 * key only where the run time cannot derive it from the word keys. The
 * words of `names` (the story's entities and speakers) make no run distinctive.
 */
export function loneWordIndex(
  statements: ReadonlyArray<{ readonly id: string; readonly words: readonly string[] }>,
  names: ReadonlySet<string> = new Set(),
): Array<[string, string[]]> {
  const owners = new Map<string, Set<string>>();
  const distinctive = new Set<string>();
  const note = (words: readonly string[], id: string): void => {
    const runs = [words.join(" "), stemKey(words)];
    // A name alone ("Sutskever") is a mention, not a quote.
    const rarity = words.reduce((sum, w) => sum + (STOPWORDS.has(w) || names.has(w) ? 0 : rarityOf(w)), 0);
    if (rarity >= LONE_WORD_MIN_RARITY) runs.forEach((run) => distinctive.add(run));
    for (const run of runs) owners.set(run, (owners.get(run) ?? new Set()).add(id));
  };
  for (const { id, words } of statements) {
    for (let i = 0; i < words.length; i++) {
      note([words[i]!], id);
      if (i + 1 < words.length) note([words[i]!, words[i + 1]!], id);
      // Two content words with function words between: an outlet quotes "avoid catastrophe" of
      // "avoid a catastrophe", "coexist peace" never, but "coexist peacefully" in other words.
      if (STOPWORDS.has(words[i]!)) continue;
      let j = i + 1;
      while (j < words.length && j - i <= 3 && STOPWORDS.has(words[j]!)) j++;
      if (j > i + 1 && j < words.length && j - i <= 3) note([words[i]!, words[j]!], id);
    }
  }
  const kept = (run: string, ids: ReadonlySet<string>): boolean =>
    distinctive.has(run) && ids.size <= LONE_RUN_MAX_STATEMENTS;
  // The stem keys the run time derives from the word keys (../match/load-corpus.ts loneRunsOf):
  // shipped only where they say something else, or nothing (an empty list: too common a stem).
  const derived = new Map<string, Set<string>>();
  for (const [run, ids] of owners)
    if (!run.startsWith("~") && kept(run, ids)) {
      const key = stemKey(run.split(" "));
      derived.set(key, new Set([...(derived.get(key) ?? []), ...ids]));
    }
  const sameIds = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
    a.size === b.size && [...a].every((id) => b.has(id));
  const entries: Array<[string, string[]]> = [];
  for (const [run, ids] of owners) {
    if (!run.startsWith("~")) {
      if (kept(run, ids)) entries.push([run, [...ids].sort()]);
      continue;
    }
    const implied = derived.get(run);
    if (kept(run, ids) && !(implied && sameIds(implied, ids))) entries.push([run, [...ids].sort()]);
    else if (!kept(run, ids) && implied) entries.push([run, []]);
  }
  return entries.sort((a, b) => a[0].localeCompare(b[0]));
}
