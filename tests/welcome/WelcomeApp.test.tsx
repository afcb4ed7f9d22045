// @vitest-environment jsdom
/**
 * The welcome page: two sentences on what Verbatim does and that nothing leaves the device, then the
 * choice of where it runs, saved at once; the permission is requested from the click itself, and a
 * refusal leaves a working state with a sentence that says so.
 */
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { FakeBrowser } from "../helpers/fake-browser.js";

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock("../../src/shared/browser.js", async () => {
  fake.browser = (await import("../helpers/fake-browser.js")).createFakeBrowser();
  return { browser: fake.browser };
});

const { WelcomeApp } = await import("../../src/welcome/WelcomeApp.js");
const { loadSettings } = await import("../../src/shared/settings.js");

const grantAll = async ({ origins = [] }: { origins?: string[] }): Promise<boolean> => {
  fake.browser.requested.push(origins);
  return true;
};

beforeEach(() => {
  fake.browser.requested.length = 0;
  fake.browser.permissions.request = grantAll;
});
afterEach(cleanup);

describe("WelcomeApp", () => {
  test("says what Verbatim does and that pages never leave the device, with nothing chosen yet", () => {
    render(<WelcomeApp />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Welcome to Verbatim");
    expect(document.querySelector(".vb-lead")!.textContent).toMatch(
      /^Verbatim highlights the quotes .* never sends them anywhere\.$/,
    );
    const radios = screen.getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual(["all", "news", "click"]);
    expect(radios.some((r) => r.checked)).toBe(false);
    // Each choice is explained by a sentence the screen reader reads with it.
    for (const radio of radios)
      expect(document.getElementById(radio.getAttribute("aria-describedby")!)!.textContent).not.toBe("");
  });

  test("all sites requests <all_urls> from the click and is stored", async () => {
    render(<WelcomeApp />);
    fireEvent.click(screen.getByLabelText("All sites (recommended)"));
    await screen.findByText("Done: Verbatim runs on all sites.");
    expect(fake.browser.requested).toEqual([["<all_urls>"]]);
    expect((await loadSettings()).scanMode).toBe("all");
  });

  test("refused, all sites leaves Verbatim on news sites and says so", async () => {
    fake.browser.permissions.request = async () => false;
    render(<WelcomeApp />);
    fireEvent.click(screen.getByLabelText("All sites (recommended)"));
    await screen.findByText(
      /^Your browser did not allow Verbatim to read every site, so it runs on news sites only/,
    );
    expect((await loadSettings()).scanMode).toBe("news");
    expect((screen.getByLabelText("News sites only") as HTMLInputElement).checked).toBe(true);
  });

  test("news sites needs no request in Chrome, where the news hosts are granted at install", async () => {
    render(<WelcomeApp />);
    fireEvent.click(screen.getByLabelText("News sites only"));
    await screen.findByText("Done: Verbatim runs on news sites.");
    expect(fake.browser.requested).toEqual([]);
  });

  test("news sites requests the manifest's news patterns in Firefox (user-granted); refused, the toolbar button", async () => {
    fake.browser.firefox = true;
    render(<WelcomeApp />);
    fireEvent.click(screen.getByLabelText("News sites only"));
    await screen.findByText("Done: Verbatim runs on news sites.");
    expect(fake.browser.requested).toEqual([["*://news.example/*"]]);
    cleanup();
    fake.browser.permissions.request = async () => {
      throw new Error("permissions.request: not allowed");
    };
    render(<WelcomeApp />);
    fireEvent.click(screen.getByLabelText("News sites only"));
    await screen.findByText(/^Your browser did not allow Verbatim on news sites/);
    expect((await loadSettings()).scanMode).toBe("click");
    expect(document.body.textContent).not.toMatch(/Error|permissions\.request/);
    fake.browser.firefox = false;
  });

  test("only on a click needs no permission", async () => {
    render(<WelcomeApp />);
    fireEvent.click(screen.getByLabelText("Only when I click the toolbar button"));
    await screen.findByText("Done: Verbatim runs only when you click its toolbar button.");
    expect(fake.browser.requested).toEqual([]);
    await waitFor(async () => expect((await loadSettings()).scanMode).toBe("click"));
  });
});
