/**
 * The corpus side of soft alignment, expanded once at compile time so the page side only has to
 * stem (../text/stem.ts): every stem a page may print for a corpus word — its own, its WordNet
 * base form's ("went" → "go"), the other inflections WordNet lists for that base ("spared",
 * "spare"; "children", "child") — and its WordNet lexicographer classes ("urge" and "request":
 * verb.communication), from wink-lexicon, which ships WordNet's words, their senses' classes and
 * the irregular forms, though not its synonym sets.
 */
import wordnet from "wink-lexicon";
import { stemWord } from "../text/stem.js";

/** What a page word is compared with for one corpus word. */
export interface WordKeys {
  /** The corpus word as normalised. */
  readonly word: string;
  /** Every stem that counts as the same word. */
  readonly stems: readonly string[];
  /** WordNet lexicographer classes of the word's senses, catch-all classes left out. */
  readonly classes: readonly number[];
  /** Stems of the word's synonyms (none until synonym sets are expanded). */
  readonly related: readonly string[];
}

/**
 * Classes too broad to relate two words: "all adjectives", "all adverbs", the noun hierarchy's top.
 * Every other class (verb.communication, noun.person) groups words of one field.
 */
const CATCH_ALL_CLASSES = new Set(["adj.all", "adv.all", "noun.tops", "adj.ppl"]);

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

/** The WordNet lexicographer class names of a word's senses (its base forms' included). */
export function senseClassesOf(word: string): string[] {
  const classes = new Set<string>();
  for (const base of baseForms(word)) {
    const index = wordnet.wnWords[base];
    for (const sense of index === undefined ? [] : (wordnet.wnWordSenses[index] ?? [])) {
      const name = wordnet.wnSenses[sense]!;
      if (!CATCH_ALL_CLASSES.has(name)) classes.add(name);
    }
  }
  return [...classes].sort();
}

/** Every class name, by the number {@link WordKeys.classes} uses for it. */
export const SENSE_CLASS_NAMES: readonly string[] = wordnet.wnSenses;

/** The keys of one corpus word. */
export function keysOfWord(word: string): WordKeys {
  if (!formsByBase) loadExceptions();
  const stems = new Set<string>([stemWord(word)]);
  for (const base of baseForms(word)) {
    stems.add(stemWord(base));
    for (const form of formsByBase!.get(base) ?? []) stems.add(stemWord(form));
  }
  const classes = senseClassesOf(word).map((name) => SENSE_CLASS_NAMES.indexOf(name));
  return { word, stems: [...stems].sort(), classes, related: [] };
}

/** The keys of a statement's normalised words, in order. */
export function keysOfWords(words: readonly string[]): WordKeys[] {
  return words.map(keysOfWord);
}
