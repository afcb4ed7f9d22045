/**
 * The background's message listener, as the browser calls it: each method answers only the senders
 * it is for (a content script about its own tab; Verbatim's own pages for any tab and the lookup),
 * takes the tab and URL from the sender, never from the message, and opens tabs at a bounded rate.
 */
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import type { FakeBrowser } from "../helpers/fake-browser.js";
import { seedCorpus } from "../helpers/corpus.js";

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock("../../src/shared/browser.js", async () => {
  fake.browser = (await import("../helpers/fake-browser.js")).createFakeBrowser();
  return { browser: fake.browser };
});

const CONTENT_TAB_3 = {
  id: "test",
  url: "https://www.reuters.com/world/a?session=secret",
  tab: { id: 3 },
  frameId: 0,
};
const CONTENT_TAB_4 = { id: "test", url: "https://www.cnn.com/b", tab: { id: 4 }, frameId: 0 };
const POPUP = { id: "test", url: "chrome-extension://test/popup.html" };
const COMPARISON_TAB = {
  id: "test",
  url: "chrome-extension://test/popup.html?tab=3",
  tab: { id: 9 },
  frameId: 0,
};
const SUB_FRAME = { id: "test", url: "https://ads.example/frame", tab: { id: 3 }, frameId: 5 };
const OTHER_EXTENSION = { id: "someone-else", url: "chrome-extension://someone-else/page.html" };

type Sender = Record<string, unknown>;

function send(sender: Sender, method: string, params: unknown): Promise<unknown> {
  const [listener] = fake.browser.listeners.get("runtime.onMessage") as Array<
    (m: unknown, s: Sender) => Promise<unknown>
  >;
  return listener!({ verbatim: 1, method, params }, sender);
}

async function stateOf(tabId: number): Promise<{ url: string; status: string; error?: string } | undefined> {
  const stored = await fake.browser.storage.session.get(`tab:${tabId}`);
  return stored[`tab:${tabId}`] as { url: string; status: string } | undefined;
}

const PAGE = {
  text: "“We had very good and productive discussions with President Vladimir Putin of Russia yesterday,” Trump wrote.",
  url: "https://attacker.example/claimed",
  date: "2025-03-14",
  title: "A page",
  revision: 1,
};

beforeAll(async () => {
  vi.stubGlobal("fetch", async () => new Response(JSON.stringify(seedCorpus())));
  await import("../../src/background/background.js");
});

afterEach(() => vi.restoreAllMocks());

describe("a content script may ask only about its own tab", () => {
  test("tab.state of another tab is refused, with no URL, title or matches in the answer", async () => {
    await send(CONTENT_TAB_4, "page.match", PAGE);
    const reply = await send(CONTENT_TAB_3, "tab.state", { tabId: 4 });
    expect(reply).toEqual({
      ok: false,
      error: "tab.state: refused: a page's content script may ask only about its own tab",
    });
    expect(JSON.stringify(reply)).not.toContain("cnn.com");
  });

  test.each([
    ["tab.scan", { tabId: 4 }],
    ["corpus.search", { query: "Peskov" }],
  ])("%s is refused to a content script", async (method, params) => {
    expect(await send(CONTENT_TAB_3, method, params)).toMatchObject({
      ok: false,
      error: expect.stringContaining("refused"),
    });
  });

  test("page.match and page.notArticle store the sender's URL and tab, not what the message claims", async () => {
    expect(await send(CONTENT_TAB_3, "page.match", PAGE)).toMatchObject({ ok: true });
    expect(await stateOf(3)).toMatchObject({ url: CONTENT_TAB_3.url, status: "matched" });
    expect(
      await send(CONTENT_TAB_3, "page.notArticle", { title: "x", url: "https://attacker.example/" }),
    ).toEqual({ ok: true, result: null });
    expect(await stateOf(3)).toMatchObject({ url: CONTENT_TAB_3.url, status: "not-article" });
  });
});

describe("Verbatim's own pages", () => {
  test("may read any tab's state and use the lookup; the comparison tab too", async () => {
    await send(CONTENT_TAB_4, "page.match", PAGE);
    expect(await send(POPUP, "tab.state", { tabId: 4 })).toMatchObject({
      ok: true,
      result: { url: CONTENT_TAB_4.url },
    });
    expect(await send(COMPARISON_TAB, "tab.state", { tabId: 4 })).toMatchObject({ ok: true });
    expect(await send(POPUP, "corpus.search", { query: "massacre" })).toMatchObject({ ok: true });
  });

  test.each(["page.match", "page.notArticle", "comparison.open"])(
    "may not send %s, which speaks for a page",
    async (method) => {
      const params = { ...PAGE, statementId: "s" };
      expect(await send(POPUP, method, params)).toEqual({
        ok: false,
        error: `${method}: refused: only a page's content script may send this`,
      });
    },
  );
});

