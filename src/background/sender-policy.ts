/**
 * Who may call what. A content script runs inside a page whose author may be hostile: it may ask
 * about its own tab only, and the tab and URL it acts on come from the browser's `sender`, never
 * from the message. Questions about any tab and the corpus lookup are for Verbatim's own pages (the
 * popup, the options page, the comparison tab). Tabs are opened at a bounded rate, whoever asks.
 */
import type { Runtime } from "../shared/browser.js";
import type { BackgroundCalls, Method } from "../shared/messages.js";

/** A caller, as the browser identified it. */
export type Caller =
  | { readonly kind: "content"; readonly tabId: number; readonly url: string }
  | { readonly kind: "extension"; readonly tabId: number | null; readonly url: string };

const ALLOWED: Readonly<Record<Method<BackgroundCalls>, ReadonlyArray<Caller["kind"]>>> = {
  "page.match": ["content"],
  "page.update": ["content"],
  "page.notArticle": ["content"],
  "page.readability": ["content"],
  "page.startFailed": ["content"],
  "comparison.open": ["content"],
  "tab.state": ["extension"],
  "tab.scan": ["extension"],
  "corpus.search": ["extension"],
  "sites.sync": ["extension"],
  "site.runs": ["extension"],
};

/**
 * The caller behind a sender, or null for one Verbatim does not answer: another extension, a
 * sub-frame (Verbatim runs in top frames only), or a sender the browser did not tie to a page.
 */
export function callerOf(
  sender: Runtime.MessageSender,
  extension: { id: string; origin: string },
): Caller | null {
  if (sender.id !== extension.id || typeof sender.url !== "string") return null;
  const tabId = sender.tab?.id ?? null;
  if (sender.url.startsWith(extension.origin)) return { kind: "extension", tabId, url: sender.url };
  if (tabId === null || sender.frameId !== 0 || !/^(?:https?|file):/.test(sender.url)) return null;
  return { kind: "content", tabId, url: sender.url };
}

/** Why `caller` may not call `method`, or null when it may. */
export function refusalFor(method: Method<BackgroundCalls>, caller: Caller | null): string | null {
  if (caller === null) return "refused: the sender is not one of Verbatim's pages or a top-level page";
  if (!ALLOWED[method].includes(caller.kind)) {
    return caller.kind === "content"
      ? "refused: a page's content script may ask only about its own tab"
      : "refused: only a page's content script may send this";
  }
  return null;
}

/**
 * At most `limit` events per `windowMs` for each key (a tab): a page cannot make Verbatim open a
 * stream of tabs, however it gets the messages sent.
 */
export class RateLimit {
  private readonly recent = new Map<number, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an event for `key` and says whether it is within the limit. */
  allow(key: number): boolean {
    const at = this.now();
    const kept = (this.recent.get(key) ?? []).filter((t) => at - t < this.windowMs);
    if (kept.length >= this.limit) {
      this.recent.set(key, kept);
      return false;
    }
    kept.push(at);
    this.recent.set(key, kept);
    return true;
  }
}
