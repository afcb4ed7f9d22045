/** "Copy as Markdown": page and corpus text pastes as text, never as markup or a forged link. */
import { describe, expect, test } from "vitest";
import type { VersionView } from "../../src/core/page-report.js";
import { comparisonMarkdown, escapeMarkdown } from "../../src/ui/markdown.js";

const version = (fields: Partial<VersionView>): VersionView =>
  ({
    quoteId: "q",
    articleId: "a",
    outlet: "The Courier",
    url: "https://courier.example/a",
    date: "2025-03-14",
    title: "T",
    text: "We had very good talks.",
    attribution: "Trump wrote",
    sentence: "",
    speaker: "Donald Trump",
    cue: null,
    channel: null,
    differences: [],
    ...fields,
  }) as VersionView;

describe("escapeMarkdown", () => {
  test.each([
    ["<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>"],
    ["**bold** and _em_", "\\*\\*bold\\*\\* and \\_em\\_"],
    ["[click](https://evil.example)", "\\[click\\](https://evil.example)"],
    ["a `code` | cell ~~gone~~", "a \\`code\\` \\| cell \\~\\~gone\\~\\~"],
    ["&lt;script&gt;", "\\&lt;script\\&gt;"],
    ["back\\slash", "back\\\\slash"],
    ["line\n# heading", "line \\# heading"],
  ])("%j becomes %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe("comparisonMarkdown", () => {
  test("quotes, speaker, outlet and attribution with markup in them are escaped", () => {
    const markdown = comparisonMarkdown({
      speaker: "Jane *the* Doe",
      pageWording: "</script><svg onload=alert(1)> “fine”",
      pageUrl: "https://news.example/a",
      versions: [
        version({
          outlet: "[Fake](https://evil.example)",
          attribution: "<b>said</b>",
          text: "**not bold** `not code`",
        }),
      ],
    });
    // Each would be markup if its first character were not escaped.
    for (const raw of [
      /(?<!\\)<svg/,
      /(?<!\\)<\/script/,
      /(?<!\\)<b>/,
      /(?<!\\)\*\*not/,
      /(?<!\\)`not/,
      /(?<!\\)\[Fake/,
    ])
      expect(markdown).not.toMatch(raw);
    expect(markdown).toContain("\\</script\\>\\<svg onload=alert(1)\\>");
    expect(markdown).toContain("\\[Fake\\](https://evil.example)");
    expect(markdown).toContain("**Jane \\*the\\* Doe**, as reported by:");
    expect(markdown).toContain("\\*\\*not bold\\*\\* \\`not code\\`");
  });

  test("only http(s) URLs become links, percent-encoded where Markdown would end them", () => {
    const markdown = comparisonMarkdown({
      speaker: null,
      pageWording: "x",
      pageUrl: "javascript:alert(1)",
      versions: [version({ url: "https://news.example/a (b)<c>" })],
    });
    expect(markdown).toContain("- this page: “x”");
    expect(markdown).toContain("([link](https://news.example/a%20%28b%29%3Cc%3E))");
  });
});
