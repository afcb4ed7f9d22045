/**
 * Debian's Chromium with Verbatim loaded, for the demo (npm start), the real-browser tests and the
 * benchmark: one launch recipe and one way to read a tab's state. The recipe: playwright-core's
 * `launchPersistentContext` on /usr/bin/chromium (or $CHROMIUM_PATH) with a fresh profile folder,
 * the unpacked build given to both `--disable-extensions-except` and `--load-extension` (headless
 * works with MV3 service workers), Chromium's own background traffic turned off so a closed network
 * stays quiet, and the extension id read from the service worker's URL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Worker } from "playwright-core";
import type { TabState } from "../src/shared/messages.js";

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly headless?: boolean;
  /** Extra Chromium flags (e.g. --host-resolver-rules). */
  readonly args?: readonly string[];
  readonly colorScheme?: "light" | "dark";
  readonly viewport?: { width: number; height: number } | null;
}

export async function launchWithExtension(
  extensionDir: string,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), "verbatim-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? "light",
    viewport: options.viewport === undefined ? { width: 1200, height: 900 } : options.viewport,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.args ?? []),
      // Without these, Chromium's own background traffic is refused by the closed network, many times over.
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The background's state for the tab showing `url`, and that tab's id, or null. Verbatim has no
 * "tabs" permission, so the worker cannot read tab URLs; its own per-tab state names the page.
 */
export async function tabStateFor(
  worker: Worker,
  url: string,
): Promise<{ tabId: number; state: TabState } | null> {
  return worker.evaluate(async (target) => {
    type Session = { storage: { session: { get(k: null): Promise<Record<string, { url: string }>> } } };
    const all = await (globalThis as unknown as { chrome: Session }).chrome.storage.session.get(null);
    const entry = Object.entries(all).find(([key, state]) => key.startsWith("tab:") && state.url === target);
    return entry ? { tabId: Number(entry[0].slice(4)), state: entry[1] as unknown as TabState } : null;
  }, url);
}
