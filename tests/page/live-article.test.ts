// @vitest-environment jsdom
/**
 * The live article: after any change to the page, its text is exactly what a new extraction gives,
 * reached by reading only the blocks that changed; changes outside the article, or that leave its
 * text as it was, are no edit at all; the edit is the smallest one.
 */
import { Readability } from "@mozilla/readability";
import { describe, expect, test } from "vitest";
import { extractArticle } from "../../src/page/extract-article.js";
import { LiveArticle, textEdit, type ArticleChange } from "../../src/page/live-article.js";

const PAGE = `<header><p>Site clock: <span id="outside">0</span></p></header>
<main><article><h1>Live: talks in Moscow</h1>
<p class="updated">Updated <span id="inside">0</span> s ago</p>
<div id="feed">
  <p id="first">“We had very <a href="#">good</a> talks,” Trump said.</p>
  <p id="second">Witkoff met Putin.</p>
  <div id="mixed">Intro text <em>here</em></div>
</div></article></main>`;

/** Runs `change`, feeds its mutation records to the article, and returns the change found. */
async function after(article: LiveArticle, change: () => void) {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  change();
  article.note(observer.takeRecords());
  observer.disconnect();
  return article.update();
}

function setUp(): LiveArticle {
  document.body.innerHTML = PAGE;
  return LiveArticle.extract(document, Readability)!;
}

/**
 * The live article agrees with a whole new extraction, character for character (its text keeps the
 * trailing white space a whole extraction trims) and node for node.
 */
function expectCurrent(article: LiveArticle): void {
  const fresh = extractArticle(document, Readability)!;
  expect(article.text.trimEnd()).toBe(fresh.text);
  const everything = [{ start: 0, end: article.text.length }];
  expect(article.segmentsFor(everything).map((s) => [s.start, s.node.data])).toEqual(
    fresh.segments.map((s) => [s.start, s.node.data]),
  );
}

/** Applies a change's edits, in order, to `text`. */
function applied(text: string, change: ArticleChange): string {
  if (change.kind !== "edit") return text;
  return change.changes.reduce((t, { edit }) => t.slice(0, edit.from) + edit.insert + t.slice(edit.to), text);
}

const byId = (id: string) => document.getElementById(id)!;

describe("LiveArticle", () => {
  test("a clock outside the article is no change", async () => {
    const article = setUp();
    expect(await after(article, () => (byId("outside").textContent = "1"))).toEqual({ kind: "same" });
  });

  test("a clock inside the article is one small edit", async () => {
    const article = setUp();
    const before = article.text;
    const change = await after(article, () => (byId("inside").firstChild!.nodeValue = "10"));
    expect(change).toEqual({
      kind: "edit",
      changes: [
        {
          edit: { from: before.indexOf("0 s ago"), to: before.indexOf("0 s ago"), insert: "1" },
          removed: "",
        },
      ],
    });
    expect(applied(before, change)).toBe(article.text);
    expectCurrent(article);
  });

  test("a post prepended to the feed is an edit of just its text", async () => {
    const article = setUp();
    const before = article.text;
    const post = "“A new quote,” he said.";
    const change = await after(article, () => {
      const p = document.createElement("p");
      p.textContent = post;
      byId("feed").prepend(p);
    });
    if (change.kind !== "edit") throw new Error(`expected an edit, got ${change.kind}`);
    expect(change.changes.map((c) => c.edit.insert.length)).toEqual([post.length + 2]); // and a blank line
    expect(applied(before, change)).toBe(article.text);
    expectCurrent(article);
  });

  test.each([
    ["a removed post", () => byId("second").remove()],
    ["text typed into a paragraph", () => byId("first").append(" More words.")],
    ["an inline element removed", () => byId("first").querySelector("a")!.remove()],
    ["a post's text replaced", () => (byId("second").textContent = "Witkoff left Moscow.")],
    [
      "a block inserted inside another block's text",
      () =>
        byId("mixed").insertBefore(
          Object.assign(document.createElement("p"), { textContent: "Inserted." }),
          byId("mixed").lastChild,
        ),
    ],
    [
      "a block appended after the feed",
      () => byId("feed").after(Object.assign(document.createElement("p"), { textContent: "After." })),
    ],
    ["a post moved to the top", () => byId("feed").prepend(byId("second"))],
    [
      "a hidden block shown by replacement",
      () =>
        byId("second").replaceWith(
          Object.assign(document.createElement("blockquote"), { textContent: "“Quoted.”" }),
        ),
    ],
  ])("%s leaves the text as a new extraction gives it", async (_, change) => {
    const article = setUp();
    const before = article.text;
    const result = await after(article, change);
    expect(applied(before, result)).toBe(article.text);
    if (result.kind === "reextract") {
      expect(_).toBe("a post moved to the top"); // only a move is beyond placing in place
      return;
    }
    expectCurrent(article);
  });

  test("the whole article replaced asks for a new extraction", async () => {
    const article = setUp();
    expect(
      await after(article, () =>
        document.querySelector("article")!.replaceWith(document.createElement("article")),
      ),
    ).toEqual({
      kind: "reextract",
    });
  });

  test("blocks re-read after Verbatim's own marking give fresh nodes and no edit", () => {
    const article = setUp();
    const first = byId("first");
    const node = first.firstChild as Text;
    node.splitText(5); // what mark.js does to wrap a quote
    expect(article.update([first])).toEqual({ kind: "same" });
    expect(article.segmentsFor([{ start: 0, end: article.text.length }]).map((s) => s.node)).toContain(
      node.nextSibling,
    );
    expectCurrent(article);
  });

  test("an edit after the article's own text changed keeps offsets exact for what follows", async () => {
    const article = setUp();
    await after(article, () => (byId("inside").firstChild!.nodeValue = "123"));
    const second = article.text.indexOf("Witkoff met Putin.");
    const segments = article.segmentsFor([{ start: second, end: second + 1 }]);
    expect(segments.find((s) => s.node.data === "Witkoff met Putin.")!.start).toBe(second);
  });
});

describe("textEdit", () => {
  test.each([
    ["abc", "abc", null],
    ["abc", "abXc", { from: 2, to: 2, insert: "X" }],
    ["Updated 9 s", "Updated 10 s", { from: 8, to: 9, insert: "10" }],
    ["aaa", "aa", { from: 2, to: 3, insert: "" }],
    ["", "new", { from: 0, to: 0, insert: "new" }],
  ])("%j → %j is %j", (before, after, edit) => {
    expect(textEdit(before, after)).toEqual(edit);
  });
});
