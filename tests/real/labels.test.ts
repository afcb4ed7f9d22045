import { describe, expect, test } from "vitest";
import type { PageFixture } from "../../scripts/real-coverage/fixtures.js";
import { insideQuotes, placeLabels } from "../../scripts/real-coverage/labels.js";

function page(
  text: string,
  spans: PageFixture["spans"],
  paraphrases: PageFixture["paraphrases"] = [],
): PageFixture {
  return {
    file: "01-test.json",
    url: "https://example.com/a",
    outlet: "Example",
    date: "2023-11-16",
    group: "same",
    text,
    spans,
    paraphrases,
    lookalikes: [],
  };
}

describe("placeLabels", () => {
  test("a fragment is placed on its own occurrence, not inside the full quote that contains it", () => {
    const text =
      'Xi said it was "not an option". Later: "turning their back on each other is not an option," he said.';
    const placed = placeLabels(
      page(text, [
        { text: "not an option", statement: "xi", kind: "fragment", speaker: "Xi" },
        {
          text: "turning their back on each other is not an option",
          statement: "xi",
          kind: "partial",
          speaker: "he",
        },
      ]),
    );
    expect(placed.spans[0]!.region.start).toBe(text.indexOf("not an option"));
    expect(placed.spans[1]!.region.start).toBe(text.indexOf("turning"));
  });

  test("the quoted occurrence is preferred over the same words in a paraphrase", () => {
    const text =
      'He announced that India is on the moon after the landing.\n\n"India is on the moon," he said.';
    const placed = placeLabels(
      page(
        text,
        [{ text: "India is on the moon", statement: "somanath", kind: "exact", speaker: null }],
        [{ text: "announced that India is on the moon after the landing", statement: "somanath" }],
      ),
    );
    expect(placed.spans[0]!.region.start).toBe(text.lastIndexOf("India is on the moon"));
    expect(placed.statementText).toHaveLength(2);
  });

  test("two labels of the same words take two occurrences", () => {
    const text = '"peck" first, then "peck" again.';
    const placed = placeLabels(
      page(text, [
        { text: "peck", statement: "r", kind: "fragment", speaker: null },
        { text: "peck", statement: "r", kind: "fragment", speaker: null },
      ]),
    );
    expect(placed.spans.map((s) => s.region.start)).toEqual([1, text.lastIndexOf("peck")]);
  });
});

describe("insideQuotes", () => {
  test.each([
    ['He said "India is on the moon"', 9, true],
    ["He said India is on the moon", 8, false],
    ["“A,” he said. “B”", 15, true],
    ["“A,” he said. “B”", 6, false],
  ])("%j at %i → %s", (text, at, inside) => {
    expect(insideQuotes(text, at)).toBe(inside);
  });
});
