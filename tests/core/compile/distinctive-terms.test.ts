import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { distinctiveTerms, rarityOf } from "../../../src/core/compile/distinctive-terms.js";
import { zipfOf } from "../../../src/core/compile/word-frequency.js";
import { tokenize } from "../../../src/core/text/tokenize.js";

const REAL = new URL("../../fixtures/real/", import.meta.url);

function corpusWords(story: string): string[][] {
  const folder = new URL(`${story}/corpus/`, REAL);
  return readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => tokenize(readFileSync(new URL(f, folder), "utf8")).words);
}

describe("word frequency", () => {
  test("orders everyday words above event words", () => {
    expect(zipfOf("the")).toBeGreaterThan(zipfOf("good"));
    expect(zipfOf("good")).toBeGreaterThan(zipfOf("massacre"));
    expect(zipfOf("massacre")).toBeGreaterThan(zipfOf("chandrayaan"));
  });
  test("rarity is 0 for everyday English and 1 for an unlisted word", () => {
    expect(rarityOf("good")).toBe(0);
    expect(rarityOf("chandrayaan")).toBe(1);
  });
});

describe("distinctiveTerms", () => {
  test.each([
    ["chandrayaan3-moon-landing-2023", ["chandrayaan", "lunar"]],
    ["openai-altman-ouster-2023", ["altman", "openai"]],
    ["rubiales-hermoso-2023", ["rubiales", "hermoso"]],
  ])("%s: the event's words lead, never good/adding/following", (story, expected) => {
    const terms = distinctiveTerms(corpusWords(story)).map(([t]) => t);
    for (const word of ["good", "adding", "following", "said", "told"]) expect(terms).not.toContain(word);
    for (const word of expected) expect(terms.slice(0, 15)).toContain(word);
  });

  test("two plain articles: 'good', 'adding', 'following' do not rank even when frequent", () => {
    const a = tokenize(
      "Following the vote, the good news for Zaluzhny came quickly, adding pressure. Zaluzhny said the good result was following a plan, adding that Avdiivka held.",
    ).words;
    const b = tokenize(
      "Zaluzhny, adding to good news following the vote, said Avdiivka was good and the following week would be good.",
    ).words;
    const terms = distinctiveTerms([a, b]).map(([t]) => t);
    expect(terms.slice(0, 2).sort()).toEqual(["avdiivka", "zaluzhny"]);
    expect(terms).not.toContain("good");
    expect(terms).not.toContain("adding");
    expect(terms.indexOf("following")).toBe(-1);
  });

  test("excluded words (the outlets' names) never count", () => {
    const articles = corpusWords("biden-xi-woodside-2023");
    expect(distinctiveTerms(articles).map(([t]) => t)).toContain("cnn");
    expect(distinctiveTerms(articles, new Set(["cnn"])).map(([t]) => t)).not.toContain("cnn");
  });

  test("a word both articles use outranks one used as often by one", () => {
    const terms = distinctiveTerms([
      ["zaluzhny", "avdiivka", "avdiivka"],
      ["zaluzhny", "pokrovsk"],
    ]);
    const rank = (w: string): number => terms.findIndex(([t]) => t === w);
    expect(rank("zaluzhny")).toBeLessThan(rank("avdiivka"));
    expect(rank("avdiivka")).toBeLessThan(rank("pokrovsk"));
  });
});
