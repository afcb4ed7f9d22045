/**
 * The message protocol's callers: a sendMessage that throws synchronously (what an orphaned content
 * script gets after the extension is updated or reloaded) is an `{ok: false}` reply, not an exception
 * in the page, and the script can tell that its extension is gone.
 */
import { describe, expect, test, vi } from "vitest";
import type { FakeBrowser } from "../helpers/fake-browser.js";

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock("../../src/shared/browser.js", async () => {
  fake.browser = (await import("../helpers/fake-browser.js")).createFakeBrowser();
  return { browser: fake.browser };
});

const { BACKGROUND_VALIDATORS, CONTENT_VALIDATORS, callBackground, callTab, dispatch, extensionContextLost } =
  await import("../../src/shared/messages.js");

describe("parameter schemas (valibot)", () => {
  const page = { text: "t", title: "T", url: null, date: null, revision: 0 };
  test.each([
    ["page.match", page, null],
    ["page.match", [], "params must be an object"],
    ["page.match", { ...page, text: 3 }, "text must be a string"],
    ["page.match", { ...page, title: undefined }, "title must be a string"],
    ["page.match", { ...page, url: 5 }, "url and date must be strings or null"],
    ["page.match", { ...page, revision: -1 }, "revision must be a non-negative integer"],
    ["page.match", { ...page, revision: 1.5 }, "revision must be a non-negative integer"],
    ["page.update", { revision: 2, edits: [{ from: 0, to: 1, insert: "x" }] }, null],
    [
      "page.update",
      { revision: 2, edits: [{ from: 3, to: 1, insert: "x" }] },
      expect.stringMatching(/^edits must be/),
    ],
    ["tab.scan", { tabId: 7 }, null],
    ["tab.scan", { tabId: "7" }, "tabId must be an integer"],
    ["tab.state", {}, "tabId must be an integer"],
    ["corpus.search", { query: "x".repeat(501) }, "query must be a string of at most 500 characters"],
    ["sites.sync", [], "params must be an object"],
    ["sites.sync", {}, null],
  ] as const)("%s %j → %j", (method, params, problem) => {
    expect(BACKGROUND_VALIDATORS[method](params)).toEqual(problem);
  });

  test.each([
    ["highlights.step", { direction: -1 }, null],
    ["highlights.step", { direction: 2 }, "direction must be 1 or -1"],
    ["highlights.reveal", { occurrence: 1.5 }, "occurrence must be an integer"],
    ["highlights.rescan", null, "params must be an object"],
  ] as const)("%s %j → %j", (method, params, problem) => {
    expect(CONTENT_VALIDATORS[method](params)).toEqual(problem);
  });
});

describe("an orphaned content script", () => {
  test("a sendMessage that throws before returning a promise is a failed reply", async () => {
    const invalidated = (): never => {
      throw new Error("Extension context invalidated.");
    };
    fake.browser.runtime.sendMessage = invalidated;
    fake.browser.tabs.sendMessage = invalidated;
    await expect(callBackground("comparison.open", { statementId: "s" })).resolves.toEqual({
      ok: false,
      error: "Extension context invalidated.",
    });
    await expect(callTab(1, "highlights.toggle", {})).resolves.toMatchObject({ ok: false });
  });

  test("knows its extension is gone when the runtime has lost its id", () => {
    expect(extensionContextLost()).toBe(false);
    fake.browser.runtime.id = undefined;
    expect(extensionContextLost()).toBe(true);
    fake.browser.runtime.id = "test";
  });
});

describe("dispatch", () => {
  test("asks authorize before validating or running anything", async () => {
    const handler = vi.fn(() => 1);
    const reply = await dispatch(
      { verbatim: 1, method: "m", params: { bad: true } },
      { m: () => "params are bad" },
      { m: handler },
      null,
      () => "refused: not for you",
    );
    expect(reply).toEqual({ ok: false, error: "m: refused: not for you" });
    expect(handler).not.toHaveBeenCalled();
  });
});
