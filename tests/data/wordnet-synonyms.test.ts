/**
 * data/wordnet-synonyms.json as data (written by scripts/build-synonyms.ts): its shape, its order,
 * lemmas written as the tokenizer writes page words, and a size that stays compile-time sized.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { tokenize } from "../../src/core/text/tokenize.js";
import { STOPWORDS } from "../../src/core/text/word-classes.js";

const file = path.resolve(import.meta.dirname, "../../data/wordnet-synonyms.json");
const table = JSON.parse(readFileSync(file, "utf8")) as {
  about: unknown;
  licence: unknown;
  lemmas: unknown;
  synonyms: Record<string, unknown>;
};
const lemmas = Object.keys(table.synonyms);
const entries = Object.entries(table.synonyms).map(([lemma, synonyms]) => ({
  lemma,
  synonyms: typeof synonyms === "string" ? synonyms.split(" ") : [],
}));
/** Words the tokenizer would not write as they are, or that are function words. */
const notAPageWord = (word: string): boolean => {
  const words = tokenize(word).words;
  return words.length !== 1 || words[0] !== word || !/^\p{L}+$/u.test(word) || STOPWORDS.has(word);
};

describe("data/wordnet-synonyms.json", () => {
  test("says what it is and how many lemmas it lists", () => {
    expect(table.about).toMatch(/WordNet 3\.1.*scripts\/build-synonyms\.ts/u);
    expect(table.lemmas).toBe(lemmas.length);
    expect(lemmas.length).toBeGreaterThan(30_000);
  });

  test("carries WordNet's copyright notice and disclaimer, as its licence asks of every copy", () => {
    expect(table.licence).toMatch(/Copyright 2006 by Princeton University.*"AS IS"/u);
  });

  test("every value is a space-separated list of words", () => {
    expect(
      Object.values(table.synonyms).filter((s) => typeof s !== "string" || !/^\S+( \S+)*$/u.test(s)),
    ).toEqual([]);
  });

  test("lemmas are sorted, and each lemma's synonyms sorted, unique and not the lemma itself", () => {
    expect(lemmas).toEqual([...lemmas].sort());
    const unordered = entries.filter(
      ({ lemma, synonyms }) =>
        synonyms.includes(lemma) || synonyms.some((s, i) => i > 0 && s <= synonyms[i - 1]!),
    );
    expect(unordered.map((e) => e.lemma)).toEqual([]);
  });

  test("lemmas and synonyms are single page words as src/core/text/tokenize.ts normalises them", () => {
    expect(lemmas.filter(notAPageWord)).toEqual([]);
    expect([...new Set(entries.flatMap((e) => e.synonyms))].filter(notAPageWord)).toEqual([]);
  });

  test("holds WordNet's synonyms of a known word", () => {
    expect(entries.find((e) => e.lemma === "catastrophe")?.synonyms).toEqual(
      expect.arrayContaining(["calamity", "disaster"]),
    );
  });

  test("stays under 3 MB (compile time only, but in the repository)", () => {
    expect(statSync(file).size).toBeLessThan(3_000_000);
  });
});
