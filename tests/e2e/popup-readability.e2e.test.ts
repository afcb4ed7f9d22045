/**
 * The popup and the hover card read well, in a real Chromium: every piece of text at least 13 px, not
 * italic, with a contrast of at least 4.5:1 against what it is drawn on, in light and dark; and with
 * ten highlights or more the collapsed popup fits the 600 px browsers give a popup. Prints the heights.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REWORDED_STATEMENT, rewordedReport } from "../helpers/reworded.js";
import { evaluateInCard, launch, tabIdOf, type Harness } from "./harness.js";

let harness: Harness;
let page: Page;
let tabId: number;

beforeAll(async () => {
  harness = await launch();
  page = await harness.context.newPage();
  await page.goto(harness.url("www.reuters.com", "/fixtures/liveblog-split-inline-tags.html"));
  await page.waitForFunction(() => document.querySelectorAll("verbatim-mark").length >= 10, null, {
    timeout: 15_000,
  });
  tabId = await tabIdOf(harness, page);
});

afterAll(async () => {
  await harness?.close();
});

interface TextProblem {
  readonly text: string;
  readonly fontSize: number;
  readonly italic: boolean;
  readonly contrast: number;
}

/**
 * Every visible element with text of its own under `selector` (crossing into shadow roots), with its
 * font size, style, and WCAG contrast against the nearest opaque background (translucent layers
 * composited), returned when it falls short.
 */
function textProblems(target: Page, selector: string): Promise<TextProblem[]> {
  return target.evaluate(
    `(${problemsUnder.toString()})(document.querySelector(${JSON.stringify(selector)}))`,
  ) as Promise<TextProblem[]>;
}

/** The hover card's text problems, read in its closed shadow root (see evaluateInCard). */
async function cardTextProblems(target: Page): Promise<TextProblem[]> {
  return (
    (await evaluateInCard(target, problemsUnder)) ?? [
      { text: "no card", fontSize: 0, italic: false, contrast: 0 },
    ]
  );
}

/** Self-contained (it is sent to the page as source): the text problems under `start`. */
function problemsUnder(start: Element | ShadowRoot): TextProblem[] {
  {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const n = css.match(/[\d.]+/g)!.map(Number);
      return [n[0]!, n[1]!, n[2]!, n[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
    };
    const parentOf = (el: Element): Element | null =>
      el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    const background = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let e: Element | null = el; e; e = parentOf(e)) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const luminance = ([r, g, b]: Rgba): number => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const all: Element[] = [];
    const collect = (root: ParentNode): void => {
      for (const el of Array.from(root.querySelectorAll("*"))) {
        all.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    collect(start instanceof Element && start.shadowRoot ? start.shadowRoot : start);
    const problems: TextProblem[] = [];
    for (const el of all) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim());
      const rect = el.getBoundingClientRect();
      if (!own || rect.width <= 1 || rect.height <= 1) continue; // screen-reader-only labels
      const style = getComputedStyle(el);
      if (style.visibility !== "visible") continue;
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const contrast = (l1! + 0.05) / (l2! + 0.05);
      const fontSize = parseFloat(style.fontSize);
      const italic = style.fontStyle !== "normal";
      if (fontSize < 13 || italic || contrast < 4.5)
        problems.push({ text: el.textContent!.trim().slice(0, 60), fontSize, italic, contrast });
    }
    return problems;
  }
}

async function openPopup(scheme: "light" | "dark", height = 600): Promise<Page> {
  const popup = await harness.context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 420, height });
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator("#on-page-heading").waitFor();
  return popup;
}

