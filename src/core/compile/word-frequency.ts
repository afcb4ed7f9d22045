/**
 * The background frequency of English words (data/english-word-frequency.json, from SUBTLEX-US):
 * how common a word is in everyday English, as a Zipf value (log10 of occurrences per billion
 * words: "the" 7.5, "good" 6.4, "massacre" 3.6). Compile time only: the extension never ships it.
 */
import table from "../../../data/english-word-frequency.json" with { type: "json" };

/** The Zipf value given to a word the table does not list: rarer than any word it lists. */
export const UNLISTED_ZIPF = 2;

let zipfByWord: Map<string, number> | null = null;

function loadTable(): Map<string, number> {
  const byWord = new Map<string, number>();
  for (const [tenths, words] of Object.entries(table.bands as Record<string, string>)) {
    const zipf = Number(tenths) / 10;
    for (const word of words.split(" ")) byWord.set(word, zipf);
  }
  return byWord;
}

/** The Zipf value of a normalised word (as src/core/tokenize.ts writes it). */
export function zipfOf(word: string): number {
  zipfByWord ??= loadTable();
  return zipfByWord.get(word) ?? UNLISTED_ZIPF;
}
