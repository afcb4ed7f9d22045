import { describe, expect, test } from "vitest";
import { findQuoteSpans } from "../../../src/core/text/quote-spans.js";

const quoted = (text: string): string[] => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe("findQuoteSpans", () => {
  test("curly, straight and mixed double marks", () => {
    expect(quoted(`He said “one” and "two" and “three" and "four”.`)).toEqual([
      "one",
      "two",
      "three",
      "four",
    ]);
  });

  test("apostrophes are not quotation marks", () => {
    expect(quoted("Russia’s troops and the partners’ responsibility, don't and '90s")).toEqual([]);
  });

  test("single marks outside double ones: headlines and British style", () => {
    expect(quoted("Trump Claims 'Very Good Chance' to End War")).toEqual(["Very Good Chance"]);
    expect(quoted("‘We are living in a dangerous time,’ Macron told the summit.")).toEqual([
      "We are living in a dangerous time,",
    ]);
  });

  test("single marks inside a double quote are part of it", () => {
    expect(quoted(`"He called it 'a joke', I think," she said.`)).toEqual([
      "He called it 'a joke', I think,",
    ]);
  });

  test("a quotation continued across paragraphs", () => {
    const text = "“First part of it.\n\n“Second part,” he said.";
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["First part of it.", "Second part,"]);
    expect(spans[0]!.close).toBe(-1);
    expect(spans[1]!.continues).toBe(true);
  });

  test("an unclosed quote ends with its paragraph and does not swallow the next", () => {
    const text = 'He said "this never closes\n\nNext paragraph with "a quote".';
    expect(quoted(text)).toEqual(["this never closes", "a quote"]);
  });

  test("150,000 quotes in one paragraph: every span, no stack overflow (it threw RangeError)", () => {
    const spans = findQuoteSpans(`"a" `.repeat(150_000));
    expect(spans).toHaveLength(150_000);
    expect(spans.at(-1)).toMatchObject({ start: 4 * 149_999 + 1, end: 4 * 149_999 + 2 });
  });
});
