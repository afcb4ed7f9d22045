/**
 * "Copy as Markdown": page and corpus text pastes as text, never as markup or a forged link, and
 * each version says how it differs in a sentence, not a label.
 */
import { describe, expect, test, vi } from "vitest";
import type { VersionView } from "../../src/core/report/page-report.js";
import { REWORDED_DIFFERENCES } from "../helpers/reworded.js";

vi.mock("../../src/shared/browser.js", async () => ({
  browser: (await import("../helpers/fake-browser.js")).createFakeBrowser(),
}));
const { comparisonMarkdown, escapeMarkdown } = await import("../../src/ui/markdown.js");

const versionWith = (fields: Partial<VersionView>): VersionView =>
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
    comparison: [],
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
        versionWith({
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
      versions: [versionWith({ url: "https://news.example/a (b)<c>" })],
    });
    expect(markdown).toContain("- this page: “x”");
    expect(markdown).toContain("([link](https://news.example/a%20%28b%29%3Cc%3E))");
  });
});

const version = (outlet: string, comparison: VersionView["comparison"]): VersionView => ({
  quoteId: outlet,
  articleId: outlet,
  outlet,
  url: `https://${outlet.toLowerCase().replace(/\s/g, "")}.example/a`,
  date: "2025-03-14",
  title: "A",
  text: comparison.map((op) => op.text).join(" "),
  attribution: "he wrote",
  sentence: "",
  speaker: "Donald Trump",
  cue: null,
  channel: null,
  comparison,
  differences: [],
});

describe("comparisonMarkdown: differences as sentences", () => {
  test("each differing version gets its sentence; the same words get none", () => {
    const markdown = comparisonMarkdown({
      speaker: "Donald Trump",
      pageWording: "very good chance",
      pageUrl: "https://news.example/a",
      versions: [
        version("The Moscow Times", [
          { op: "same", text: "very good chance" },
          { op: "beyond", text: "of peace" },
        ]),
        version("AP", [{ op: "same", text: "very good chance" }]),
      ],
    });
    expect(markdown).toContain("  - The Moscow Times quotes 2 more words than this page.");
    expect(markdown).not.toMatch(/differs:|quotes more/);
    expect(markdown.split("\n").filter((l) => l.startsWith("  - "))).toHaveLength(1);
  });
});

describe("comparisonMarkdown: a page wording the outlet reworded or translated", () => {
  const REWORDED_LINE = "  - Reworded or translated by this outlet — not the speaker's exact words";

  test("says it is not the speaker's exact words, under this page's wording, and lists every difference", () => {
    const markdown = comparisonMarkdown({
      speaker: "Donald Trump",
      pageWording: "I have strongly urged President Putin to spare their lives.",
      pageUrl: "https://news.example/a",
      pageRewording: { differences: REWORDED_DIFFERENCES, canonicalOutlet: "The Moscow Times" },
      versions: [version("The Moscow Times", [{ op: "same", text: "I have strongly requested" }])],
    });
    const lines = markdown.split("\n");
    const page = lines.findIndex((l) => l.startsWith("- [this page]"));
    // All five differences, not the card's four lines: a paste has room for them.
    expect(lines.slice(page + 1, page + 7)).toEqual([
      REWORDED_LINE,
      "  - “urged” where The Moscow Times printed “requested”",
      "  - leaves out “to”",
      "  - “to spare their lives” where The Moscow Times printed “that their lives be spared”",
      "  - “terrible” where The Moscow Times printed “horrible”",
      "  - leaves out “one not seen since World War II”",
    ]);
    expect(lines[page + 7]).toMatch(/^- \*\*The Moscow Times\*\*/);
  });

  test("the words of a difference are escaped like every other piece of page text", () => {
    const markdown = comparisonMarkdown({
      speaker: "Donald Trump",
      pageWording: "x y z",
      pageUrl: null,
      pageRewording: {
        differences: [{ page: "**urged** <b>", corpus: "[requested](https://evil.example)" }],
        canonicalOutlet: "The _Times_",
      },
      versions: [],
    });
    expect(markdown).toContain(
      "  - “\\*\\*urged\\*\\* \\<b\\>” where The \\_Times\\_ printed “\\[requested\\](https://evil.example)”",
    );
  });

  test("a page wording that is not the outlet's own rewording says nothing of it", () => {
    for (const pageRewording of [undefined, null]) {
      const markdown = comparisonMarkdown({
        speaker: "Donald Trump",
        pageWording: "very good chance",
        pageUrl: null,
        pageRewording,
        versions: [],
      });
      expect(markdown).not.toContain("Reworded");
    }
  });
});
