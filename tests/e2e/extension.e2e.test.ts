/**
 * Verbatim in a real Chromium, built as shipped (dist/chrome): highlights on real-looking news pages
 * under the manifest's real site list, the hover card, the badge, the popup, per-site off, keyboard,
 * pages that change after load, and no network requests. Screenshots land in artifacts/.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  badgeOf,
  cardOf,
  expectedSpans,
  highlightedSpans,
  inCard,
  launch,
  ROOT,
  tabIdOf,
  type Harness,
} from "./harness.js";

const ARTIFACTS = path.join(ROOT, "artifacts");
const LIVE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Live: Ukraine war</title>
<meta property="og:type" content="article"></head><body><main><article><h1>Live: Witkoff meets Putin in Moscow</h1>
<div id="feed"><p>Steve Witkoff met Vladimir Putin in Moscow late on Thursday. Donald Trump said on Friday there was a "very good chance" the war could end.</p></div>
</article></main>
<script>
  setTimeout(() => {
    const p = document.createElement("p");
    p.textContent = "\u201cI have strongly requested to President Putin that their lives be spared. This would be a horrible massacre, one not seen since World War II. God bless them all,\u201d Trump wrote on Truth Social.";
    document.getElementById("feed").prepend(p);
  }, 1500);
</script></body></html>`;
const NOT_AN_ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Markets overview</title></head><body>
<nav><a href="/">Home</a></nav><table><tr><td>S&amp;P 500</td><td>5,638.94</td></tr><tr><td>"very good chance"</td><td>+0.4%</td></tr></table></body></html>`;

let harness: Harness;

/** Every page the fixture server can serve, concatenated. */
function servedHtml(): string {
  const dir = path.join(ROOT, "tests/fixtures/pages");
  return [
    LIVE_PAGE,
    NOT_AN_ARTICLE,
    ...readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => readFileSync(path.join(dir, d.name, "page.html"), "utf8")),
  ].join("\n");
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  harness = await launch({ "/live/ukraine.html": LIVE_PAGE, "/markets/overview.html": NOT_AN_ARTICLE });
});

afterAll(async () => {
  await harness?.close();
});

async function open(host: string, pathname: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(harness.url(host, pathname));
  return page;
}

