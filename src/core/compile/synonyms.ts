/**
 * WordNet's synonyms of a word (data/wordnet-synonyms.json, from WordNet 3.1 by
 * scripts/build-synonyms.ts): the words of its most frequent senses ("catastrophe": "calamity",
 * "disaster") and their derivationally related forms ("feminism": "feminist"), which an outlet
 * that rewords or translates a statement may print instead.
 * Compile time only: the corpus side of soft alignment is expanded with them (./word-keys.ts), so
 * the extension never ships the table.
 */
import table from "../../../data/wordnet-synonyms.json" with { type: "json" };
import { baseForms } from "./base-forms.js";

let synonymsByLemma: Map<string, readonly string[]> | null = null;

function loadTable(): Map<string, readonly string[]> {
  const byLemma = new Map<string, readonly string[]>();
  for (const [lemma, synonyms] of Object.entries(table.synonyms as Record<string, string>))
    byLemma.set(lemma, synonyms.split(" "));
  return byLemma;
}

/**
 * The single-word synonyms of a normalised word (as src/core/text/tokenize.ts writes it), through
 * its WordNet base forms ("urged" → "urge" → "advocate", "press", ...), sorted; none of them is the
 * word or one of its base forms.
 */
export function synonymsOf(word: string): string[] {
  synonymsByLemma ??= loadTable();
  const bases = baseForms(word);
  const synonyms = new Set<string>();
  for (const base of bases) for (const synonym of synonymsByLemma.get(base) ?? []) synonyms.add(synonym);
  for (const base of bases) synonyms.delete(base);
  return [...synonyms].sort();
}
