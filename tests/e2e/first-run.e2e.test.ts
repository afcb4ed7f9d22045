/**
 * First run and running on demand, in a real Chromium with the built extension: installing opens the
 * welcome page; its choices are stored and shown in the options; "All sites" makes Verbatim run on a
 * host that is on no list (served under an unlisted hostname through --host-resolver-rules); the
 * popup's "Always run on <site>" and "Scan this page" work; failures reach the reader as sentences.
 *
 * Headless Chromium cannot answer a permission prompt and gives no activeTab grant without a real
 * toolbar click (chrome.action.openPopup does not grant it). So the grants are made where Chromium
 * makes them without a prompt: a copy of the build whose manifest already holds the host permission
 * under test; permissions.request then resolves true at once, as after the user clicked "Allow".
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { badgeOf, EXTENSION_DIR, inCard, launch, ROOT, tabIdOf, type Harness } from "./harness.js";

const STORY = "/fixtures/wire-straight-quotes-split.html";
/** The raw text browsers and the message layer produce, which must never reach the reader. */
const RAW_ERROR = /Error|tab\.scan:|\b[a-z]+\.[a-zA-Z]+:|Cannot access|manifest must/;

/** A copy of the build with `hosts` granted at install, standing in for the user's "Allow". */
function buildGranting(name: string, hosts: string[]): string {
  const dir = path.join(ROOT, "build", `e2e-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, host_permissions: hosts }));
  return dir;
}

async function welcomePage(harness: Harness): Promise<Page> {
  const isWelcome = (p: Page) => p.url().endsWith("/welcome.html");
  await expect.poll(() => harness.context.pages().some(isWelcome), { timeout: 10_000 }).toBe(true);
  return harness.context.pages().find(isWelcome)!;
}

async function marks(page: Page): Promise<number> {
  return page.locator("verbatim-mark").count();
}

/** The id of the tab showing `url`, which the extension may see (it holds that host's permission). */
async function tabIdByUrl(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (target) => {
    type Tabs = { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } };
    const tabs = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)!.id;
  }, url);
}

describe("as shipped", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => harness?.close());

  test("installing opens the welcome page; a choice there is stored and shown in the options", async () => {
    const welcome = await welcomePage(harness);
    await expect.poll(() => welcome.locator("h1").textContent()).toBe("Welcome to Verbatim");
    // News sites are granted at install in Chrome: nothing to request, no prompt.
    await welcome.getByLabel("News sites only").check();
    await expect
      .poll(() => welcome.getByRole("status").textContent())
      .toBe("Done: Verbatim runs on news sites.");
    await welcome.getByLabel("Only when I click the toolbar button").check();
    await expect
      .poll(() => welcome.getByRole("status").textContent())
      .toBe("Done: Verbatim runs only when you click its toolbar button.");
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    await expect
      .poll(() => options.getByLabel("Only when I click the toolbar button").isChecked())
      .toBe(true);
    await options.getByLabel("News sites only").check();
    await expect.poll(() => options.getByRole("status").textContent()).toBe("Saved");
    await options.close();
  });

  test("the toolbar popup on a page it may not read says so in sentences, never the browser's error", async () => {
    // The popup is not a Playwright page; an extension page reaches its window through getViews.
    const host = await harness.context.newPage();
    await host.goto(`chrome-extension://${harness.extensionId}/options.html`);
    const page = await harness.context.newPage();
    await page.goto(harness.url("closed.example.com", STORY));
    await page.bringToFront();
    await harness.worker.evaluate("chrome.action.openPopup()");
    const popupText = () =>
      host.evaluate(() => {
        type Views = { extension: { getViews(q: object): Window[] } };
        const [popup] = (globalThis as unknown as { chrome: Views }).chrome.extension.getViews({
          type: "popup",
        });
        return popup?.document.body.innerText ?? "";
      });
    await expect.poll(popupText).toContain("Verbatim has not read this page.");
    await host.evaluate(() => {
      type Views = { extension: { getViews(q: object): Window[] } };
      const [popup] = (globalThis as unknown as { chrome: Views }).chrome.extension.getViews({
        type: "popup",
      });
      [...popup!.document.querySelectorAll("button")]
        .find((b) => b.textContent === "Scan this page")!
        .click();
    });
    await expect.poll(popupText).toContain("Verbatim could not read this page.");
    expect(await popupText()).not.toMatch(RAW_ERROR);
    expect(await marks(page)).toBe(0);
    await host.close();
    await page.close();
  });

  test("badge, popup and page count the same things, and say what they count", async () => {
    const page = await harness.context.newPage();
    await page.goto(harness.url("www.reuters.com", "/fixtures/liveblog-split-inline-tags.html"));
    await expect.poll(() => marks(page), { timeout: 15_000 }).toBeGreaterThan(9);
    const tabId = await tabIdOf(harness, page);
    const onPage = await page.evaluate(() => {
      const marked = [...document.querySelectorAll<HTMLElement>("verbatim-mark")];
      return new Set(marked.map((m) => m.dataset.vbOccurrence)).size;
    });
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
    const heading = await popup.locator("#on-page-heading").textContent({ timeout: 10_000 });
    const [, statements, passages] = /^(\d+) statements · (\d+) highlighted passages$/.exec(heading ?? "")!;
    expect(Number(passages)).toBe(onPage);
    expect(await popup.locator(".vb-statements > li").count()).toBe(Number(statements));
    expect(await popup.locator(".vb-passages > li").count()).toBe(onPage);
    await expect.poll(() => badgeOf(harness, tabId)).toBe(statements);
    const title = await harness.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { action: { getTitle(q: object): Promise<string> } } }
        ).chrome.action.getTitle({ tabId: id }),
      tabId,
    );
    expect(title).toBe(`Verbatim: ${statements} statements quoted on this page`);
    // The liveblog repeats statements in fragments: more passages than statements.
    expect(Number(passages)).toBeGreaterThan(Number(statements));
    // The hover card counts the same statements.
    await page.locator("verbatim-mark").first().hover();
    await expect
      .poll(async () => (await inCard(page))?.text ?? "")
      .toContain(`Statement 1 of ${statements} quoted on this page`);
    await popup.close();
    await page.close();
  });
});

