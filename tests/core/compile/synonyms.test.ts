import { describe, expect, test } from "vitest";
import { synonymsOf } from "../../../src/core/compile/synonyms.js";

describe("synonymsOf", () => {
  test.each([
    ["urge", "press"],
    ["urge", "advocate"],
    ["urge", "recommend"],
    ["catastrophe", "disaster"],
    ["disaster", "catastrophe"],
    ["requested", "petition"],
    ["fight", "battle"],
    ["told", "narrate"],
  ])("%s has the synonym %s", (word, synonym) => {
    expect(synonymsOf(word)).toContain(synonym);
  });

  test("an inflected word has its base form's synonyms, and neither itself nor its base among them", () => {
    expect(synonymsOf("urged")).toEqual(synonymsOf("urge"));
    expect(synonymsOf("disasters")).toContain("calamity");
    expect(synonymsOf("disasters")).not.toContain("disaster");
    expect(synonymsOf("urged")).not.toContain("urge");
  });

  test("only the first senses count: run the campaign, run the unravelling stocking do not", () => {
    expect(synonymsOf("run")).toContain("escape");
    expect(synonymsOf("run")).not.toContain("campaign");
    expect(synonymsOf("run")).not.toContain("unravel");
  });

  test("derivationally related forms count: a translator turns a noun into its adjective", () => {
    expect(synonymsOf("feminism")).toContain("feminist");
    expect(synonymsOf("feminists")).toContain("feminism");
    // WordNet has money alone in each of its senses; cash is a kind of money, not a synonym.
    expect(synonymsOf("money")).toEqual(["monetary", "moneyer"]);
  });

  test.each([
    ["chandrayaan"],
    // Function words are left out: their senses are content senses ("can" the tin).
    ["can"],
    ["will"],
  ])("%s has no synonyms", (word) => {
    expect(synonymsOf(word)).toEqual([]);
  });

  test("synonyms are sorted and single words", () => {
    const synonyms = synonymsOf("spared");
    expect(synonyms).toEqual([...synonyms].sort());
    expect(synonyms.every((s) => /^\p{L}+$/u.test(s))).toBe(true);
  });
});
