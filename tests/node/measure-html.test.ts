import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { measureHtml } from "../../src/node/measure-html.js";

describe("measureHtml", () => {
  test.each([
    ["nested elements", "<div><div><span>x</span></div></div>", 3],
    ["siblings", "<div></div><div></div>", 1],
    // End tags that may be left out, void elements and self-closing SVG do not nest.
    ["implied end tags and void elements", "<ul><li>a<li>b<li>c</ul><p>one<p>two<br><img src=x>", 1],
    ["self-closing SVG", "<svg><g><path/><path/></g></svg>", 2],
    [
      "comments, scripts, styles",
      "<div><!-- <div><div> --><script>'<div>'</script><style>a>b{}</style></div>",
      1,
    ],
    ["a > in an attribute", "<div title='a > b'>x</div>", 1],
    ["5,000 unclosed divs", "<div>".repeat(5_000), 5_000],
  ])("%s", (_, html, depth) => {
    expect(measureHtml(html).depth).toBe(depth);
  });

  test("elements: every start tag outside comments, scripts and styles", () => {
    expect(measureHtml("<p>a<br><img src=x><!-- <p> --><script>'<p>'</script><b><i>x</b></i>").elements).toBe(
      6,
    );
  });

  test("the saved news pages nest a few dozen levels at most", () => {
    const pages = path.resolve(import.meta.dirname, "../fixtures/pages");
    for (const slug of readdirSync(pages).filter((f) => !f.includes("."))) {
      const { depth, elements } = measureHtml(readFileSync(path.join(pages, slug, "page.html"), "utf8"));
      expect(depth, slug).toBeLessThan(64);
      expect(elements, slug).toBeLessThan(5_000);
    }
  });
});
