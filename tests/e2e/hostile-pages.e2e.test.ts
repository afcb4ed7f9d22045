/**
 * Verbatim against pages that work against it, in a real Chromium with the built extension: a page
 * that tries to read, rewrite and click the hover card; one that claims Verbatim's tag names first;
 * one with the quote in an editor; a 20,000-paragraph live blog whose clock ticks; and, last,
 * a content script orphaned by reloading the extension under it.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LATE_QUOTE, liveBlogHtml, measureLiveBlog } from "../../scripts/bench/live-blog.js";
import { cardOf, highlightedSpans, launch, type Harness } from "./harness.js";

const QUOTE =
  "\u201cI have strongly requested to President Putin that their lives be spared. This would be a horrible massacre, one not seen since World War II. God bless them all,\u201d Trump wrote on Truth Social.";
const ARTICLE_HEAD = `<!doctype html><html><head><meta charset="utf-8"><title>Trump urges Putin to spare troops</title>
<meta property="og:type" content="article">`;
const ARTICLE_BODY = `<main><article><h1>Trump urges Putin to spare Ukrainian troops in Kursk</h1>
<p>${QUOTE}</p>
<p>Donald Trump said on Friday there was a "very good chance" the war could end.</p>
</article></main>`;

/** A page script that tries every way it has at the card: find its root, rewrite it, click it. */
const FORGER = `<script>
  window.forgery = { rootsFound: 0, clicks: 0 };
  setInterval(() => {
    for (const el of document.querySelectorAll("*")) {
      const root = el.shadowRoot;
      if (!root) continue;
      window.forgery.rootsFound++;
      for (const v of root.querySelectorAll(".vb-version, li")) v.textContent = "FORGED: the outlet never said this";
      for (const b of root.querySelectorAll("button")) { b.click(); window.forgery.clicks++; }
    }
    const host = document.documentElement.lastElementChild;
    if (host && host !== document.body) {
      host.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
      host.click();
    }
    for (const m of document.querySelectorAll("verbatim-mark")) m.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
  }, 100);
</script>`;

/** Defines Verbatim's tag names before Verbatim runs, as a hostile page may. */
const CLAIMER = `<script>
  customElements.define("verbatim-card", class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: "open" }).textContent = "page-owned"; }
  });
  customElements.define("verbatim-mark", class extends HTMLElement {
    constructor() { super(); throw new Error("page-owned mark"); }
  });
</script>`;

const PESKOV =
  "\u201cThere are certainly reasons to be cautiously optimistic,\u201d Kremlin spokesman Dmitry Peskov told reporters.";
const ZELENSKY =
  "Zelensky wrote: \u201cPutin will not end the war on his own. But the strength of America is enough to make it happen.\u201d";
const EDITOR_PAGE = `${ARTICLE_HEAD}</head><body>${ARTICLE_BODY.replace(
  "</article>",
  `<div id="editor" contenteditable="true"><p>${PESKOV}</p></div><div id="textbox" role="textbox"><p>${ZELENSKY}</p></div></article>`,
)}</body></html>`;

let harness: Harness;

beforeAll(async () => {
  harness = await launch({
    "/world/forgery.html": `${ARTICLE_HEAD}</head><body>${ARTICLE_BODY}${FORGER}</body></html>`,
    "/world/claimed.html": `${ARTICLE_HEAD}${CLAIMER}</head><body>${ARTICLE_BODY}</body></html>`,
    "/world/editor.html": EDITOR_PAGE,
    "/live/blog.html": liveBlogHtml(20_000),
  });
});

afterAll(async () => {
  await harness?.close();
});

async function open(pathname: string, host = "www.reuters.com"): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(harness.url(host, pathname));
  return page;
}

async function waitForMarks(page: Page, atLeast: number, timeout = 15_000): Promise<void> {
  await expect.poll(() => page.locator("verbatim-mark").count(), { timeout }).toBeGreaterThanOrEqual(atLeast);
}

async function hoverFirstMark(page: Page): Promise<void> {
  const mark = page.locator("verbatim-mark").first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await expect.poll(async () => (await cardOf(page)).shown).toBe(true);
}

