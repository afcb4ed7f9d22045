/**
 * The hover card's geometry in a real Chromium: highlights pinned at the four edges and corners of a
 * 1200×900 window and of a 400-px-wide one; every card must lie entirely inside the viewport, and
 * its button must never cover its text. Also: Escape closes it, and it follows its highlight on
 * scroll (or closes when the highlight leaves the view). Prints the figures it measured.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { evaluateInCard, launch, type Harness } from "./harness.js";

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await launch();
  page = await harness.context.newPage();
  await page.goto(harness.url("www.reuters.com", "/fixtures/liveblog-split-inline-tags.html"));
  await page.waitForFunction(() => document.querySelectorAll("verbatim-mark").length > 8, null, {
    timeout: 15_000,
  });
  // Highlighting runs in slices: start only once the marks have settled, or a test may hover a mark
  // that the last slice is about to replace.
  const count = () => page.evaluate(() => document.querySelectorAll("verbatim-mark").length);
  for (let last = -1, now = await count(), tries = 0; now !== last && tries < 30; tries++) {
    await page.waitForTimeout(500);
    [last, now] = [now, await count()];
  }
});

afterAll(async () => {
  await harness?.close();
});

/** Where a highlight is pinned: CSS insets of a fixed box. */
const EDGES: Record<string, Record<string, string>> = {
  "top-left": { top: "0", left: "0" },
  "top-centre": { top: "0", left: "35%" },
  "top-right": { top: "0", right: "0" },
  "middle-left": { top: "45%", left: "0" },
  "middle-right": { top: "45%", right: "0" },
  "bottom-left": { bottom: "0", left: "0" },
  "bottom-centre": { bottom: "0", left: "35%" },
  "bottom-right": { bottom: "0", right: "0" },
};

interface Geometry {
  readonly card: { left: number; top: number; right: number; bottom: number };
  readonly viewport: { width: number; height: number };
  /** Area, in px², where the button and the card's text body overlap. */
  readonly overlap: number;
}

/** The first mark of each of `count` matches (the focusable one the card is shown for). */
async function firstMarks(count: number): Promise<string[]> {
  return page.evaluate((n) => {
    const seen = new Set<string>();
    for (const mark of Array.from(document.querySelectorAll<HTMLElement>("verbatim-mark"))) {
      if (seen.size < n) seen.add(mark.dataset.vbMatch!);
    }
    return [...seen];
  }, count);
}

async function pin(match: string, insets: Record<string, string> | null): Promise<void> {
  await page.evaluate(
    ([m, box]) => {
      const mark = document.querySelector<HTMLElement>(`verbatim-mark[data-vb-match="${m}"]`)!;
      for (const p of ["position", "top", "left", "right", "bottom", "max-width", "z-index"])
        mark.style.removeProperty(p);
      if (!box) return;
      const set = (p: string, v: string): void => mark.style.setProperty(p, v, "important");
      set("position", "fixed");
      set("max-width", "30vw");
      set("z-index", "2147483646");
      for (const [side, value] of Object.entries(box)) set(side, value);
    },
    [match, insets] as const,
  );
}

async function cardGeometry(): Promise<Geometry | null> {
  const geometry = await evaluateInCard(page, (root) => {
    const host = root.host;
    if (getComputedStyle(host).display === "none" || getComputedStyle(host).visibility !== "visible")
      return null;
    const rect = (el: Element) => el.getBoundingClientRect();
    const card = rect(root.querySelector(".vb-card")!);
    const body = rect(root.querySelector(".vb-card-body")!);
    const button = rect(root.querySelector(".vb-card-foot button")!);
    const w = Math.max(0, Math.min(body.right, button.right) - Math.max(body.left, button.left));
    const h = Math.max(0, Math.min(body.bottom, button.bottom) - Math.max(body.top, button.top));
    return {
      card: { left: card.left, top: card.top, right: card.right, bottom: card.bottom },
      viewport: { width: innerWidth, height: innerHeight },
      overlap: w * h,
    };
  });
  return geometry ?? null;
}

