// @vitest-environment jsdom
/**
 * Highlighting in a DOM: spans of the extracted text become mark.js ranges that wrap exactly the
 * quoted words across inline elements, skip what extraction skipped, and unmark without a trace.
 */
import { describe, expect, test, vi } from "vitest";
import { Highlighter, type HighlightData } from "../../src/content/highlighter.js";
import { extractArticle } from "../../src/page/extract-article.js";
import { markOffsets, rangesByContext, toMarkRanges } from "../../src/page/mark-ranges.js";

vi.mock("../../src/shared/browser.js", async () => ({
  browser: (await import("../helpers/fake-browser.js")).createFakeBrowser(),
}));

const PAGE = `
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article>
  <h1>Trump says war could end</h1>
  <figure><figcaption>Steve Witkoff in Moscow. (Photo: AP)</figcaption></figure>
  <p>“We had very <a href="#">good</a> and <em>productive <b>discussions</b></em> with President Vladimir Putin,” Trump wrote.</p>
  <script>var tracking = "We had very good";</script>
  <p>He said the troops were&nbsp;“completely surrounded”.</p>
</article>`;

function setUp(): { text: string; highlighter: Highlighter; ranges: ReturnType<typeof rangesFor> } {
  document.body.innerHTML = PAGE;
  const article = extractArticle(document)!;
  const ranges = rangesFor(article, [
    "We had very good and productive discussions with President Vladimir Putin,",
    "completely surrounded",
  ]);
  return { text: article.text, highlighter: new Highlighter(document.body), ranges };
}

function rangesFor(article: NonNullable<ReturnType<typeof extractArticle>>, quotes: string[]) {
  const spans = quotes.map((q, i) => {
    const start = article.text.indexOf(q);
    return {
      start,
      end: start + q.length,
      data: { match: i, occurrence: i, kind: "exact" } satisfies HighlightData,
    };
  });
  return toMarkRanges(article.segments, spans, markOffsets(document.body));
}

describe("highlighting", () => {
  test("a quote across <a>, <em> and <b> is one match of several marks with exactly its words", () => {
    const { highlighter, ranges } = setUp();
    expect(ranges).toHaveLength(2); // contiguous in mark.js's count, so one range per quote
    highlighter.apply(ranges);
    const marks = Array.from(document.querySelectorAll<HTMLElement>("verbatim-mark"));
    const first = marks.filter((m) => m.dataset.vbMatch === "0");
    expect(first.map((m) => m.textContent).join("")).toBe(
      "We had very good and productive discussions with President Vladimir Putin,",
    );
    expect(first.map((m) => m.parentElement!.tagName)).toEqual(expect.arrayContaining(["P", "A", "EM", "B"]));
    expect(
      marks
        .filter((m) => m.dataset.vbMatch === "1")
        .map((m) => m.textContent)
        .join(""),
    ).toBe("completely surrounded");
    // Nothing outside the quotes, and never inside the script.
    expect(
      document.querySelector("script verbatim-mark, nav verbatim-mark, figcaption verbatim-mark"),
    ).toBeNull();
    // The first mark of each occurrence is reachable by keyboard.
    expect(marks.filter((m) => m.tabIndex === 0)).toHaveLength(2);
  });

  test("highlighting in slices between tasks gives exactly what one pass gives", async () => {
    const { highlighter, ranges } = setUp();
    highlighter.apply(ranges);
    const once = document.body.innerHTML;
    highlighter.clear();
    document.body.normalize();
    const article = extractArticle(document)!;
    const spans = [
      "We had very good and productive discussions with President Vladimir Putin,",
      "completely surrounded",
    ].map((q, i) => {
      const start = article.text.indexOf(q);
      return {
        start,
        end: start + q.length,
        data: { match: i, occurrence: i, kind: "exact" } satisfies HighlightData,
      };
    });
    const groups = rangesByContext(article.segments, spans, document.body);
    expect(groups.map((g) => g.context.tagName)).toEqual(["P", "P"]);
    expect(await highlighter.applyInSlices(groups, new AbortController().signal, 0)).toBeGreaterThan(2);
    expect(document.body.innerHTML).toBe(once);
    expect(highlighter.count).toBe(2);
  });

  test("page text is unchanged, and clearing restores the page exactly", () => {
    const { highlighter, ranges } = setUp();
    const before = document.body.innerHTML;
    const textBefore = document.body.textContent;
    highlighter.apply(ranges);
    expect(document.body.textContent).toBe(textBefore);
    highlighter.clear();
    document.body.normalize();
    expect(document.body.innerHTML).toBe(before);
  });

  test("styles are inline and !important, by kind, and hidden highlights keep the text", () => {
    const { highlighter, ranges } = setUp();
    highlighter.apply(ranges);
    const mark = document.querySelector<HTMLElement>("verbatim-mark")!;
    expect(mark.style.getPropertyPriority("background")).toBe("important");
    expect(mark.style.getPropertyValue("border-bottom")).toContain("solid");
    highlighter.setAppearance("underline", false);
    expect(mark.style.getPropertyValue("background")).toBe("transparent");
    expect(document.querySelectorAll("verbatim-mark").length).toBeGreaterThan(0);
  });

  test("next and previous move through occurrences and wrap around", () => {
    Element.prototype.scrollIntoView = () => undefined; // jsdom does no layout
    const { highlighter, ranges } = setUp();
    highlighter.apply(ranges);
    expect(highlighter.step(1)).toBe(0);
    expect(highlighter.step(1)).toBe(1);
    expect(highlighter.step(1)).toBe(0);
    expect(highlighter.step(-1)).toBe(1);
    expect(highlighter.reveal(1)).toBe(true);
    expect(highlighter.reveal(7)).toBe(false);
  });
});
