// @vitest-environment jsdom
/**
 * The popup as a component, with the browser seam faked and a real report from the core: story, one
 * entry per statement with its passages and every other outlet's version, the counts, why Verbatim
 * does not run on a page and what helps (scan, always run on the site), failures as sentences, the
 * lookup, the per-site switch, and page-derived text rendered as text, never as HTML.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { matchPage } from "../../src/core/match/match-page.js";
import { buildPageReport, type PageReport } from "../../src/core/report/page-report.js";
import { loadedSeedCorpus } from "../helpers/corpus.js";
import { REWORDED_STATEMENT, rewordedReport } from "../helpers/reworded.js";
import type { FakeBrowser } from "../helpers/fake-browser.js";

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock("../../src/shared/browser.js", async () => {
  fake.browser = (await import("../helpers/fake-browser.js")).createFakeBrowser();
  return { browser: fake.browser };
});

const { PopupApp } = await import("../../src/popup/PopupApp.js");
const { loadSettings, saveSettings } = await import("../../src/shared/settings.js");

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

type Answer = (method: string, params: { query?: string }) => unknown;

function serve(
  report: PageReport | null,
  status: "matched" | "not-article" | null = "matched",
  overrides: Record<string, Answer> = {},
): void {
  fake.browser.answer = (message) => {
    const { method, params } = message as { method: string; params: { query?: string } };
    if (overrides[method]) return overrides[method](method, params);
    if (method === "tab.state")
      return {
        ok: true,
        result:
          status === null ? null : { url: "https://www.example-news.com/a", title: "A", status, report },
      };
    if (method === "sites.sync") return { ok: true, result: ["*://blog.example.org/*"] };
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
  fake.browser.requested.length = 0;
  fake.browser.granted.clear();
  fake.browser.tabUrl = undefined;
});
afterEach(cleanup);

const RAW_ERROR = /Error|tab\.scan:|\b[a-z]+\.[a-zA-Z]+:|Cannot access|manifest must/;

describe("PopupApp", () => {
  test("the story, then one entry per statement with its passages and the other outlets' versions", async () => {
    const report = reportFor(PAGE_TEXT);
    serve(report);
    render(<PopupApp tabId={7} focusStatement={null} />);
    await screen.findByText("Trump says US had productive discussions with Putin, war in Ukraine could end");
    expect(screen.getByText(/reported in the corpus by The Jerusalem Post, The Moscow Times/)).toBeTruthy();
    const statements = new Set(report.matches.map((m) => m.statementId)).size;
    const passages = new Set(report.matches.map((m) => m.occurrence)).size;
    expect(screen.getByRole("heading", { level: 2, name: /highlighted passage/ }).textContent).toBe(
      `${statements} statements · ${passages} highlighted passages`,
    );
    const entries = document.querySelectorAll(".vb-statements > li");
    expect(entries).toHaveLength(statements);
    // Every passage is listed under its statement, none twice.
    const listed = [...document.querySelectorAll(".vb-passages > li")];
    expect(listed).toHaveLength(passages);
    const kursk = [...entries].find((e) => e.textContent!.includes("I have strongly requested"))!;
    expect(kursk.querySelector(".vb-outlet")!.textContent).toBe("The Jerusalem Post");
    expect(kursk.querySelector(".vb-op-bracketed")!.textContent).toContain(
      "[Ukrainian soldiers in Russia's Kursk region]",
    );
    expect(kursk.querySelector(".vb-op-split")).not.toBeNull();
    expect(kursk.querySelector(".vb-differences")!.textContent).toMatch(
      /^The Jerusalem Post .*adds an editor's insertion in brackets.*\.$/,
    );
    // The excerpt shows the differing part; the whole quote is one click away, under a summary.
    expect(kursk.querySelector(".vb-full > summary")!.textContent).toBe("Show the whole quote");
    expect(kursk.querySelector(".vb-full .vb-op-clipped")!.textContent).toContain("God bless them all");
    expect(screen.getByText("10 of the story's statements are not on this page")).toBeTruthy();
  });

  test("the entries are collapsed to their first lines, except the one the hover card asked for", async () => {
    const report = reportFor(PAGE_TEXT);
    serve(report);
    const wanted = report.matches[2]!.statementId;
    render(<PopupApp tabId={7} focusStatement={wanted} />);
    await screen.findByText(/highlighted passages/);
    const open = [...document.querySelectorAll<HTMLDetailsElement>(".vb-statements details")].filter(
      (d) => d.open,
    );
    expect(open.map((d) => d.parentElement!.id)).toEqual([`statement-${wanted}`]);
  });

  test("show on page asks the tab to reveal the passage", async () => {
    const report = reportFor(PAGE_TEXT);
    serve(report);
    render(<PopupApp tabId={7} focusStatement={null} />);
    const buttons = await screen.findAllByText("Show on page");
    fireEvent.click(buttons[1]!);
    const occurrences = [...document.querySelectorAll(".vb-passages > li")].map((li) => li.textContent);
    expect(occurrences.length).toBe(buttons.length);
    const revealed = fake.browser.sent.find(
      (m) => (m as { method: string }).method === "highlights.reveal",
    ) as { params: { occurrence: number } };
    expect(report.matches.some((m) => m.occurrence === revealed.params.occurrence)).toBe(true);
  });

  test("a page that is not about a story, or not an article, says so and offers a scan", async () => {
    serve(reportFor("A page about the weather in Lisbon, where it rained all week."));
    render(<PopupApp tabId={7} focusStatement={null} />);
    await screen.findByText("This page is not about a story in Verbatim's corpus.");
    cleanup();
    serve(null, "not-article");
    render(<PopupApp tabId={7} focusStatement={null} />);
    await screen.findByText("This page does not look like a news article.");
    fireEvent.click(screen.getByText("Scan this page"));
    await waitFor(() =>
      expect(fake.browser.sent).toContainEqual({ verbatim: 1, method: "tab.scan", params: { tabId: 7 } }),
    );
  });

  test("after Scan this page it shows the scan's result at once, without waiting to poll", async () => {
    const scanned = reportFor(PAGE_TEXT);
    let state: "not-article" | "matched" = "not-article";
    serve(null, "not-article", {
      "tab.state": () => ({
        ok: true,
        result: {
          url: "https://www.example-news.com/a",
          title: "A",
          status: state,
          report: state === "matched" ? scanned : null,
        },
      }),
      "tab.scan": () => {
        state = "matched";
        return {
          ok: true,
          result: { url: "https://www.example-news.com/a", title: "A", status: state, report: scanned },
        };
      },
    });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      render(<PopupApp tabId={7} focusStatement={null} />);
      await screen.findByText("This page does not look like a news article.");
      fireEvent.click(screen.getByText("Scan this page"));
      // No timer is advanced: the old popup read the state again only after 1,200 ms.
      await screen.findByText(scanned.story!.title, undefined, { timeout: 1000 });
    } finally {
      vi.useRealTimers();
    }
  });

  test("on a site outside the list it says why, and always-run asks for that site and registers it", async () => {
    fake.browser.tabUrl = "https://blog.example.org/2025/03/story.html";
    serve(null, null);
    render(<PopupApp tabId={7} focusStatement={null} />);
    await screen.findByText(/Verbatim does not run on blog\.example\.org by itself/);
    expect(screen.getByText("Scan this page")).toBeTruthy();
    fireEvent.click(screen.getByText("Always run on blog.example.org"));
    await screen.findByText("Verbatim will now run on blog.example.org by itself.");
    expect(fake.browser.requested).toEqual([["*://blog.example.org/*"]]);
    const methods = fake.browser.sent.map((m) => (m as { method: string }).method);
    // The scan answers with the new state, which the popup reads at once.
    expect(methods.slice(methods.indexOf("sites.sync"))).toEqual(["sites.sync", "tab.scan", "tab.state"]);
  });

  test("a refused site grant says what still works", async () => {
    fake.browser.tabUrl = "https://blog.example.org/a";
    fake.browser.permissions.request = async () => false;
    serve(null, null);
    render(<PopupApp tabId={7} focusStatement={null} />);
    fireEvent.click(await screen.findByText("Always run on blog.example.org"));
    await screen.findByText(
      "Your browser did not allow Verbatim on blog.example.org, so it runs there only when you choose Scan this page.",
    );
    expect(fake.browser.sent.map((m) => (m as { method: string }).method)).not.toContain("sites.sync");
    fake.browser.permissions.request = async ({ origins = [] }) => {
      fake.browser.requested.push(origins);
      return true;
    };
  });

  test.each([
    ["chrome://settings/", null, /Browsers do not let extensions read this kind of page/, false],
    ["https://www.example-news.com/a", "click", /only when you click its toolbar button/, true],
    [
      "https://www.example-news.com/a",
      "disabled",
      /You turned Verbatim off on www\.example-news\.com/,
      false,
    ],
  ] as const)(
    "on %s (%s) it says why, and offers a scan only where it helps",
    async (url, setup, why, scan) => {
      fake.browser.tabUrl = url;
      fake.browser.granted.add("*://www.example-news.com/*");
      if (setup === "click") await saveSettings({ scanMode: "click" });
      if (setup === "disabled") await saveSettings({ disabledSites: ["www.example-news.com"] });
      serve(null, null);
      render(<PopupApp tabId={7} focusStatement={null} />);
      await screen.findByText(why);
      expect(screen.queryByText("Scan this page") !== null).toBe(scan);
      expect(screen.queryByText(/^Always run on/)).toBeNull();
      await saveSettings({ scanMode: "news", disabledSites: [] });
    },
  );

  test("no raw error text reaches the reader: every failure is a sentence", async () => {
    fake.browser.tabUrl = "https://blog.example.org/a";
    const raw =
      "tab.scan: Cannot access contents of the page. Extension manifest must request permission to access the respective host.";
    serve(null, null, {
      "tab.scan": () => ({ ok: false, error: raw }),
      "corpus.search": () => ({ ok: false, error: "corpus.search: TypeError: x is undefined" }),
    });
    render(<PopupApp tabId={7} focusStatement={null} />);
    fireEvent.click(await screen.findByText("Scan this page"));
    await screen.findByText(/^Verbatim could not read this page\./);
    fireEvent.input(screen.getByLabelText("Words of a quote, or a speaker"), {
      target: { value: "massacre" },
    });
    await screen.findByText("The lookup did not answer. Close the popup and open it again.");
    fake.browser.permissions.request = async () => {
      throw new Error("permissions.request: This function must be called during a user gesture");
    };
    fireEvent.click(screen.getByText("Always run on blog.example.org"));
    await screen.findByText(/^Your browser did not allow Verbatim on blog\.example\.org/);
    expect(document.body.textContent).not.toMatch(RAW_ERROR);
    cleanup();
    serve(null, null, { "tab.state": () => ({ ok: false, error: "tab.state: tabId must be an integer" }) });
    render(<PopupApp tabId={7} focusStatement={null} />);
    await screen.findByText(/^Verbatim could not read what it found on this page\./);
    expect(document.body.textContent).not.toMatch(RAW_ERROR);
    fake.browser.permissions.request = async () => true;
  });

  test("the lookup searches the corpus as you type", async () => {
    serve(reportFor(PAGE_TEXT));
    render(<PopupApp tabId={7} focusStatement={null} />);
    fireEvent.input(await screen.findByLabelText("Words of a quote, or a speaker"), {
      target: { value: "horrible massacre" },
    });
    await waitFor(() => expect(document.querySelectorAll(".vb-lookup-results > li")).toHaveLength(1));
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
    await saveSettings({ disabledSites: [] });
  });

  test("page-derived text is rendered as text, never as HTML", async () => {
    const hostile =
      'Trump wrote: "We had very good and productive <b>discussions</b> with President Vladimir Putin of Russia yesterday, and there is a very good chance that this horrible, bloody war can finally come to an end."';
    serve(reportFor(hostile));
    render(<PopupApp tabId={7} focusStatement={null} />);
    await screen.findByText(/highlighted passage/);
    expect(document.querySelector("b")).toBeNull();
    expect(document.querySelector(".vb-page-wording")!.textContent).toContain("<b>discussions</b>");
  });

  test("a reworded passage says so, and lists where its words differ: four lines at most", async () => {
    serve(rewordedReport());
    render(<PopupApp tabId={7} focusStatement={REWORDED_STATEMENT} />);
    await screen.findByText(/highlighted passage/);
    const passage = document.querySelector(".vb-passages > li")!;
    expect(passage.querySelector(".vb-kind")!.textContent).toBe(
      "Reworded or translated by this outlet — not the speaker's exact words",
    );
    const list = screen.getByRole("list", {
      name: "Where this page's words differ from the version The Moscow Times printed",
    });
    expect([...list.children].map((li) => li.textContent)).toEqual([
      "“urged” where The Moscow Times printed “requested”",
      "leaves out “to”",
      "“to spare their lives” where The Moscow Times printed “that their lives be spared”",
    ]);
    // Five differences: three shown, and the other two one click away.
    const more = passage.querySelector<HTMLDetailsElement>(".vb-wording-more")!;
    expect(more.open).toBe(false);
    expect(more.querySelector("summary")!.textContent).toBe("and 2 more");
    expect([...more.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "“terrible” where The Moscow Times printed “horrible”",
      "leaves out “one not seen since World War II”",
    ]);
  });

  test("Copy as Markdown says a reworded passage is not the speaker's exact words, and where it differs", async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    try {
      serve(rewordedReport([{ page: "urged", corpus: "requested" }]));
      render(<PopupApp tabId={7} focusStatement={REWORDED_STATEMENT} />);
      fireEvent.click(await screen.findByRole("button", { name: "Copy as Markdown" }));
      await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
      const lines = writeText.mock.calls[0]![0].split("\n");
      const page = lines.findIndex((l) => l.startsWith("- [this page]"));
      expect(lines[page]).toContain("“I have strongly urged President Putin to spare their lives.");
      expect(lines.slice(page + 1, page + 3)).toEqual([
        "  - Reworded or translated by this outlet — not the speaker's exact words",
        "  - “urged” where The Moscow Times printed “requested”",
      ]);
    } finally {
      Reflect.deleteProperty(navigator, "clipboard");
    }
  });

  test("Copy as Markdown of a passage in the speaker's own words does not call it reworded", async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    try {
      serve(reportFor(PAGE_TEXT));
      render(<PopupApp tabId={7} focusStatement={null} />);
      await screen.findByText(/highlighted passage/);
      const entry = document.getElementById(`statement-${REWORDED_STATEMENT}`)!;
      fireEvent.click(within(entry).getByRole("button", { name: "Copy as Markdown", hidden: true }));
      await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
      expect(writeText.mock.calls[0]![0]).toContain("I have strongly requested to President Putin");
      expect(writeText.mock.calls[0]![0]).not.toContain("Reworded");
    } finally {
      Reflect.deleteProperty(navigator, "clipboard");
    }
  });

  test("four differences or fewer are all listed, with no “more”", async () => {
    serve(rewordedReport([{ page: "urged", corpus: "requested" }]));
    render(<PopupApp tabId={7} focusStatement={REWORDED_STATEMENT} />);
    await screen.findByText(/highlighted passage/);
    expect([...document.querySelectorAll(".vb-wording-list > li")].map((li) => li.textContent)).toEqual([
      "“urged” where The Moscow Times printed “requested”",
    ]);
    expect(document.querySelector(".vb-wording-more")).toBeNull();
  });

  test("a difference's words are rendered as text, never as HTML", async () => {
    serve(rewordedReport([{ page: '<img src=x onerror="alert(1)">', corpus: "<b>requested</b>" }]));
    render(<PopupApp tabId={7} focusStatement={REWORDED_STATEMENT} />);
    await screen.findByText(/highlighted passage/);
    expect(document.querySelector(".vb-wording img, .vb-wording b")).toBeNull();
    expect(document.querySelector(".vb-wording-list > li")!.textContent).toBe(
      '“<img src=x onerror="alert(1)">” where The Moscow Times printed “<b>requested</b>”',
    );
  });
});
