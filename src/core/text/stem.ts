/**
 * Word stems (the Porter2 algorithm, wink-porter2-stemmer): "urged", "urges" and "urging" are
 * one stem, "lives" and "life" are not. The page side of soft alignment only stems — a lemmatiser
 * with its model is too heavy for the content script — so the corpus side, compiled once, expands
 * each of its words to every stem a page may print for it (see ../compile/word-keys.ts).
 */
import porter2 from "wink-porter2-stemmer";

const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** The stem of a normalised word (as ./../tokenize.ts writes it); numbers stay as they are. */
export function stemWord(word: string): string {
  if (/\d/.test(word)) return word;
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = porter2(word);
    // A page's vocabulary is bounded, but a hostile page's is not: start over rather than grow.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

/** The stems of normalised words, in order. */
export function stemWords(words: readonly string[]): string[] {
  return words.map(stemWord);
}
