/**
 * The corpus side of soft alignment, expanded once at compile time so the page side only has to
 * stem (../text/stem.ts): every stem a page may print for a corpus word — its own, its WordNet
 * base form's ("went" → "go"), the other inflections WordNet lists for that base ("spared",
 * "spare"; "children", "child") — and, apart, the stems of its WordNet synonyms and their
 * inflections ("catastrophe": "disaster", "calamity"), which a reworded quote may print instead.
 */
import { stemWord } from "../text/stem.js";
import { baseForms, irregularFormsOf } from "./base-forms.js";
import { synonymsOf } from "./synonyms.js";

export { baseForms } from "./base-forms.js";

/** What a page word is compared with for one corpus word. */
export interface WordKeys {
  /** The corpus word as normalised. */
  readonly word: string;
  /** Every stem that counts as the same word, sorted. */
  readonly stems: readonly string[];
  /** The stems of its synonyms and their inflections, sorted, none of them in `stems`. */
  readonly related: readonly string[];
}

/** The stems of a lemma and of the irregular forms WordNet lists for it. */
function stemsOfLemma(lemma: string, into: Set<string>): void {
  into.add(stemWord(lemma));
  for (const form of irregularFormsOf(lemma)) into.add(stemWord(form));
}

/** The keys of one corpus word. */
export function keysOfWord(word: string): WordKeys {
  const stems = new Set<string>([stemWord(word)]);
  for (const base of baseForms(word)) stemsOfLemma(base, stems);
  const related = new Set<string>();
  for (const synonym of synonymsOf(word)) stemsOfLemma(synonym, related);
  for (const stem of stems) related.delete(stem);
  return { word, stems: [...stems].sort(), related: [...related].sort() };
}

/** The keys of a statement's normalised words, in order. */
export function keysOfWords(words: readonly string[]): WordKeys[] {
  return words.map(keysOfWord);
}