describe("Verbatim's UI belongs to Verbatim", () => {
  test("a page can neither read, rewrite nor click the hover card; the user's own clicks open tabs, at a bounded rate", async () => {
    const page = await open("/world/forgery.html");
    await waitForMarks(page, 2);
    const tabsBefore = harness.context.pages().length;
    await hoverFirstMark(page);
    await page.waitForTimeout(1000); // ten rounds of the page's forgery attempts
    const card = await cardOf(page);
    expect(card.text).toContain("The Jerusalem Post");
    expect(card.text).not.toContain("FORGED");
    expect(await page.evaluate(() => (window as unknown as { forgery: object }).forgery)).toEqual({
      rootsFound: 0,
      clicks: 0,
    });
    expect(harness.context.pages().length).toBe(tabsBefore);
    // Five real clicks: two comparison tabs, then the rate limit.
    for (let i = 0; i < 5; i++) {
      await page.mouse.move(card.button.x, card.button.y);
      await page.mouse.down();
      await page.mouse.up();
    }
    await expect.poll(() => harness.context.pages().length).toBe(tabsBefore + 2);
    await page.waitForTimeout(500);
    expect(harness.context.pages().length).toBe(tabsBefore + 2);
    for (const extra of harness.context.pages().slice(tabsBefore)) await extra.close();
    await page.close();
  });

  test("a page that defines verbatim-card and verbatim-mark first still gets highlights and a card", async () => {
    const page = await open("/world/claimed.html");
    await waitForMarks(page, 2);
    expect(await highlightedSpans(page)).toContain(QUOTE.slice(1, QUOTE.indexOf("\u201d")));
    await hoverFirstMark(page);
    expect((await cardOf(page)).text).toContain("The Jerusalem Post");
    await page.close();
  });

  test("nothing is written into an editor or a text box: their HTML is as the page made it", async () => {
    const page = await open("/world/editor.html");
    const before = await page.evaluate(() =>
      ["editor", "textbox"].map((id) => document.getElementById(id)!.innerHTML),
    );
    await waitForMarks(page, 2);
    await page.waitForTimeout(1000);
    const spans = await highlightedSpans(page);
    expect(spans).toContain("very good chance");
    expect(spans).toHaveLength(2); // the Trump quote and its fragment; neither editor's quote
    expect(
      await page.evaluate(() => ["editor", "textbox"].map((id) => document.getElementById(id)!.innerHTML)),
    ).toEqual(before);
    await page.close();
  });
});

describe("a 20,000-paragraph live blog whose clock ticks", () => {
  test("costs nothing while nothing changes, keeps the open card, and sends only a new post's text", async () => {
    const page = await open("/live/blog.html");
    await waitForMarks(page, 20, 60_000);
    const marks = await page.locator("verbatim-mark").count();
    await page.waitForTimeout(2500); // let the first scan's work settle
    await hoverFirstMark(page);
    const ticking = await measureLiveBlog(page, harness.worker, 6);
    console.log(`live blog, ticking: ${JSON.stringify(ticking)}`);
    expect((await cardOf(page)).shown).toBe(true);
    // The page's own rendering of 20,000 paragraphs takes 40-50 ms a tick without Verbatim (more on a
    // loaded machine): what is asserted is the script time of each task, which is Verbatim's.
    expect(ticking.longestScriptMs).toBeLessThan(50);
    expect(ticking.messages).toBe(0);
    expect(await page.locator("verbatim-mark").count()).toBe(marks);

    await page.mouse.move(0, 0);
    const posting = measureLiveBlog(page, harness.worker, 4);
    await page.evaluate(() => (window as unknown as { publishPost(): void }).publishPost());
    const posted = await posting;
    console.log(`live blog, a new post: ${JSON.stringify(posted)}`);
    await expect.poll(() => highlightedSpans(page)).toContain(LATE_QUOTE);
    expect(posted.longestScriptMs).toBeLessThan(50);
    expect(posted.messages).toBe(1);
    expect(posted.bytesSent).toBeLessThan(2000);
    await page.close();
  }, 120_000);
});

describe("an orphaned content script", () => {
  test("tears itself down quietly when the extension is reloaded under it", async () => {
    const page = await open("/world/forgery.html", "www.apnews.com");
    await waitForMarks(page, 2);
    await hoverFirstMark(page);
    const { button } = await cardOf(page);
    const errorsBefore = harness.consoleErrors.length;
    await harness.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
    );
    await page.waitForTimeout(1000);
    await page.mouse.click(button.x, button.y);
    await expect.poll(() => page.locator("verbatim-mark").count()).toBe(0);
    expect(harness.consoleErrors.slice(errorsBefore)).toEqual([]);
    await page.close();
  });
});
