/**
 * The words and word pairs that can stand alone as a quote of one statement, computed at compile
 * time: a one- or two-word scare quote ("weeks", "good deal") is a highlight only if it is
 * distinctive — rare in English (./distinctive-terms.ts) and printed by one statement of the
 * corpus, no other. The run-time half (../match/lone-words.ts) also wants the speaker named.
 */
import { STOPWORDS } from "../text/word-classes.js";
import { rarityOf } from "./distinctive-terms.js";

/** A lone word must be at least this rare (0 everyday English, 1 unlisted): "weeks" never is. */
export const LONE_WORD_MIN_RARITY = 0.35;

/** Runs of one or two words that only one statement prints, with that statement's id. */
export function loneWordIndex(
  statements: ReadonlyArray<{ readonly id: string; readonly words: readonly string[] }>,
): Array<[string, string]> {
  const owner = new Map<string, string | null>();
  const note = (run: string, id: string): void => {
    const existing = owner.get(run);
    if (existing === undefined) owner.set(run, id);
    else if (existing !== id) owner.set(run, null);
  };
  for (const { id, words } of statements) {
    for (let i = 0; i < words.length; i++) {
      note(words[i]!, id);
      if (i + 1 < words.length) note(`${words[i]} ${words[i + 1]}`, id);
    }
  }
  const distinctive = (run: string): boolean =>
    run.split(" ").some((w) => !STOPWORDS.has(w) && rarityOf(w) >= LONE_WORD_MIN_RARITY);
  return [...owner]
    .filter((entry): entry is [string, string] => entry[1] !== null && distinctive(entry[0]))
    .sort((a, b) => a[0].localeCompare(b[0]));
}
