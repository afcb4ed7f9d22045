/** Who a sender is, and the rate limit on tab-opening messages. */
import { describe, expect, test } from "vitest";
import { callerOf, RateLimit } from "../../src/background/sender-policy.js";
import type { Runtime } from "../../src/shared/browser.js";

const EXTENSION = { id: "abc", origin: "chrome-extension://abc/" };

describe("callerOf", () => {
  test.each([
    [
      { id: "abc", url: "chrome-extension://abc/popup.html" },
      { kind: "extension", tabId: null },
    ],
    [{ id: "abc", url: "moz-extension://abc/popup.html" }, null], // another origin than the extension's
    [
      { id: "abc", url: "https://news.example/a", tab: { id: 2 }, frameId: 0 },
      { kind: "content", tabId: 2 },
    ],
    [{ id: "abc", url: "https://news.example/a", tab: { id: 2 }, frameId: 1 }, null],
    [{ id: "abc", url: "https://news.example/a", frameId: 0 }, null],
    [{ id: "abc", url: "chrome-extension://abc.evil/x", tab: { id: 2 }, frameId: 0 }, null],
    [{ id: "xyz", url: "chrome-extension://abc/popup.html" }, null],
  ])("%o is %o", (sender, expected) => {
    const caller = callerOf(sender as unknown as Runtime.MessageSender, EXTENSION);
    if (expected === null) expect(caller).toBeNull();
    else expect(caller).toMatchObject(expected);
  });
});

describe("RateLimit", () => {
  test("allows `limit` events per window for each key, then again once the window has passed", () => {
    let now = 0;
    const limit = new RateLimit(2, 1000, () => now);
    expect([limit.allow(1), limit.allow(1), limit.allow(1), limit.allow(2)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    now = 999;
    expect(limit.allow(1)).toBe(false);
    now = 1001;
    expect(limit.allow(1)).toBe(true);
  });
});
