/**
 * Settings survive sync's quota: a site list past 8 KB (a few hundred sites) is still there after a
 * reload, and a save that sync refused is what the next load reads.
 */
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { FakeBrowser } from "../helpers/fake-browser.js";

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock("../../src/shared/browser.js", async () => {
  fake.browser = (await import("../helpers/fake-browser.js")).createFakeBrowser({ quotaBytesPerItem: 8192 });
  return { browser: fake.browser };
});

const { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, parseSettings, saveSettings, siteDisabled } =
  await import("../../src/shared/settings.js");

const sites = (n: number): string[] => Array.from({ length: n }, (_, i) => `www.site-number-${i}.example`);

beforeEach(async () => {
  for (const area of ["sync", "local"] as const) {
    for (const key of Object.keys(await fake.browser.storage[area].get(null)))
      await fake.browser.storage[area].remove(key);
  }
});

describe("at the sync quota", () => {
  test("600 disabled sites (well past 8 KB) are all there after a reload, and the switch stays off", async () => {
    const many = sites(600);
    expect(JSON.stringify(many).length).toBeGreaterThan(8192);
    await saveSettings({ disabledSites: many, highlightStyle: "background" });
    const loaded = await loadSettings();
    expect(loaded.disabledSites).toEqual(many);
    expect(loaded.highlightStyle).toBe("background");
    expect(siteDisabled(loaded, "www.site-number-599.example")).toBe(true);
    // What stays in sync fits its quota and still carries the rest of the settings.
    const synced = (await fake.browser.storage.sync.get("settings")).settings as { highlightStyle: string };
    expect(JSON.stringify(synced).length).toBeLessThan(8192);
    expect(synced.highlightStyle).toBe("background");
  });

  test("one more site on top of a list at the quota is kept, and removing sites brings it back inline", async () => {
    await saveSettings({ disabledSites: sites(320) });
    await saveSettings({ disabledSites: [...(await loadSettings()).disabledSites, "one-more.example"] });
    expect((await loadSettings()).disabledSites).toHaveLength(321);
    await saveSettings({ disabledSites: ["only.example"] });
    expect((await loadSettings()).disabledSites).toEqual(["only.example"]);
    expect((await fake.browser.storage.sync.get("settings")).settings).toMatchObject({
      disabledSites: ["only.example"],
    });
  });
});

describe("where sync refuses the write", () => {
  test("the save goes to local and the next load reads it there, not the older synced copy", async () => {
    await saveSettings({ highlights: true });
    const set = fake.browser.storage.sync.set;
    fake.browser.storage.sync.set = async () => {
      throw new Error("MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded");
    };
    try {
      await saveSettings({ highlights: false, disabledSites: ["a.example"] });
    } finally {
      fake.browser.storage.sync.set = set;
    }
    expect(await loadSettings()).toMatchObject({ highlights: false, disabledSites: ["a.example"] });
  });

  test("without sync at all, settings live in local", async () => {
    const { get, set } = fake.browser.storage.sync;
    const unavailable = async (): Promise<never> => {
      throw new Error("sync is not available");
    };
    fake.browser.storage.sync.get = unavailable;
    fake.browser.storage.sync.set = unavailable;
    try {
      await saveSettings({ scanMode: "click" });
      expect((await loadSettings()).scanMode).toBe("click");
    } finally {
      fake.browser.storage.sync.get = get;
      fake.browser.storage.sync.set = set;
    }
  });
});

test("listeners hear a change of the site list kept in local", async () => {
  await saveSettings({ disabledSites: sites(400) });
  const heard = new Promise((resolve) => onSettingsChanged(resolve));
  await saveSettings({ disabledSites: [...sites(400), "late.example"] });
  expect(((await heard) as { disabledSites: string[] }).disabledSites).toContain("late.example");
});

describe("parseSettings (valibot schema)", () => {
  test.each([
    [null, DEFAULT_SETTINGS],
    [[], DEFAULT_SETTINGS],
    ["all", DEFAULT_SETTINGS],
    [{ scanMode: "everywhere", highlights: "yes" }, DEFAULT_SETTINGS],
    [
      { scanMode: "click", highlights: false, highlightStyle: "background", disabledSites: ["a.example", 3] },
      { scanMode: "click", highlights: false, highlightStyle: "background", disabledSites: ["a.example"] },
    ],
    [{ disabledSites: "a.example" }, DEFAULT_SETTINGS],
  ])("%j reads as %j: malformed fields take their defaults", (stored, settings) => {
    expect(parseSettings(stored)).toEqual(settings);
  });
});
