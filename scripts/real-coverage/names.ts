/**
 * Speaker names compared the way a reader would: "Xi", "President Xi" and "Xi Jinping" are one
 * person, so two names agree when they share a name word. Surname-last matching would miss
 * family-name-first names (Xi Jinping), and pages credit quotes as "Modi", "PM Modi", "Mr Xi".
 */
import { STOPWORDS } from "../../src/core/text/word-classes.js";
import { tokenize } from "../../src/core/text/tokenize.js";

/**
 * The words of a name that can identify it: no note in parentheses ("(letter to the board)",
 * "(@sama)"), no initials, no function words.
 */
export function nameWords(name: string): Set<string> {
  const words = tokenize(name.replace(/\([^)]*\)/g, " ")).words;
  return new Set(words.filter((w) => w.length >= 2 && !STOPWORDS.has(w)));
}

/** Whether two names share a name word. */
export function sameSpeaker(a: string, b: string): boolean {
  const words = nameWords(b);
  return [...nameWords(a)].some((w) => words.has(w));
}