describe("a site granted from the popup", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch(
      {},
      { extensionDir: buildGranting("site", ["*://scan.example.net/*", "*://blog.example.org/*"]) },
    );
  });
  afterAll(async () => harness?.close());

  test("Scan this page, clicked in the popup, scans a page Verbatim does not run on by itself", async () => {
    const page = await harness.context.newPage();
    const url = harness.url("scan.example.net", STORY);
    await page.goto(url);
    await page.waitForTimeout(1500);
    expect(await marks(page)).toBe(0);
    const tabId = await tabIdByUrl(harness.worker, url);
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole("button", { name: "Scan this page" }).click();
    await expect.poll(() => marks(page), { timeout: 15_000 }).toBeGreaterThan(4);
    await expect
      .poll(() => popup.locator("#on-page-heading").textContent(), { timeout: 10_000 })
      .toBe("2 statements · 4 highlighted passages");
    await popup.close();
    await page.close();
  });

  test("the popup says why Verbatim does not run there; Always run registers it, Scan this page scans now", async () => {
    const page = await harness.context.newPage();
    const url = harness.url("blog.example.org", STORY);
    await page.goto(url);
    await page.waitForTimeout(1500);
    expect(await marks(page)).toBe(0);
    const tabId = await tabIdByUrl(harness.worker, url);
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
    await expect
      .poll(() => popup.locator(".vb-reason").textContent())
      .toBe(
        "Verbatim does not run on blog.example.org by itself: it is not on its list of news sites. Scan this page now, or let Verbatim always run there.",
      );
    await popup.getByRole("button", { name: "Always run on blog.example.org" }).click();
    await expect.poll(() => popup.getByRole("status").allTextContents()).toContain("Scanning this page…");
    await expect.poll(() => marks(page), { timeout: 15_000 }).toBeGreaterThan(4);
    // Registered: a reload runs Verbatim by itself.
    await page.reload();
    await expect.poll(() => marks(page), { timeout: 15_000 }).toBeGreaterThan(4);
    await expect.poll(() => badgeOf(harness, tabId)).toBe("2");
    await popup.reload();
    await expect.poll(() => popup.locator("#on-page-heading").textContent()).toMatch(/^2 statements/);
    expect(await popup.getByRole("button", { name: /^Always run on/ }).count()).toBe(0);
    expect(await popup.locator("body").innerText()).not.toMatch(RAW_ERROR);
    await popup.close();
    await page.close();
  });
});

describe("All sites, chosen on the welcome page and granted", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({}, { extensionDir: buildGranting("all", ["<all_urls>"]) });
  });
  afterAll(async () => harness?.close());

  test("makes Verbatim run on a host that is on no list", async () => {
    const unlisted = harness.url("www.unlisted-news.example", STORY);
    const before = await harness.context.newPage();
    await before.goto(unlisted);
    await before.waitForTimeout(1500);
    expect(await marks(before)).toBe(0);
    await before.close();
    const welcome = await welcomePage(harness);
    await welcome.getByLabel("All sites (recommended)").check();
    await expect
      .poll(() => welcome.getByRole("status").textContent())
      .toBe("Done: Verbatim runs on all sites.");
    const page = await harness.context.newPage();
    await expect
      .poll(
        async () => {
          await page.goto(unlisted);
          return page.waitForSelector("verbatim-mark", { timeout: 4_000 }).then(
            () => true,
            () => false,
          );
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    await page.close();
  });
});
