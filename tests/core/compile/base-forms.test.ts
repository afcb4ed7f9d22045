import { describe, expect, test } from "vitest";
import { baseForms, irregularFormsOf } from "../../../src/core/compile/base-forms.js";

describe("baseForms", () => {
  test.each([
    ["went", "go"],
    ["children", "child"],
    ["spared", "spare"],
    ["stopped", "stop"],
    ["lives", "life"],
  ])("%s has the base form %s", (word, base) => {
    expect(baseForms(word)).toContain(base);
  });

  test("a word WordNet does not know is its own only base", () => {
    expect(baseForms("chandrayaan")).toEqual(["chandrayaan"]);
  });
});

describe("irregularFormsOf", () => {
  test.each([
    ["go", "went"],
    ["child", "children"],
    ["tell", "told"],
  ])("%s has the irregular form %s", (base, form) => {
    expect(irregularFormsOf(base)).toContain(form);
  });

  test("a regular word has none", () => {
    expect(irregularFormsOf("request")).toEqual([]);
  });
});
