/** Per-site grants: only origins the news list and "all sites" do not already explain get the script. */
import { describe, expect, test, vi } from "vitest";

vi.mock("../../src/shared/browser.js", () => ({ browser: {} }));
const { grantedSiteOrigins } = await import("../../src/background/site-scripts.js");

describe("grantedSiteOrigins", () => {
  test("drops <all_urls>, the manifest's own patterns and duplicates, sorted", () => {
    expect(
      grantedSiteOrigins(
        ["*://blog.example.org/*", "<all_urls>", "*://*.reuters.com/*", "*://a.example/*", "*://a.example/*"],
        ["*://reuters.com/*", "*://*.reuters.com/*"],
      ),
    ).toEqual(["*://a.example/*", "*://blog.example.org/*"]);
  });

  test("nothing granted one by one, nothing to register", () => {
    expect(grantedSiteOrigins(["<all_urls>"], [])).toEqual([]);
  });
});
