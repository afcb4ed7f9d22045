/** The comparison as Markdown says how each version differs in a sentence, not a label. */
import { describe, expect, test, vi } from "vitest";
import type { VersionView } from "../../src/core/report/page-report.js";

vi.mock("../../src/shared/browser.js", async () => ({
  browser: (await import("../helpers/fake-browser.js")).createFakeBrowser(),
}));
const { comparisonMarkdown } = await import("../../src/ui/markdown.js");

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

describe("comparisonMarkdown", () => {
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
