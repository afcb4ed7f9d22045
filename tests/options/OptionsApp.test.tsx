// @vitest-environment jsdom
/**
 * The options page saves at once; it shows the choice made on the welcome page; "all sites" asks for
 * the permission and falls back if refused, and a revoked permission is said in a sentence.
 */
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { FakeBrowser } from "../helpers/fake-browser.js";

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock("../../src/shared/browser.js", async () => {
  fake.browser = (await import("../helpers/fake-browser.js")).createFakeBrowser();
  return { browser: fake.browser };
});

const { OptionsApp } = await import("../../src/options/OptionsApp.js");
const { loadSettings, saveSettings } = await import("../../src/shared/settings.js");

afterEach(cleanup);

describe("OptionsApp", () => {
  test("each choice is saved to storage at once", async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByLabelText("Only when I click the toolbar button"));
    fireEvent.click(screen.getByLabelText("Background"));
    fireEvent.click(screen.getByLabelText("Highlight quotes in pages"));
    await waitFor(async () =>
      expect(await loadSettings()).toMatchObject({
        scanMode: "click",
        highlightStyle: "background",
        highlights: false,
      }),
    );
    expect(screen.getByRole("status").textContent).toBe("Saved");
  });

  test("all sites asks for the permission; refused, Verbatim stays on news sites", async () => {
    const request = fake.browser.permissions.request;
    fake.browser.permissions.request = async () => false;
    render(<OptionsApp />);
    fireEvent.click(await screen.findByLabelText(/^All sites/));
    await screen.findByText(
      "Your browser did not allow Verbatim to read every site, so it runs on news sites only. Choose All sites again to allow it.",
    );
    expect((await loadSettings()).scanMode).toBe("news");
    expect((screen.getByLabelText("News sites only") as HTMLInputElement).checked).toBe(true);
    fake.browser.permissions.request = request;
    fireEvent.click(screen.getByLabelText(/^All sites/));
    await waitFor(async () => expect((await loadSettings()).scanMode).toBe("all"));
    expect(fake.browser.requested.at(-1)).toEqual(["<all_urls>"]);
  });

  test("the stored choice is shown; all sites without the permission says so in a sentence", async () => {
    fake.browser.granted.clear();
    await saveSettings({ scanMode: "all" });
    render(<OptionsApp />);
    await waitFor(() =>
      expect((screen.getByLabelText("All sites (recommended)") as HTMLInputElement).checked).toBe(true),
    );
    await screen.findByText(/^You chose All sites, but Verbatim does not have the browser's permission/);
    cleanup();
    fake.browser.granted.add("<all_urls>");
    render(<OptionsApp />);
    await screen.findByLabelText("All sites (recommended)");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText(/^You chose All sites, but/)).toBeNull();
  });

  test("sites turned off in the popup are listed and can be turned on again", async () => {
    await saveSettings({ disabledSites: ["www.example-news.com"] });
    render(<OptionsApp />);
    fireEvent.click(await screen.findByText("Turn on again"));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([]));
  });

  test("malformed stored settings fall back to the defaults", async () => {
    await fake.browser.storage.sync.set({
      settings: { scanMode: "everywhere", highlights: "yes", disabledSites: [3, "a.example"] },
    });
    expect(await loadSettings()).toMatchObject({
      scanMode: "news",
      highlights: true,
      highlightStyle: "underline",
      disabledSites: ["a.example"],
    });
  });
});
