import { describe, expect, test } from "vitest";
import { displayFileName } from "../../../src/core/corpus/display-file-name.js";

describe("displayFileName", () => {
  test.each([
    ["seeds/2025-03-14-article.txt", "seeds/2025-03-14-article.txt"],
    ["café résumé.html", "café résumé.html"],
    ["a\nb.txt", '"a\\nb.txt"'],
    ["a\u001b[31mred.txt", '"a\\u001b[31mred.txt"'],
    ["invoice\u202etxt.exe", '"invoice\\u202etxt.exe"'],
    ["zero\u200bwidth.txt", '"zero\\u200bwidth.txt"'],
    ['say "hi".txt', '"say \\"hi\\".txt"'],
    ["back\\slash.txt", '"back\\\\slash.txt"'],
  ])("%j is shown as %s", (name, shown) => {
    expect(displayFileName(name)).toBe(shown);
  });

  test("a quoted name is one line of printable characters that reads back as the name", () => {
    const name = "a\r\n\tb\u0007\u0085\u2028c";
    const shown = displayFileName(name);
    expect(shown).toMatch(/^"[\x20-\x7e]*"$/);
    expect(JSON.parse(shown)).toBe(name);
  });
});
