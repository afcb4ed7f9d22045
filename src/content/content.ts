/**
 * Verbatim's content script. Gate first (is this a news article? is Verbatim on here?), then work:
 * extract the article's text without touching the page, have the background match it, highlight the
 * matched quotes with mark.js, show a hover card on hover or focus, rescan pages that change after
 * load (debounced, without duplicating highlights), and answer keyboard commands. Everything it adds
 * is registered against one AbortController: turning Verbatim off for the site removes it all at once.
 */
import type { PageReport } from "../core/report/page-report.js";
import { extractArticle } from "../page/extract-article.js";
import { looksLikeArticle } from "../page/is-article.js";
import { rangesByContext } from "../page/mark-ranges.js";
import { browser } from "../shared/browser.js";
import {
  callBackground,
  CONTENT_VALIDATORS,
  dispatch,
  type ContentCalls,
  type Handlers,
} from "../shared/messages.js";
import { loadSettings, onSettingsChanged, siteDisabled, type Settings } from "../shared/settings.js";
import { Highlighter, MARK_ELEMENT, type HighlightData } from "./highlighter.js";
import { CARD_ELEMENT, HoverCard } from "./HoverCard.js";

/** Quiet time after the page's last change before it is rescanned. */
const RESCAN_DELAY_MS = 1000;

type VerbatimGlobal = typeof globalThis & { verbatimLoaded?: boolean; verbatimForce?: boolean };

function ownNode(node: Node | null): boolean {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element !== null && element.closest(`${MARK_ELEMENT}, ${CARD_ELEMENT}`) !== null;
}

class PageSession {
  private readonly controller = new AbortController();
  private readonly highlighter = new Highlighter(document.body);
  private readonly card: HoverCard;
  private readonly observer: MutationObserver;
  private report: PageReport | null = null;
  private lastText = "";
  private rescanTimer = 0;
  private visible: boolean;

  constructor(private settings: Settings) {
    this.visible = settings.highlights;
    this.highlighter.setAppearance(settings.highlightStyle, this.visible);
    this.card = new HoverCard(
      document,
      (match) => void callBackground("comparison.open", { statementId: match.statementId }),
    );
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.listen();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Extracts, matches and highlights; returns the number of highlighted occurrences. */
  async scan(force = false): Promise<number> {
    const article = extractArticle(document);
    if (!article) {
      void callBackground("page.notArticle", { url: location.href, title: document.title });
      return 0;
    }
    if (!force && article.text === this.lastText) return this.highlighter.count;
    this.lastText = article.text;
    const reply = await callBackground("page.match", {
      text: article.text,
      url: article.url ?? location.href,
      date: article.date,
      title: article.title || document.title,
    });
    if (!reply.ok || this.signal.aborted) return 0;
    this.report = reply.result;
    const spans = this.report.matches.map((m, i) => ({
      start: m.start,
      end: m.end,
      data: { match: i, occurrence: m.occurrence, kind: m.kind } satisfies HighlightData,
    }));
    const groups = rangesByContext(article.segments, spans, document.body);
    // Marking mutates the page; those mutations are ours and must not trigger a rescan.
    this.observer.disconnect();
    this.card.hide();
    await this.highlighter.applyInSlices(groups, this.signal);
    if (!this.signal.aborted) this.observe();
    return this.highlighter.count;
  }

  private observe(): void {
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    const foreign = records.some(
      (r) =>
        !ownNode(r.target) &&
        ![...r.addedNodes, ...r.removedNodes].every(
          (n) => ownNode(n) || n.nodeName === MARK_ELEMENT.toUpperCase(),
        ),
    );
    if (!foreign) return;
    window.clearTimeout(this.rescanTimer);
    this.rescanTimer = window.setTimeout(() => void this.scan().catch(() => undefined), RESCAN_DELAY_MS);
  }

  private listen(): void {
    const options = { capture: true, signal: this.signal };
    const markOf = (event: Event): HTMLElement | null =>
      event.target instanceof Element ? (event.target.closest(MARK_ELEMENT) as HTMLElement | null) : null;
    const showFor = (mark: HTMLElement): void => {
      const match = this.report?.matches[Number(mark.dataset.vbMatch)];
      if (match && this.visible) this.card.show(mark, match, this.report!);
    };
    // Hover and keyboard focus show the card alike; leaving either hides it.
    for (const [event, show] of [
      ["mouseover", true],
      ["focusin", true],
      ["mouseout", false],
      ["focusout", false],
    ] as const) {
      document.addEventListener(
        event,
        (e) => {
          const mark = markOf(e);
          if (mark && show) showFor(mark);
          else if (mark) this.card.hideSoon();
        },
        options,
      );
    }
    document.addEventListener(
      "keydown",
      (e) => {
        if (e.key === "Escape") this.card.hide();
      },
      options,
    );
    this.signal.addEventListener("abort", () => {
      window.clearTimeout(this.rescanTimer);
      this.observer.disconnect();
      this.highlighter.clear();
      this.card.destroy();
    });
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.visible = settings.highlights;
    this.highlighter.setAppearance(settings.highlightStyle, this.visible);
    if (!this.visible) this.card.hide();
  }

  readonly calls: Omit<Handlers<ContentCalls, null>, "highlights.rescan"> = {
    "highlights.step": ({ direction }) => this.highlighter.step(direction),
    "highlights.toggle": () => {
      this.visible = !this.visible;
      this.highlighter.setAppearance(this.settings.highlightStyle, this.visible);
      if (!this.visible) this.card.hide();
      return this.visible;
    },
    "highlights.reveal": ({ occurrence }) => this.highlighter.reveal(occurrence),
  };

  stop(): void {
    this.controller.abort();
  }
}

let session: PageSession | null = null;

async function start(settings: Settings, forced: boolean): Promise<number> {
  if (!forced && !looksLikeArticle(document)) {
    void callBackground("page.notArticle", { url: location.href, title: document.title });
    return 0;
  }
  session ??= new PageSession(settings);
  return session.scan(forced);
}

function stop(): void {
  session?.stop();
  session = null;
}

async function main(): Promise<void> {
  const global = globalThis as VerbatimGlobal;
  if (global.verbatimLoaded) return; // injected twice (news site + toolbar click): one instance
  global.verbatimLoaded = true;
  const forced = global.verbatimForce === true;
  global.verbatimForce = false;

  let settings = await loadSettings();
  const notActive = (): never => {
    throw new Error("Verbatim is not active on this page");
  };
  const handlers: Handlers<ContentCalls, null> = {
    "highlights.step": (p, c) => (session ? session.calls["highlights.step"](p, c) : notActive()),
    "highlights.toggle": (p, c) => (session ? session.calls["highlights.toggle"](p, c) : notActive()),
    "highlights.reveal": (p, c) => (session ? session.calls["highlights.reveal"](p, c) : notActive()),
    "highlights.rescan": () => start(settings, true),
  };
  browser.runtime.onMessage.addListener((message: unknown) =>
    dispatch(message, CONTENT_VALIDATORS, handlers, null),
  );

  onSettingsChanged((next) => {
    settings = next;
    if (siteDisabled(next, location.hostname)) stop();
    else if (session) session.applySettings(next);
    else if (next.scanMode !== "click") void start(next, false).catch(() => undefined);
  });

  if (!forced && (settings.scanMode === "click" || siteDisabled(settings, location.hostname))) return;
  await start(settings, forced);
}

// Errors stay out of the page's console: a failed scan leaves the page as it was.
main().catch(() => stop());
