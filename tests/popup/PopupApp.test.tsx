// @vitest-environment jsdom
/**
 * The popup as a component, with the browser seam faked and a real report from the core: story,
 * statements in page order with every other outlet's version and diff, what the page lacks, the
 * lookup, the per-site switch, and page-derived text rendered as text, never as HTML.
 */
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { matchPage } from "../../src/core/match/match-page.js";
import { buildPageReport, type PageReport } from "../../src/core/report/page-report.js";
import { loadedSeedCorpus } from "../helpers/corpus.js";
import type { FakeBrowser } from "../helpers/fake-browser.js";

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock("../../src/shared/browser.js", async () => {
  fake.browser = (await import("../helpers/fake-browser.js")).createFakeBrowser();
  return { browser: fake.browser };
});

const { PopupApp } = await import("../../src/popup/PopupApp.js");
const { loadSettings } = await import("../../src/shared/settings.js");

function reportFor(text: string): PageReport {
  const corpus = loadedSeedCorpus();
  return buildPageReport(text, matchPage(text, corpus, { date: "2025-03-14" }), corpus);
}

const PAGE_TEXT = readFileSync(
  path.resolve(import.meta.dirname, "../../seeds/2025-03-14-moscow-times-trump-very-good-chance.txt"),
  "utf8",
)
  .split("\n")
  .filter((l) => l.trim())
  .join("\n\n");

function serve(report: PageReport | null, status: "matched" | "not-article" = "matched"): void {
  fake.browser.answer = (message) => {
    const { method, params } = message as { method: string; params: { query?: string } };
    if (method === "tab.state")
      return { ok: true, result: { url: "https://www.example-news.com/a", title: "A", status, report } };
    if (method === "corpus.search") {
      return {
        ok: true,
        result: params.query?.includes("massacre")
          ? [
              {
                statementId: "s",
                speaker: "Donald Trump",
                text: "…",
                storyTitle: "Story",
                versions: report?.matches[0]?.versions ?? [],
              },
            ]
          : [],
      };
    }
    return { ok: true, result: null };
  };
}

beforeEach(() => {
  fake.browser.sent.length = 0;
});
afterEach(cleanup);

describe("PopupApp", () => {
  test("the story, statements in page order with the other outlet's versions and diffs, and what is missing", async () => {
    serve(reportFor(PAGE_TEXT));
    render(<PopupApp tabId={7} focusStatement={null} />);
    await screen.findByText("Trump says US had productive discussions with Putin, war in Ukraine could end");
    expect(screen.getByText(/Outlets in the corpus: The Jerusalem Post, The Moscow Times/)).toBeTruthy();
    const heading = screen.getByText(/^On this page \(\d+\)$/);
    const entries = heading.parentElement!.querySelectorAll(".vb-statements > li");
    expect(entries.length).toBeGreaterThanOrEqual(5);
    const kursk = [...entries].find((e) => e.textContent!.includes("I have strongly requested"))!;
    expect(kursk.querySelector(".vb-outlet")!.textContent).toBe("The Jerusalem Post");
    expect(kursk.querySelector(".vb-op-bracketed")!.textContent).toContain(
      "[Ukrainian soldiers in Russia's Kursk region]",
    );
    expect(kursk.querySelector(".vb-op-split")).not.toBeNull();
    expect(kursk.querySelector(".vb-op-clipped")!.textContent).toContain("God bless them all");
    expect(screen.getByText(/^Not on this page \(10\)$/)).toBeTruthy();
  });

  test("show on page asks the tab to reveal the occurrence", async () => {
    const report = reportFor(PAGE_TEXT);
    serve(report);
    render(<PopupApp tabId={7} focusStatement={null} />);
    const buttons = await screen.findAllByText("Show on page");
    fireEvent.click(buttons[1]!);
    // Entries are in page order; occurrence numbers are the matcher's own.
    const second = [...report.matches]
      .sort((a, b) => a.start - b.start)
      .find((m, i, all) => all.findIndex((x) => x.occurrence === m.occurrence) === i && i > 0)!;
    expect(fake.browser.sent).toContainEqual({
      verbatim: 1,
      method: "highlights.reveal",
      params: { occurrence: second.occurrence },
    });
  });

  test("a page that is not about a story says so, and offers a scan", async () => {
    serve(reportFor("A page about the weather in Lisbon, where it rained all week."));
    render(<PopupApp tabId={7} focusStatement={null} />);
    await screen.findByText("This page is not about a story in Verbatim's corpus.");
    serve(null, "not-article");
    cleanup();
    render(<PopupApp tabId={7} focusStatement={null} />);
    await screen.findByText("This page does not look like a news article.");
    fireEvent.click(screen.getByText("Scan this page"));
    await waitFor(() =>
      expect(fake.browser.sent).toContainEqual({ verbatim: 1, method: "tab.scan", params: { tabId: 7 } }),
    );
  });

  test("the lookup searches the corpus as you type", async () => {
    serve(reportFor(PAGE_TEXT));
    render(<PopupApp tabId={7} focusStatement={null} />);
    fireEvent.input(await screen.findByLabelText("Words of a quote, or a speaker"), {
      target: { value: "horrible massacre" },
    });
    await waitFor(() => expect(document.querySelectorAll("#lookup-heading ~ ul > li")).toHaveLength(1));
    fireEvent.input(screen.getByLabelText("Words of a quote, or a speaker"), {
      target: { value: "zzz nothing" },
    });
    await screen.findByText("No statement in the corpus matches.");
  });

  test("the site switch turns Verbatim off for this host", async () => {
    serve(reportFor(PAGE_TEXT));
    render(<PopupApp tabId={7} focusStatement={null} />);
    const toggle = (await screen.findByLabelText("Verbatim on this site")) as HTMLInputElement;
    await waitFor(() => expect(toggle.checked).toBe(true));
    fireEvent.change(toggle);
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(["www.example-news.com"]));
  });

  test("page-derived text is rendered as text, never as HTML", async () => {
    const hostile =
      'Trump wrote: "We had very good and productive <b>discussions</b> with President Vladimir Putin of Russia yesterday, and there is a very good chance that this horrible, bloody war can finally come to an end."';
    serve(reportFor(hostile));
    render(<PopupApp tabId={7} focusStatement={null} />);
    await screen.findByText(/On this page/);
    expect(document.querySelector("b")).toBeNull();
    expect(document.querySelector(".vb-page-wording")!.textContent).toContain("<b>discussions</b>");
  });
});
