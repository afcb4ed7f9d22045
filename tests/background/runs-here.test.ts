/** Match patterns as the browsers read them, for "does Verbatim run here by itself". */
import { describe, expect, test, vi } from "vitest";

vi.mock("../../src/shared/browser.js", () => ({ browser: {} }));
const { matchesPattern } = await import("../../src/background/runs-here.js");

describe("matchesPattern", () => {
  test.each([
    ["https://www.reuters.com/world/a.html", "*://*.reuters.com/*", true],
    ["https://reuters.com/", "*://*.reuters.com/*", true],
    ["http://blog.example.org:8080/x?y=1", "*://blog.example.org/*", true],
    ["https://notreuters.com/", "*://*.reuters.com/*", false],
    ["https://reuters.com.evil.example/", "*://reuters.com/*", false],
    ["ftp://reuters.com/", "*://reuters.com/*", false],
    ["https://a.example/news/1", "https://a.example/news/*", true],
    ["https://a.example/sport/1", "https://a.example/news/*", false],
    ["https://anything.example/", "<all_urls>", true],
    ["chrome://settings/", "<all_urls>", false],
    ["not a url", "<all_urls>", false],
  ])("%s against %s: %s", (url, pattern, expected) => {
    expect(matchesPattern(url, pattern)).toBe(expected);
  });
});
