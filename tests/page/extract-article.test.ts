import { Readability } from "@mozilla/readability";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseHtml } from "../../src/node/read-article-file.js";
import { extractArticle } from "../../src/page/extract-article.js";

const fixture = (slug: string) =>
  parseHtml(readFileSync(path.resolve(import.meta.dirname, "../fixtures/pages", slug, "page.html"), "utf8"));

describe("extractArticle", () => {
  test("every character of the text traces back to a live text node of the page", () => {
    const doc = fixture("liveblog-split-inline-tags");
    const article = extractArticle(doc, Readability)!;
    for (const s of article.segments) {
      expect(doc.contains(s.node)).toBe(true);
      expect(article.text.slice(s.start, s.start + s.node.data.length)).toBe(
        s.node.data.replace(/[\n\r\t\f]/g, " ").slice(0, article.text.length - s.start),
      );
    }
  });

  test("a quote across <a> and <em> is one run of text", () => {
    const article = extractArticle(fixture("liveblog-split-inline-tags"), Readability)!;
    expect(article.text).toContain(
      "“We believe it is our partners’ responsibility to ensure that Russia is ready to end the war – not to look for reasons why it should continue for more weeks, months, or years, but to end it,”",
    );
  });

  test("headline first; captions, asides, ads, share tools, newsletter and navigation left out", () => {
    const article = extractArticle(fixture("wire-straight-quotes-split"), Readability)!;
    expect(article.text.split("\n\n")[0]).toBe(
      "Trump sees 'very good chance' of ending Ukraine war after envoy meets Putin",
    );
    for (const junk of [
      "Photo: Pool",
      "Related",
      "Advertisement",
      "Share on X",
      "Sign up",
      "Privacy",
      "Subscribe",
      "Politics",
    ]) {
      expect(article.text).not.toContain(junk);
    }
    expect(article.date).toBe("2025-03-14");
    expect(article.url).toBe(
      "https://www.harbordailyledger.example/world/2025/03/14/trump-very-good-chance-ukraine",
    );
  });

  test("blocks are separated by a blank line, inline white space kept", () => {
    const doc = parseHtml(
      "<html><body><article><h1>Title</h1><p>One\n  <b>two</b>\tthree.</p><div><p>Four.</p></div></article></body></html>",
    );
    expect(extractArticle(doc, Readability)!.text).toBe("Title\n\nOne   two three.\n\nFour.");
  });

  test("a page without text has no article", () => {
    expect(
      extractArticle(
        parseHtml("<html><body><nav>Home</nav><script>var x</script></body></html>"),
        Readability,
      ),
    ).toBeNull();
  });

  test.each([
    ["a contenteditable region", '<div contenteditable="true">'],
    ["a bare contenteditable attribute", "<div contenteditable>"],
    ["plaintext-only editing", '<div contenteditable="plaintext-only">'],
    ["a role=textbox widget", '<div role="textbox" aria-multiline="true">'],
    ["a code editor's rendering", '<div class="CodeMirror cm-s-default">'],
    ["a rich-text editor", '<div class="ql-container"><div class="ql-editor">'],
  ])("what %s holds is not article text: Verbatim writes nothing into editors", (_, open) => {
    const closers = "</div>".repeat((open.match(/<div/g) ?? []).length);
    const doc = parseHtml(
      `<html><body><article><h1>Title</h1><p>Kept.</p>${open}<p>“Typed by the reader,” he said.</p>${closers}</article></body></html>`,
    );
    expect(extractArticle(doc, Readability)!.text).toBe("Title\n\nKept.");
  });

  test("an editor that wraps the whole article leaves nothing to extract, and contenteditable=false is not an editor", () => {
    const wrapped = parseHtml(
      '<html><body><div contenteditable="true"><article><h1>Title</h1><p>“Quoted,” he said.</p></article></div></body></html>',
    );
    expect(extractArticle(wrapped, Readability)).toBeNull();
    const notEditable = parseHtml(
      '<html><body><article><h1>Title</h1><div contenteditable="false"><p>Kept.</p></div></article></body></html>',
    );
    expect(extractArticle(notEditable, Readability)!.text).toBe("Title\n\nKept.");
  });
});
