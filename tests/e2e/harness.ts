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
import type { BrowserContext, CDPSession, Page, Worker } from "playwright-core";
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

/** The hover card as the browser (not the page) sees it: see {@link inCard}. */
export interface CardView {
  readonly shown: boolean;
  readonly text: string;
  /** The centre of its "Full comparison" button, in the viewport. */
  readonly button: { x: number; y: number };
  /** How many elements match each selector asked for. */
  readonly counts: Record<string, number>;
}

/**
 * Reads the hover card through the DevTools protocol, which reaches into closed shadow roots (the
 * page's own scripts cannot): whether it shows, its text, its button, and counts of `selectors`.
 * Null when the page has no card.
 */
/**
 * Runs `fn` on the hover card's closed shadow root, which no page script can reach: through the
 * DevTools protocol, as the browser itself sees the page. `fn` must be self-contained (it is sent as
 * source, like page.evaluate's). Null when the page has no card.
 */
export async function evaluateInCard<T, A = null>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T,
  arg: A = null as A,
): Promise<T | null> {
  type CdpNode = {
    nodeName: string;
    children?: CdpNode[];
    shadowRoots?: Array<{ backendNodeId: number; shadowRootType: string }>;
  };
  let session = cardSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    cardSessions.set(page, session);
  }
  const cdp = await session;
  {
    const { root } = (await cdp.send("DOM.getDocument", { depth: 2, pierce: true })) as { root: CdpNode };
    const html = root.children?.find((n) => n.nodeName === "HTML");
    const shadow = html?.children
      ?.flatMap((n) => n.shadowRoots ?? [])
      .find((r) => r.shadowRootType === "closed");
    if (!shadow) return null;
    const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId!,
      returnByValue: true,
      arguments: [{ value: arg }],
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    });
    if (exceptionDetails)
      throw new Error(`in the card: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }
}

/** One DevTools session per page for {@link evaluateInCard}: opening one per call is slow under load. */
const cardSessions = new WeakMap<Page, Promise<CDPSession>>();

/** The hover card as the browser sees it (see {@link evaluateInCard}), or null when there is none. */
export function inCard(page: Page, selectors: readonly string[] = []): Promise<CardView | null> {
  return evaluateInCard(
    page,
    (root, wanted: readonly string[]) => {
      const button = root.querySelector("button");
      const rect = button ? button.getBoundingClientRect() : { left: 0, top: 0, width: 0, height: 0 };
      const counts: Record<string, number> = {};
      for (const s of wanted) counts[s] = root.querySelectorAll(s).length;
      return {
        shown: getComputedStyle(root.host).display !== "none",
        text: root.textContent ?? "",
        counts,
        button: { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 },
      };
    },
    selectors,
  );
}

/** The hover card (see {@link inCard}); throws when the page has none. */
export async function cardOf(page: Page, selectors: readonly string[] = []): Promise<CardView> {
  const card = await inCard(page, selectors);
  if (!card) throw new Error("no hover card: no closed shadow root under <html>");
  return card;
}
