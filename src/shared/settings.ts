/**
 * The user's settings, in storage.sync (so they follow the user across browsers) with storage.local
 * as the fallback where sync is unavailable (Firefox without an account, or a sync error). Every part
 * reads them through here; the content script listens for changes and applies them without a reload.
 */
import { browser } from "./browser.js";

export type ScanMode = "news" | "all" | "click";
export type HighlightStyle = "underline" | "background";

export interface Settings {
  /** Where pages are scanned by themselves: the news sites, every site, or only on a click. */
  readonly scanMode: ScanMode;
  readonly highlights: boolean;
  readonly highlightStyle: HighlightStyle;
  /** Hosts where Verbatim is off. */
  readonly disabledSites: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = {
  scanMode: "news",
  highlights: true,
  highlightStyle: "underline",
  disabledSites: [],
};

const KEY = "settings";

/** Settings from untrusted storage data: unknown or malformed fields fall back to the defaults. */
export function parseSettings(data: unknown): Settings {
  const d = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  const defaults = DEFAULT_SETTINGS;
  return {
    scanMode:
      d.scanMode === "news" || d.scanMode === "all" || d.scanMode === "click"
        ? d.scanMode
        : defaults.scanMode,
    highlights: typeof d.highlights === "boolean" ? d.highlights : defaults.highlights,
    highlightStyle:
      d.highlightStyle === "underline" || d.highlightStyle === "background"
        ? d.highlightStyle
        : defaults.highlightStyle,
    disabledSites: Array.isArray(d.disabledSites)
      ? d.disabledSites.filter((s): s is string => typeof s === "string")
      : defaults.disabledSites,
  };
}

async function area(): Promise<"sync" | "local"> {
  try {
    await browser.storage.sync.get(KEY);
    return "sync";
  } catch {
    return "local";
  }
}

export async function loadSettings(): Promise<Settings> {
  const where = await area();
  const stored = await browser.storage[where].get(KEY);
  return parseSettings(stored[KEY]);
}

/** Writes run one after another: concurrent read-merge-writes (quick clicks) would lose changes. */
let writes: Promise<unknown> = Promise.resolve();

export function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const write = writes.then(async () => {
    const next = { ...(await loadSettings()), ...change };
    const where = await area();
    try {
      await browser.storage[where].set({ [KEY]: next });
    } catch {
      await browser.storage.local.set({ [KEY]: next });
    }
    return next;
  });
  writes = write.catch(() => undefined);
  return write;
}

/** Calls `listener` with the new settings whenever they change, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal?: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>): void => {
    if (KEY in changes) listener(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  signal?.addEventListener("abort", () => browser.storage.onChanged.removeListener(handler));
}

/** Whether Verbatim is off for a host. */
export function siteDisabled(settings: Settings, host: string): boolean {
  return settings.disabledSites.includes(host.toLowerCase());
}