describe("the popup", () => {
  test("with ten highlights or more, collapsed, it fits in 600 px", async () => {
    const highlights = await page.locator("verbatim-mark").count();
    const popup = await openPopup("light");
    const height = await popup.evaluate(() =>
      Math.ceil(document.querySelector("main")!.getBoundingClientRect().bottom),
    );
    console.log(`popup, collapsed, ${highlights} highlights: ${height} px`);
    expect(highlights).toBeGreaterThanOrEqual(10);
    expect(height).toBeLessThanOrEqual(600);
    await popup.close();
  });

  test.each(["light", "dark"] as const)(
    "%s: every text at least 13 px, not italic, contrast at least 4.5:1 (all entries open)",
    async (scheme) => {
      const popup = await openPopup(scheme);
      await popup.evaluate(() => {
        for (const d of Array.from(document.querySelectorAll("details"))) d.open = true;
      });
      await popup.getByLabel("Words of a quote, or a speaker").fill("Peskov");
      await popup.locator(".vb-lookup-results > li").first().waitFor();
      expect(await popup.locator(".vb-version").count()).toBeGreaterThan(5);
      expect(await textProblems(popup, "body")).toEqual([]);
      await popup.close();
    },
  );
});

describe("a reworded passage", () => {
  test.each(["light", "dark"] as const)(
    "%s: its sentence and its differences pass the same checks (all lists open)",
    async (scheme) => {
      // No matcher finds a reworded quote in the fixtures yet: the tab's state is written as the
      // background would, with a report built from a hand-made reworded match.
      const fakeTab = 900_001;
      const state = {
        url: "https://www.example-news.com/kursk",
        title: "Kursk",
        status: "matched",
        report: rewordedReport(),
      };
      await harness.worker.evaluate(
        ([id, value]) =>
          (
            globalThis as unknown as { chrome: { storage: { session: { set(i: object): Promise<void> } } } }
          ).chrome.storage.session.set({ [`tab:${id}`]: value }),
        [fakeTab, state] as const,
      );
      const popup = await harness.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(
        `chrome-extension://${harness.extensionId}/popup.html?tab=${fakeTab}&statement=${REWORDED_STATEMENT}`,
      );
      await popup.locator(".vb-wording-list > li").first().waitFor();
      await popup.evaluate(() => {
        for (const d of Array.from(document.querySelectorAll("details"))) d.open = true;
      });
      expect(await popup.locator(".vb-wording-list > li").count()).toBe(5);
      expect(await textProblems(popup, "body")).toEqual([]);
      await popup.close();
    },
  );
});

describe("the welcome page and the settings", () => {
  test.each([
    ["welcome.html", "light"],
    ["welcome.html", "dark"],
    ["options.html", "light"],
    ["options.html", "dark"],
  ] as const)(
    "%s, %s: every text at least 13 px, not italic, contrast at least 4.5:1",
    async (file, scheme) => {
      const view = await harness.context.newPage();
      await view.emulateMedia({ colorScheme: scheme });
      await view.goto(`chrome-extension://${harness.extensionId}/${file}`);
      await view.locator("h1").waitFor();
      expect(await view.locator("input[type=radio]").count()).toBeGreaterThanOrEqual(3);
      expect(await textProblems(view, "body")).toEqual([]);
      await view.close();
    },
  );
});

test("the check finds small, italic or faint text (so its silence above means something)", async () => {
  const popup = await openPopup("light");
  await popup.evaluate(() => {
    const add = (css: string, text: string): void => {
      const p = document.createElement("p");
      p.style.cssText = css;
      p.textContent = text;
      document.querySelector("main")!.append(p);
    };
    add("font-size: 12px", "small");
    add("font-style: italic", "slanted");
    add("color: #aaaaaa", "faint");
  });
  const problems = await textProblems(popup, "body");
  expect(problems.map((p) => p.text)).toEqual(["small", "slanted", "faint"]);
  expect(problems[2]!.contrast).toBeLessThan(4.5);
  await popup.close();
});

describe("the hover card", () => {
  test.each(["light", "dark"] as const)(
    "%s: every text at least 13 px, not italic, contrast at least 4.5:1",
    async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      const mark = page.locator("verbatim-mark[data-vb-kind=partial]").first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await expect
        .poll(() => evaluateInCard(page, (root) => getComputedStyle(root.host).visibility === "visible"))
        .toBe(true);
      await evaluateInCard(page, (root) => {
        for (const d of Array.from(root.querySelectorAll("details"))) d.open = true;
      });
      expect(await cardTextProblems(page)).toEqual([]);
      await page.keyboard.press("Escape");
    },
  );
});
