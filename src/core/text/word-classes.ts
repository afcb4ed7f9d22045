/**
 * Word classes the matcher needs at run time: function words, and whether a word carries content.
 * It reads only data/lexicons/stopwords.json (which ships in the background script); every other
 * lexicon is compile-time (src/core/attribution/lexicons.ts).
 */
import stopwords from "../../../data/lexicons/stopwords.json" with { type: "json" };

/**
 * English function words, plus words every political news story uses. A quoted fragment made only of
 * these ("the", "we will") says nothing about which statement it is; topic terms exclude them.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(stopwords.entries);

/** Whether a normalised word carries content (neither a function word nor a number-only token). */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word) && !/^\d+$/.test(word);
}
