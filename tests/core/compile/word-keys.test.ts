import { describe, expect, test } from "vitest";
import { keysOfWord, keysOfWords } from "../../../src/core/compile/word-keys.js";
import { stemWord } from "../../../src/core/text/stem.js";

describe("keysOfWord", () => {
  test.each([
    ["go", "went"],
    ["go", "gone"],
    ["child", "children"],
    ["spared", "spare"],
    ["lives", "life"],
  ])("a page printing %s matches the corpus word %s by stem", (corpusWord, pageWord) => {
    expect(keysOfWord(corpusWord).stems).toContain(stemWord(pageWord));
  });

  test.each([
    ["urged", "press"],
    ["urged", "pressing"],
    ["requested", "petitioned"],
    ["catastrophe", "disasters"],
    // "tell" is a synonym of "say"; "told" is the irregular form WordNet lists for it.
    ["said", "told"],
  ])("a page printing %s relates to the corpus word %s through a synonym", (corpusWord, pageWord) => {
    expect(keysOfWord(corpusWord).related).toContain(stemWord(pageWord));
  });

  test("related stems are sorted and never the word's own stems", () => {
    const keys = keysOfWord("said");
    expect(keys.stems).toEqual(["said", "say"]);
    expect(keys.related).toEqual([...keys.related].sort());
    expect(keys.related.filter((stem) => keys.stems.includes(stem))).toEqual([]);
  });

  test("a word of another field does not relate: urged and requested are not synonyms", () => {
    expect(keysOfWord("requested").related).not.toContain(stemWord("urged"));
    expect(keysOfWord("urged").related).not.toContain(stemWord("said"));
  });

  test("a word WordNet does not know keeps its own stem and relates to nothing", () => {
    expect(keysOfWord("chandrayaan")).toEqual({ word: "chandrayaan", stems: ["chandrayaan"], related: [] });
  });

  test("keysOfWords keeps the words' order", () => {
    expect(keysOfWords(["their", "lives"]).map((k) => k.word)).toEqual(["their", "lives"]);
  });
});
