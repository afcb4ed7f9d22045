// @vitest-environment jsdom
/** The options page saves at once; "all sites" asks for the permission and falls back if refused. */
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
    fake.browser.permissions.request = async () => false;
    render(<OptionsApp />);
    fireEvent.click(await screen.findByLabelText(/^All sites/));
    await screen.findByText("Permission not granted: Verbatim stays on news sites.");
    expect((await loadSettings()).scanMode).toBe("news");
    fake.browser.permissions.request = async () => true;
    fireEvent.click(screen.getByLabelText(/^All sites/));
    await waitFor(async () => expect((await loadSettings()).scanMode).toBe("all"));
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
    expect(await loadSettings()).toEqual({
      scanMode: "news",
      highlights: true,
      highlightStyle: "underline",
      disabledSites: ["a.example"],
    });
  });
});
