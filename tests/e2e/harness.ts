/**
 * Drives Debian's Chromium with the built extension (dist/chrome) through playwright-core, per
 * ../shared/browser-e2e.md. Fixture pages are served from 127.0.0.1 under real news domains: Chromium's
 * --host-resolver-rules maps every host to loopback, so the manifest's real site list is exercised
 * while every request stays on this machine. Every request the browser makes is recorded.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { BrowserContext, Page, Worker } from "playwright-core";
import { launchWithExtension, tabStateFor } from "../../scripts/chromium.js";

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
  options: { colorScheme?: "light" | "dark"; extensionDir?: string } = {},
): Promise<Harness> {
  const server = await serve(extra);
  const port = (server.address() as AddressInfo).port;
  const { context, worker, extensionId, close } = await launchWithExtension(
    options.extensionDir ?? EXTENSION_DIR,
    {
      colorScheme: options.colorScheme,
      args: ["--host-resolver-rules=MAP * 127.0.0.1"],
    },
  );
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
  return {
    context,
    worker,
    extensionId,
    port,
    requests,
    consoleErrors,
    url: (host, pathname) => `http://${host}:${port}${pathname}`,
    async close() {
      await close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The browser's id of the tab showing `page`. Verbatim has no "tabs" permission, so the worker cannot
 * read tab URLs; the background's own per-tab state (storage.session) names the page it matched.
 */
export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  const url = page.url();
  for (let attempt = 0; attempt < 150; attempt++) {
    const found = await tabStateFor(harness.worker, url);
    if (found) return found.tabId;
    await page.waitForTimeout(100);
  }
  throw new Error(`no tab state for ${url}`);
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
