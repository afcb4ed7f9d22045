import { describe, expect, test } from "vitest";
import { baseForms, keysOfWord, senseClassesOf } from "../../../src/core/compile/word-keys.js";
import { stemWord } from "../../../src/core/text/stem.js";

describe("keysOfWord", () => {
  test.each([
    ["went", "go"],
    ["children", "child"],
    ["spared", "spare"],
    ["stopped", "stop"],
    ["lives", "life"],
  ])("%s has the base form %s", (word, base) => {
    expect(baseForms(word)).toContain(base);
  });

  test.each([
    ["go", "went"],
    ["go", "gone"],
    ["child", "children"],
    ["spared", "spare"],
  ])("a page printing %s matches the corpus word %s by stem", (corpusWord, pageWord) => {
    expect(keysOfWord(corpusWord).stems).toContain(stemWord(pageWord));
  });

  test("urge and request share WordNet's verb.communication; catch-all classes are left out", () => {
    expect(senseClassesOf("urged")).toContain("verb.communication");
    expect(senseClassesOf("requested")).toContain("verb.communication");
    expect(senseClassesOf("strongly")).toEqual([]);
    const shared = keysOfWord("urged").classes.filter((c) => keysOfWord("requested").classes.includes(c));
    expect(shared.length).toBeGreaterThan(0);
  });

  test("a word WordNet does not know keeps its own stem and no class", () => {
    expect(keysOfWord("chandrayaan")).toEqual({ word: "chandrayaan", stems: ["chandrayaan"], classes: [] });
  });
});
