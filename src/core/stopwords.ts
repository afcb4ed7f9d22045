import { wordSet } from "./lexicons.js";

/**
 * English function words, plus words every political news story uses. A quoted fragment made only of
 * these ("the", "we will") says nothing about which statement it is; topic terms exclude them.
 */
export const STOPWORDS = wordSet("stopwords");

/** Words too common in news to tell one story from another. */
export const NEWS_WORDS = wordSet("news-words");

/** Whether a normalised word carries content (neither a function word nor a number-only token). */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word) && !/^\d+$/.test(word);
}

/**
 * Words of the beat rather than the event: every story about a war, its diplomacy or its leaders
 * uses them, so they cannot tell this week's talks from last week's. Names and places are weighed
 * apart (people and places evidence), so they are here too.
 */
export const BEAT_WORDS = wordSet("beat-words");
