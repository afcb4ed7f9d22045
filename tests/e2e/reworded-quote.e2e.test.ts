/**
 * A quote an outlet translated itself, on a real page, in a real Chromium: The Independent's English
 * of Jenni Hermoso's statement (tests/fixtures/real/rubiales-hermoso-2023/pages/19-independent.json,
 * its text as found) against that story's corpus (BBC Sport and The Nation, whose translations
 * differ). The reworded quote is highlighted with the double underline, and its hover card says it
 * is not the speaker's exact words and where they differ from BBC Sport's.
 *
 * The shipped corpus is the seeds' (another story), so the test runs a copy of the build whose
 * corpus.json is compiled from the story's corpus folder, as first-run.e2e.test.ts runs a copy whose
 * manifest differs: seeds/ and dist/ are left as they are. The page is served under its own host and
 * path; its markup is a plain article around the fixture's paragraphs (the fixture keeps the text,
 * not the page's HTML). A screenshot of the card lands in artifacts/.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { compileCorpus } from "../../src/core/compile/compile-corpus.js";
import { readSeeds } from "../../src/node/corpus-files.js";
import { cardOf, EXTENSION_DIR, inCard, launch, ROOT, type Harness } from "./harness.js";

const STORY = path.join(ROOT, "tests/fixtures/real/rubiales-hermoso-2023");
const FIXTURE = "19-independent.json";
const ARTIFACTS = path.join(ROOT, "artifacts");
/** The quote The Independent translated itself (BBC Sport: "I don't tolerate that my word is questioned…"). */
const TRANSLATED =
  "I do not tolerate my word being questioned and much less the invention of words I have not said.";
const REWORDED_SENTENCE = "Reworded or translated by this outlet — not the speaker's exact words";

interface PageFixture {
  readonly url: string;
  readonly outlet: string;
  readonly date: string;
  readonly text: string;
}

const fixture = JSON.parse(readFileSync(path.join(STORY, "pages", FIXTURE), "utf8")) as PageFixture;
const pageUrl = new URL(fixture.url);

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** The fixture's paragraphs as a news article, with the metadata a news page carries. */
function articleHtml(page: PageFixture): string {
  const paragraphs = page.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(page.outlet)}</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="${escapeHtml(page.outlet)}">
<meta property="article:published_time" content="${page.date}">
</head><body><main><article>
${paragraphs}
</article></main></body></html>`;
}

/** A copy of the build whose corpus is the story's, compiled as `npm run build:corpus` compiles seeds/. */
function buildWithStoryCorpus(): string {
  const dir = path.join(ROOT, "build", "e2e-corpus-rubiales-hermoso-2023");
  rmSync(dir, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(
    path.join(dir, "corpus.json"),
    JSON.stringify(compileCorpus(readSeeds(path.join(STORY, "corpus")))),
  );
  return dir;
}

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await launch(
    { [pageUrl.pathname]: articleHtml(fixture) },
    { extensionDir: buildWithStoryCorpus() },
  );
  page = await harness.context.newPage();
  await page.goto(harness.url(pageUrl.hostname, pageUrl.pathname));
  await page.locator("verbatim-mark[data-vb-kind=reworded]").first().waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await harness?.close();
});

/** Each highlight of the page: its match's kind, its text and its underline's computed style. */
async function highlights(): Promise<
  Array<{ kind: string; text: string; underline: string; width: string }>
> {
  return page.evaluate(() => {
    const byMatch = new Map<string, { kind: string; text: string; underline: string; width: string }>();
    for (const mark of Array.from(document.querySelectorAll<HTMLElement>("verbatim-mark"))) {
      const found = byMatch.get(mark.dataset.vbMatch!);
      if (found) found.text += mark.textContent;
      else
        byMatch.set(mark.dataset.vbMatch!, {
          kind: mark.dataset.vbKind!,
          text: mark.textContent ?? "",
          underline: getComputedStyle(mark).borderBottomStyle,
          width: getComputedStyle(mark).borderBottomWidth,
        });
    }
    return [...byMatch.values()];
  });
}

async function hover(selector: string): Promise<void> {
  await page.keyboard.press("Escape");
  await expect.poll(async () => (await inCard(page))?.shown ?? false).toBe(false);
  const mark = page.locator(selector).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await expect.poll(async () => (await inCard(page))?.shown, { timeout: 5_000 }).toBe(true);
}

describe("a quote the outlet translated itself, on The Independent's page", () => {
  test("is highlighted with the reworded style: a double underline, where its exact words are dotted", async () => {
    const found = await highlights();
    const reworded = found.filter((h) => h.kind === "reworded");
    expect(reworded.map((h) => h.text)).toEqual([TRANSLATED]);
    expect(reworded[0]!.underline).toBe("double");
    // At 2 px Chromium paints a double border as one solid line: two lines and a gap need 3.
    expect(reworded[0]!.width).toBe("3px");
    // The statement's words as BBC Sport printed them ("at no time did I consent to the kiss") are
    // a fragment, dotted: the double underline is the reworded kind's alone.
    const others = found.filter((h) => h.kind !== "reworded");
    expect(others.length).toBeGreaterThan(0);
    for (const h of others) expect(h.underline, h.text).not.toBe("double");
  });

  test("its hover card says it was reworded or translated, and where its words differ from BBC Sport's", async () => {
    await hover("verbatim-mark[data-vb-kind=reworded]");
    const card = await cardOf(page, [".vb-wording-list > li"]);
    expect(card.text).toContain(REWORDED_SENTENCE);
    expect(card.counts[".vb-wording-list > li"]).toBeGreaterThan(0);
    expect(card.text).toMatch(/where BBC Sport printed/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "reworded-hover-card.png") });
  });

  test("the card of a highlight in the speaker's own words does not say so", async () => {
    await hover("verbatim-mark[data-vb-kind=partial]");
    const card = await cardOf(page);
    expect(card.text).toContain("A fragment of the statement");
    expect(card.text).not.toContain(REWORDED_SENTENCE);
  });

  test("no request left this machine", () => {
    const outside = harness.requests.filter(
      (url) => /^https?:/.test(url) && !url.includes(`:${harness.port}/`),
    );
    expect(outside).toEqual([]);
  });
});