async function waitForCard(): Promise<Geometry> {
  let geometry: Geometry | null = null;
  await expect.poll(async () => (geometry = await cardGeometry()), { timeout: 5_000 }).not.toBeNull();
  await page.waitForTimeout(50); // one more frame: autoUpdate may refine the first placement
  return (await cardGeometry()) ?? geometry!;
}

const outside = (g: Geometry): boolean =>
  g.card.left < -0.5 ||
  g.card.top < -0.5 ||
  g.card.right > g.viewport.width + 0.5 ||
  g.card.bottom > g.viewport.height + 0.5;

describe("the hover card stays on screen", () => {
  test.each([
    [1200, 900],
    [400, 900],
  ])(
    "at %ix%i, with highlights at every edge",
    async (width, height) => {
      await page.setViewportSize({ width, height });
      const matches = await firstMarks(4);
      expect(matches).toHaveLength(4);
      const failures: string[] = [];
      let cards = 0;
      for (const match of matches) {
        for (const [edge, insets] of Object.entries(EDGES)) {
          await pin(match, insets);
          await page.locator(`verbatim-mark[data-vb-match="${match}"]`).first().hover();
          const geometry = await waitForCard();
          cards++;
          if (outside(geometry))
            failures.push(`${edge} match ${match}: outside ${JSON.stringify(geometry.card)}`);
          if (geometry.overlap > 0)
            failures.push(`${edge} match ${match}: button covers ${geometry.overlap} px²`);
          await page.keyboard.press("Escape");
          await expect.poll(cardGeometry).toBeNull();
          await pin(match, null);
        }
      }
      console.log(
        `hover card at ${width}x${height}: ${cards} cards, ${failures.length} outside or overlapping`,
      );
      expect(failures).toEqual([]);
      // 32 cards: usually 7 s, but up to a minute on a loaded 2-core machine (not yet explained: the
      // same loop, the same figures, each card slower to open and close).
    },
    180_000,
  );

  test("a card taller than the room scrolls inside itself", async () => {
    await page.setViewportSize({ width: 400, height: 360 });
    const [match] = await firstMarks(1);
    await pin(match!, EDGES["middle-left"]!);
    await page.locator(`verbatim-mark[data-vb-match="${match}"]`).first().hover();
    const geometry = await waitForCard();
    expect(outside(geometry)).toBe(false);
    const scrolls = await evaluateInCard(page, (root) => {
      const body = root.querySelector(".vb-card-body")!;
      return {
        scrollHeight: body.scrollHeight,
        clientHeight: body.clientHeight,
        overflow: getComputedStyle(body).overflowY,
      };
    });
    expect(scrolls?.overflow).toBe("auto");
    expect(scrolls!.scrollHeight).toBeGreaterThan(scrolls!.clientHeight);
    await page.keyboard.press("Escape");
    await pin(match!, null);
  });

  test("it follows its highlight on scroll, and closes when the highlight leaves the view", async () => {
    await page.setViewportSize({ width: 1200, height: 900 });
    // Room to scroll (a style change, which the content script does not treat as new content).
    await page.evaluate(() => document.body.style.setProperty("padding-bottom", "3000px"));
    const mark = page.locator("verbatim-mark").nth(2);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const before = await waitForCard();
    const markTop = () => mark.evaluate((el) => el.getBoundingClientRect().top);
    const offsetBefore = before.card.top - (await markTop());
    await page.evaluate(() => window.scrollBy(0, 40));
    // Either it moved with the highlight or it closed; it never stays behind (placement follows the
    // scroll within a frame or two; a loaded machine may take a little longer).
    await expect
      .poll(async () => {
        const after = await cardGeometry();
        return after === null || Math.abs(after.card.top - (await markTop()) - offsetBefore) < 1.5;
      })
      .toBe(true);
    await page.evaluate(() => window.scrollBy(0, 5000));
    await expect.poll(cardGeometry).toBeNull();
  });
});
