/**
 * Drives Debian's Chromium with the built extension (dist/chrome) through playwright-core, per
 * ../shared/browser-e2e.md. Fixture pages are served from 127.0.0.1 under real news domains: Chromium's
 * --host-resolver-rules maps every host to loopback, so the manifest's real site list is exercised
 * while every request stays on this machine. Every request the browser makes is recorded.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const EXTENSION_DIR = path.join(ROOT, "dist/chrome");
const PAGES = path.join(ROOT, "tests/fixtures/pages");

export interface Harness {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  readonly port: number;
  /** Every URL the browser requested. */
  readonly requests: string[];
  /** Errors in the consoles of web pages (not of the extension's own pages). */
  readonly consoleErrors: string[];
  url(host: string, pathname: string): string;
  close(): Promise<void>;
}

/** Extra pages served besides the fixtures: path → HTML. */
export type ExtraPages = Record<string, string>;

function serve(extra: ExtraPages): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    const fixture = /^\/fixtures\/([\w-]+)\.html$/.exec(pathname);
    let body: string | undefined = extra[pathname];
    if (body === undefined && fixture) {
      try {
        body = readFileSync(path.join(PAGES, fixture[1]!, "page.html"), "utf8");
      } catch {
        body = undefined;
      }
    }
    if (body === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export async function launch(
  extra: ExtraPages = {},
  options: { colorScheme?: "light" | "dark" } = {},
): Promise<Harness> {
  const server = await serve(extra);
  const port = (server.address() as AddressInfo).port;
  const profile = mkdtempSync(path.join(tmpdir(), "verbatim-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    colorScheme: options.colorScheme ?? "light",
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      "--host-resolver-rules=MAP * 127.0.0.1",
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
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const consoleErrors: string[] = [];
  context.on("page", (page) => {
    const isWebPage = () => page.url().startsWith("http");
    page.on("console", (message) => {
      if (message.type() === "error" && isWebPage()) consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => {
      if (isWebPage()) consoleErrors.push(`${page.url()}: ${error.message}`);
    });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    port,
    requests,
    consoleErrors,
    url: (host, pathname) => `http://${host}:${port}${pathname}`,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's id of the tab showing `page`. Verbatim has no "tabs" permission, so the worker cannot
 * read tab URLs; the background's own per-tab state (storage.session) names the page it matched.
 */
export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  const url = page.url();
  let found: number | undefined;
  for (let attempt = 0; attempt < 150 && found === undefined; attempt++) {
    found = await harness.worker.evaluate(async (target) => {
      const all = await (
        globalThis as unknown as {
          chrome: { storage: { session: { get(k: null): Promise<Record<string, { url: string }>> } } };
        }
      ).chrome.storage.session.get(null);
      const entry = Object.entries(all).find(
        ([key, state]) => key.startsWith("tab:") && state.url === target,
      );
      return entry ? Number(entry[0].slice(4)) : undefined;
    }, url);
    if (found === undefined) await page.waitForTimeout(100);
  }
  if (found === undefined) throw new Error(`no tab state for ${url}`);
  return found;
}

export async function badgeOf(harness: Harness, tabId: number): Promise<string> {
  return harness.worker.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(q: object): Promise<string> } } }
      ).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** Texts of the page's highlights, one per matched span, in page order. */
export async function highlightedSpans(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byMatch = new Map<string, string>();
    for (const mark of Array.from(document.querySelectorAll<HTMLElement>("verbatim-mark"))) {
      const key = mark.dataset.vbMatch!;
      byMatch.set(key, (byMatch.get(key) ?? "") + mark.textContent);
    }
    return [...byMatch.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, text]) => text);
  });
}

export function expectedSpans(slug: string): string[] {
  const expected = JSON.parse(readFileSync(path.join(PAGES, slug, "expected.json"), "utf8")) as {
    matches: Array<{ text: string }>;
  };
  return expected.matches.map((m) => m.text);
}
