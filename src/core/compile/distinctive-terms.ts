/**
 * A story's distinctive words: the words its articles use that everyday English does not.
 * Frequency within two articles alone cannot tell "Chandrayaan" from "good", "adding" or
 * "following" (each appears a few times in both); weighing every word by how rare it is in a
 * background table of English (see ./word-frequency.ts) can. Reporting verbs ("adding",
 * "noting"), the words of news itself ("said", "officials") and the outlets' own names ("CNN") are
 * the register of every story and never count.
 */
import { WORD_LISTS } from "../attribution/lexicons.js";
import { UNLISTED_ZIPF, zipfOf } from "./word-frequency.js";

/** Words whose Zipf value is at least this are everyday English and never distinctive. */
export const EVERYDAY_ZIPF = 5;
/** How many terms a story keeps; detection weighs the first ones most. */
export const STORY_TERM_COUNT = 40;

const REGISTER_WORDS = new Set([
  ...WORD_LISTS.stopwords.entries,
  ...WORD_LISTS["cue-verbs"].entries,
  ...WORD_LISTS["news-words"].entries,
  ...WORD_LISTS["capitalised-stopwords"].entries,
]);

/** 0 for everyday English, 1 for a word the background table does not list. */
export function rarityOf(word: string): number {
  const zipf = zipfOf(word);
  return Math.max(0, Math.min(1, (EVERYDAY_ZIPF - zipf) / (EVERYDAY_ZIPF - UNLISTED_ZIPF)));
}

/** Whether a word can be a story term at all: a content word of three or more letters. */
export function isTermCandidate(word: string): boolean {
  return word.length >= 3 && !/^\d/.test(word) && !REGISTER_WORDS.has(word);
}

/**
 * The story's distinctive terms, most distinctive first, with weights in (0, 1]. `articles` are
 * the normalised words of each of the story's articles (title and body); `excluded` words never
 * count (the corpus outlets' names). A term's weight grows with how many of the articles use it,
 * how often, and how rare it is in English.
 */
export function distinctiveTerms(
  articles: ReadonlyArray<readonly string[]>,
  excluded: ReadonlySet<string> = new Set(),
  count = STORY_TERM_COUNT,
): Array<[string, number]> {
  const occurrences = new Map<string, number>();
  const articlesUsing = new Map<string, number>();
  for (const words of articles) {
    const seen = new Set<string>();
    for (const word of words) {
      if (!isTermCandidate(word) || excluded.has(word)) continue;
      occurrences.set(word, (occurrences.get(word) ?? 0) + 1);
      if (!seen.has(word)) articlesUsing.set(word, (articlesUsing.get(word) ?? 0) + 1);
      seen.add(word);
    }
  }
  const scored: Array<[string, number]> = [];
  for (const [word, n] of occurrences) {
    const rarity = rarityOf(word);
    if (rarity === 0) continue;
    const share = articlesUsing.get(word)! / articles.length;
    scored.push([word, share * Math.log(1 + n) * rarity]);
  }
  scored.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = scored.slice(0, count);
  const max = top[0]?.[1] ?? 1;
  return top.map(([word, weight]) => [word, Math.round((weight / max) * 1000) / 1000]);
}
