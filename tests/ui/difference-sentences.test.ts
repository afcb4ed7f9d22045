/** Differences as sentences a reader understands, and the excerpt that shows only what differs. */
import { describe, expect, test, vi } from "vitest";
import type { WordOp } from "../../src/core/text/compare-wordings.js";

vi.mock("../../src/shared/browser.js", async () => ({
  browser: (await import("../helpers/fake-browser.js")).createFakeBrowser(),
}));
const { differenceSentences, differenceSummary, wordingDifferenceSentences } =
  await import("../../src/ui/difference-sentences.js");
const { excerptOps } = await import("../../src/ui/DiffExcerpt.js");

const same = (text: string): WordOp => ({ op: "same", text });

describe("differenceSentences", () => {
  test.each<[string, WordOp[], string[]]>([
    ["identical", [same("we had very good talks")], []],
    [
      "more words, counted",
      [same("we had talks"), { op: "beyond", text: "with President Putin of Russia" }],
      ["quotes 5 more words than this page"],
    ],
    ["one word, singular", [same("a b"), { op: "beyond", text: "c" }], ["quotes 1 more word than this page"]],
    [
      "clipped start and end are told apart",
      [{ op: "clipped", text: "God" }, same("bless them"), { op: "clipped", text: "all now" }],
      ["starts 1 word later than this page", "stops 2 words earlier than this page"],
    ],
    [
      "bracket and split",
      [same("that their"), { op: "bracketed", text: "[soldiers]" }, { op: "split", text: "" }, same("x")],
      ["adds an editor's insertion in brackets", "splits the quote in two around its attribution"],
    ],
  ])("%s", (_name, ops, expected) => {
    expect(differenceSentences(ops)).toEqual(expected);
  });

  test("one sentence about the outlet, no unexplained labels", () => {
    const ops: WordOp[] = [
      same("a b"),
      { op: "omitted", text: "c d" },
      same("e"),
      { op: "beyond", text: "f" },
    ];
    expect(differenceSummary("The Moscow Times", ops)).toBe(
      "The Moscow Times leaves out 2 words that this page quotes and quotes 1 more word than this page.",
    );
    expect(differenceSummary("AP", [same("a")])).toBe("AP printed the same words as this page.");
    expect(differenceSummary("AP", [{ op: "beyond", text: "x y" }])).not.toMatch(/quotes more/);
  });
});

describe("wordingDifferenceSentences", () => {
  test.each<[string, { page: string; corpus: string }[], string[]]>([
    [
      "a changed word names the canonical outlet",
      [{ page: "urged", corpus: "requested" }],
      ["“urged” where The Moscow Times printed “requested”"],
    ],
    ["words the page adds", [{ page: "very", corpus: "" }], ["adds “very”"]],
    ["words the page leaves out", [{ page: "", corpus: "to" }], ["leaves out “to”"]],
    [
      "in page order, whitespace folded, no-op entries dropped",
      [
        { page: "to spare\n their lives", corpus: "that their lives be spared" },
        { page: "", corpus: " " },
        { page: "same", corpus: "same" },
        { page: "", corpus: "one not seen" },
      ],
      [
        "“to spare their lives” where The Moscow Times printed “that their lives be spared”",
        "leaves out “one not seen”",
      ],
    ],
    ["nothing differs, no sentence", [], []],
  ])("%s", (_name, differences, expected) => {
    expect(wordingDifferenceSentences(differences, "The Moscow Times")).toEqual(expected);
  });

  test("a long passage is cut to a readable length, with an ellipsis", () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const [sentence] = wordingDifferenceSentences([{ page: long, corpus: "" }], "AP");
    expect(sentence!.length).toBeLessThan(100);
    expect(sentence).toMatch(/^adds “word0 word1 .*…”$/);
  });
});

describe("excerptOps", () => {
  test("keeps each change with four shared words either side, and an ellipsis for the rest", () => {
    const ops: WordOp[] = [
      same("one two three four five six seven eight"),
      { op: "bracketed", text: "[nine]" },
      same("ten eleven twelve thirteen fourteen fifteen sixteen"),
    ];
    expect(excerptOps(ops)).toEqual([
      same("…"),
      same("five six seven eight"),
      { op: "bracketed", text: "[nine]" },
      same("ten eleven twelve thirteen"),
      same("…"),
    ]);
  });

  test("short shared runs stay whole; nothing differs, nothing to show", () => {
    const ops: WordOp[] = [same("a b"), { op: "inserted", text: "c" }, same("d e f")];
    expect(excerptOps(ops)).toEqual(ops);
    expect(excerptOps([same("a b c")])).toBeNull();
  });
});