async function waitForMarks(page: Page, atLeast = 1): Promise<void> {
  await expect
    .poll(() => page.locator("verbatim-mark").count(), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(atLeast);
}

async function popupFor(tabId: number, query = ""): Promise<Page> {
  const popup = await harness.context.newPage();
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}${query}`);
  return popup;
}

describe("on a news site's article about the story", () => {
  test("highlights land on exactly the quoted text, including a quote split across inline elements", async () => {
    const page = await open("www.reuters.com", "/fixtures/liveblog-split-inline-tags.html");
    await waitForMarks(page, 10);
    expect(await highlightedSpans(page)).toEqual(expectedSpans("liveblog-split-inline-tags"));
    // The quote that runs across <a> and <em> is several mark elements of one match.
    const across = await page.evaluate(() => {
      const marks = Array.from(document.querySelectorAll<HTMLElement>("verbatim-mark"));
      const match = marks.find((m) => m.textContent === "responsibility")!.dataset.vbMatch;
      return marks.filter((m) => m.dataset.vbMatch === match).map((m) => m.parentElement!.tagName);
    });
    expect(across).toEqual(expect.arrayContaining(["P", "A", "EM"]));
    await page.screenshot({ path: path.join(ARTIFACTS, "page-highlights.png") });
    await page.close();
  });

  test("the same on a wire story with a split quote, and the badge counts the statements", async () => {
    const page = await open("www.apnews.com", "/fixtures/wire-straight-quotes-split.html");
    await waitForMarks(page, 5);
    expect(await highlightedSpans(page)).toEqual(expectedSpans("wire-straight-quotes-split"));
    const tabId = await tabIdOf(harness, page);
    await expect.poll(() => badgeOf(harness, tabId)).toBe("2");
    await page.close();
  });

  test("hovering a highlight shows the other outlet's version with a word diff", async () => {
    const page = await open("www.aljazeera.com", "/fixtures/courier-clipped-ellipsis.html");
    await waitForMarks(page, 5);
    const longQuote = page.locator("verbatim-mark[data-vb-kind=variant]").first();
    await longQuote.scrollIntoViewIfNeeded();
    await longQuote.hover();
    await expect.poll(async () => (await inCard(page))?.shown).toBe(true);
    const card = await cardOf(page, [".vb-op-elided"]);
    expect(card.text).toContain("The Jerusalem Post");
    expect(card.text).toContain("The Moscow Times");
    expect(card.text).toContain("Trump said in a Truth Social post");
    expect(card.counts[".vb-op-elided"]).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "hover-card.png") });
    await page.close();
  });

  test("keyboard: the next-highlight command focuses the first highlight; toggling hides them", async () => {
    const page = await open("www.reuters.com", "/fixtures/wire-straight-quotes-split.html");
    await waitForMarks(page, 5);
    const tabId = await tabIdOf(harness, page);
    const send = (method: string, params: object) =>
      harness.worker.evaluate(
        ([id, m, p]) =>
          (
            globalThis as unknown as {
              chrome: { tabs: { sendMessage(id: number, msg: object): Promise<unknown> } };
            }
          ).chrome.tabs.sendMessage(id as number, { verbatim: 1, method: m, params: p }),
        [tabId, method, params] as const,
      );
    expect(await send("highlights.step", { direction: 1 })).toEqual({ ok: true, result: 0 });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("VERBATIM-MARK");
    // A forced rescan (as the toolbar's "Scan this page" does) re-marks every quote, none lost.
    const before = await highlightedSpans(page);
    expect(await send("highlights.rescan", {})).toMatchObject({ ok: true });
    expect(await highlightedSpans(page)).toEqual(before);
    expect(await send("highlights.toggle", {})).toEqual({ ok: true, result: false });
    const background = await page
      .locator("verbatim-mark")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe("rgba(0, 0, 0, 0)");
    expect(await send("highlights.step", { direction: 3 })).toMatchObject({
      ok: false,
      error: expect.stringContaining("direction"),
    });
    await page.close();
  });

  test("the popup shows the story, statements with versions and diffs, what the page lacks, and the lookup", async () => {
    const page = await open("www.reuters.com", "/fixtures/wire-straight-quotes-split.html");
    await waitForMarks(page, 5);
    const tabId = await tabIdOf(harness, page);
    const popup = await popupFor(tabId);
    await expect
      .poll(() => popup.locator(".vb-story-title").textContent())
      .toBe("Trump says US had productive discussions with Putin, war in Ukraine could end");
    await expect
      .poll(() => popup.locator("#on-page-heading").textContent())
      .toBe("2 statements · 4 highlighted passages");
    const statements = popup.locator(".vb-statements > li");
    await expect.poll(() => statements.count()).toBe(2);
    const split = statements.filter({ has: popup.locator(".vb-op-split") }).first();
    expect(await split.locator(".vb-outlet").allTextContents()).toEqual([
      "The Jerusalem Post",
      "The Moscow Times",
    ]);
    expect(await split.locator(".vb-full .vb-op-bracketed").count()).toBe(1);
    expect(await popup.locator("#missing-heading").textContent()).toMatch(
      /^\d+ of the story's statements are not on this page$/,
    );
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.screenshot({ path: path.join(ARTIFACTS, "popup-light.png"), fullPage: true });
    await popup.locator("#lookup-heading").click();
    await popup.getByLabel("Words of a quote, or a speaker").fill("horrible massacre");
    await expect.poll(() => popup.locator(".vb-lookup-results > li").count()).toBe(1);
    expect(await popup.locator(".vb-lookup-results .vb-speaker").first().textContent()).toBe("Donald Trump");
    await popup.close();
    await page.close();
  });

  test("a page that changes after load is rescanned without duplicating highlights", async () => {
    const page = await open("www.cnn.com", "/live/ukraine.html");
    await waitForMarks(page, 1);
    await expect
      .poll(() => highlightedSpans(page), { timeout: 15_000 })
      .toEqual([
        "I have strongly requested to President Putin that their lives be spared. This would be a horrible massacre, one not seen since World War II. God bless them all,",
        "very good chance",
      ]);
    expect(await page.locator("verbatim-mark").count()).toBe(2);
    await page.close();
  });

  test("turning Verbatim off for the site removes every highlight at once", async () => {
    const page = await open("www.politico.com", "/fixtures/tv-site-casing-brackets.html");
    await waitForMarks(page, 4);
    const tabId = await tabIdOf(harness, page);
    const popup = await popupFor(tabId);
    const toggle = popup.getByLabel("Verbatim on this site");
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => page.locator("verbatim-mark").count()).toBe(0);
    expect(await inCard(page)).toBeNull();
    await toggle.check();
    await popup.close();
    await page.close();
  });
});

describe("pages Verbatim must leave alone", () => {
  test("an article about something else gets no highlight and no badge", async () => {
    const page = await open("www.cnn.com", "/fixtures/unrelated-trump-trade-talks.html");
    const tabId = await tabIdOf(harness, page);
    await expect
      .poll(
        async () =>
          (
            await harness.worker.evaluate(
              (id) =>
                (
                  globalThis as unknown as {
                    chrome: {
                      storage: { session: { get(k: string): Promise<Record<string, { status?: string }>> } };
                    };
                  }
                ).chrome.storage.session.get(`tab:${id}`),
              tabId,
            )
          )[`tab:${tabId}`]?.status,
      )
      .toBe("matched");
    expect(await page.locator("verbatim-mark").count()).toBe(0);
    expect(await badgeOf(harness, tabId)).toBe("");
    const popup = await popupFor(tabId);
    await expect
      .poll(() => popup.locator(".vb-story-card").textContent())
      .toContain("not about a story in Verbatim's corpus");
    await popup.close();
    await page.close();
  });

  test("a page that is not an article is left untouched", async () => {
    const page = await open("www.reuters.com", "/markets/overview.html");
    const before = await page.content();
    await page.waitForTimeout(1500);
    expect(await page.content()).toBe(before);
    expect(await page.locator("verbatim-mark").count()).toBe(0);
    expect(await inCard(page)).toBeNull();
    await page.close();
  });

  test("a page on a site outside the news list is not scanned by default", async () => {
    const page = await open("blog.example.org", "/fixtures/wire-straight-quotes-split.html");
    await page.waitForTimeout(1500);
    expect(await page.locator("verbatim-mark").count()).toBe(0);
    await page.close();
  });
});

describe("the background", () => {
  test("answers a malformed message with an error instead of crashing, and a page's message from the popup with a refusal", async () => {
    const popup = await popupFor(0);
    const replies = await popup.evaluate(async () => {
      const send = (m: unknown) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage(m);
      return [
        await send({ hello: "world" }),
        await send({ verbatim: 1, method: "page.match", params: { text: 42 } }),
        await send({ verbatim: 1, method: "nope", params: {} }),
        await send({ verbatim: 1, method: "corpus.search", params: { query: "Peskov" } }),
        await send({ verbatim: 1, method: "corpus.search", params: { query: 42 } }),
      ];
    });
    expect(replies[0]).toEqual({ ok: false, error: "not a Verbatim message" });
    // page.match speaks for a page: only a content script may send it, so the popup is refused.
    expect(replies[1]).toEqual({
      ok: false,
      error: "page.match: refused: only a page's content script may send this",
    });
    expect(replies[2]).toEqual({ ok: false, error: 'unknown method "nope"' });
    expect(replies[3]).toMatchObject({ ok: true });
    expect(replies[4]).toEqual({
      ok: false,
      error: "corpus.search: query must be a string of at most 500 characters",
    });
    await popup.close();
  });

  test("no errors in the pages' consoles (but a fixture's own unreachable image)", () => {
    expect(harness.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  test("the extension made no network request: only the fixture server and its own files", () => {
    // The fixture pages' own subresources (an <img> on another host) are the page's requests, not ours.
    const pagesOwn = (url: string) => servedHtml().includes(url);
    const foreign = harness.requests.filter(
      (url) =>
        !url.startsWith("chrome-extension://") &&
        !new RegExp(`^http://[^/]+:${harness.port}/`).test(url) &&
        !pagesOwn(url),
    );
    expect(foreign).toEqual([]);
    expect(harness.requests.length).toBeGreaterThan(10);
  });
});