describe("senders Verbatim does not answer", () => {
  test.each([
    ["a sub-frame", SUB_FRAME],
    ["another extension", OTHER_EXTENSION],
    ["a sender without a URL", { id: "test", tab: { id: 3 }, frameId: 0 }],
  ])("%s is refused every method", async (_, sender) => {
    for (const [method, params] of [
      ["page.match", PAGE],
      ["tab.state", { tabId: 3 }],
      ["corpus.search", { query: "x" }],
    ] as const) {
      expect(await send(sender, method, params)).toEqual({
        ok: false,
        error: `${method}: refused: the sender is not one of Verbatim's pages or a top-level page`,
      });
    }
  });
});

describe("comparison.open", () => {
  test("opens the comparison for the sender's own tab, at most two in a burst of five", async () => {
    const before = fake.browser.created.length;
    const replies = [];
    for (let i = 0; i < 5; i++)
      replies.push(await send(CONTENT_TAB_3, "comparison.open", { statementId: "s" }));
    expect(replies.filter((r) => (r as { ok: boolean }).ok)).toHaveLength(2);
    expect(replies[4]).toEqual({
      ok: false,
      error: "comparison.open: refused: too many comparison tabs opened at once",
    });
    const opened = fake.browser.created.slice(before);
    expect(opened).toEqual([
      "chrome-extension://test/popup.html?tab=3&statement=s",
      "chrome-extension://test/popup.html?tab=3&statement=s",
    ]);
  });
});

describe("page.startFailed", () => {
  test("is logged once in the extension's own console and recorded for the popup", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failure = { error: "NotSupportedError: attachShadow failed" };
    expect(await send(CONTENT_TAB_4, "page.startFailed", failure)).toEqual({ ok: true, result: null });
    await send(CONTENT_TAB_4, "page.startFailed", failure);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]![0]).toBe(
      `Verbatim could not start on ${CONTENT_TAB_4.url}: NotSupportedError: attachShadow failed`,
    );
    expect(await stateOf(4)).toMatchObject({ status: "error", error: failure.error });
  });
});

describe("page.update", () => {
  const QUOTE = "“I have strongly requested to President Putin that their lives be spared,” Trump wrote.";

  test("applies only what changed to the text it holds, and matches the result", async () => {
    const start = { ...PAGE, text: "Live: talks in Moscow.\n\nUpdated 9 s ago", revision: 4 };
    const first = (await send(CONTENT_TAB_3, "page.match", start)) as { result: { matches: unknown[] } };
    expect(first.result.matches).toHaveLength(0);
    const at = start.text.length;
    const reply = (await send(CONTENT_TAB_3, "page.update", {
      revision: 4,
      edits: [
        { from: at - 7, to: at - 6, insert: "10" },
        { from: at + 1, to: at + 1, insert: `\n\n${QUOTE}` },
      ],
    })) as { ok: boolean; result: { matches: Array<{ text: string }> } };
    expect(reply.ok).toBe(true);
    expect(reply.result.matches.map((m) => m.text)).toContain(
      "I have strongly requested to President Putin that their lives be spared,",
    );
    // The next update names the revision that one made.
    expect(await send(CONTENT_TAB_3, "page.update", { revision: 5, edits: [] })).toMatchObject({ ok: true });
  });

  test("is refused for a text the background does not hold, so the page sends it whole", async () => {
    expect(await send(CONTENT_TAB_4, "page.update", { revision: 99, edits: [] })).toEqual({
      ok: false,
      error: "page.update: out of date; send the whole page",
    });
    await send(CONTENT_TAB_4, "page.match", { ...PAGE, revision: 1 });
    expect(
      await send(CONTENT_TAB_4, "page.update", { revision: 1, edits: [{ from: 0, to: 10_000, insert: "" }] }),
    ).toMatchObject({ ok: false, error: expect.stringContaining("past the end") });
  });

  test.each([
    [{ revision: -1, edits: [] }, "revision must be a non-negative integer"],
    [{ revision: 1, edits: [{ from: 5, to: 2, insert: "" }] }, "edits must be at most 1000"],
    [{ revision: 1, edits: "all" }, "edits must be at most 1000"],
  ])("malformed edits %j are refused", async (params, error) => {
    expect(await send(CONTENT_TAB_3, "page.update", params)).toMatchObject({
      ok: false,
      error: expect.stringContaining(error),
    });
  });
});

describe("page.readability", () => {
  test("injects Readability into the sender's own top frame, and only for a content script", async () => {
    const injected: unknown[] = [];
    vi.spyOn(fake.browser.scripting, "executeScript").mockImplementation(async (p) => {
      injected.push(p);
      return [];
    });
    expect(await send(CONTENT_TAB_3, "page.readability", {})).toEqual({ ok: true, result: null });
    expect(injected).toEqual([{ target: { tabId: 3, frameIds: [0] }, files: ["readability.js"] }]);
    expect(await send(POPUP, "page.readability", {})).toMatchObject({ ok: false });
    expect(injected).toHaveLength(1);
  });
});
