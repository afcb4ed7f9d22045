import { describe, expect, test } from "vitest";
import { loneWordIndex } from "../../../src/core/compile/lone-word-index.js";
import { tokenize } from "../../../src/core/text/tokenize.js";

const statement = (id: string, text: string) => ({ id, words: tokenize(text).words });

describe("loneWordIndex", () => {
  const index = new Map(
    loneWordIndex([
      statement("rubiales-kiss", "It was a mutual, euphoric and consensual kiss and there is no alternative"),
      statement("milei-weeks", "In the coming weeks the hyperinflation will be catastrophic"),
      statement("caputo-weeks", "In the coming weeks we will announce the cuts"),
    ]),
  );
  test("a rare word one statement prints is its own", () => {
    expect(index.get("hyperinflation")).toEqual(["milei-weeks"]);
    expect(index.get("catastrophic")).toEqual(["milei-weeks"]);
    expect(index.get("consensual")).toEqual(["rubiales-kiss"]);
  });
  test("an everyday word is never distinctive, however few statements print it", () => {
    expect(index.has("weeks")).toBe(false);
    expect(index.has("coming weeks")).toBe(false);
    expect(index.has("will")).toBe(false);
    // "announce" and "alternative" (rarity 0.33) pass the bar of 0.3 the real-coverage set chose.
  });
  test("a pair is distinctive when one of its words is", () => {
    expect(index.get("be catastrophic")).toEqual(["milei-weeks"]);
    expect(index.has("there is")).toBe(false);
  });
  test("two content words with function words between are a pair too, and names weigh nothing", () => {
    // "hyperinflation will be catastrophic": "hyperinflation catastrophic" skips "will be".
    expect(index.get("hyperinflation catastrophic")).toEqual(["milei-weeks"]);
    expect(index.has("mutual euphoric")).toBe(true);
    const named = new Map(
      loneWordIndex([statement("sutskever", "Sutskever said it")], new Set(["sutskever"])),
    );
    expect(named.has("sutskever")).toBe(false);
  });
});
