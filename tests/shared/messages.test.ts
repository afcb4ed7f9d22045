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

const { callBackground, callTab, dispatch, extensionContextLost } =
  await import("../../src/shared/messages.js");

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
