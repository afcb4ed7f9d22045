/**
 * Verbatim's content script. Gate first (is this a news article? is Verbatim on here?), then work:
 * extract the article's text without touching the page, have the background match it, highlight the
 * matched quotes with mark.js, show a hover card on hover or focus, keep up with pages that change
 * after load (only the blocks that changed are read again, only an edit of the text is sent, only
 * blocks whose highlights change are re-marked), and answer keyboard commands. Everything it adds
 * is registered against one AbortController: turning Verbatim off for the site removes it all at once.
 */
import type { PageReport } from "../core/report/page-report.js";
import { looksLikeArticle } from "../page/is-article.js";
import { needsReadability, type ReadabilityClass } from "../page/extract-article.js";
import { LiveArticle, type TextChange, type TextEdit } from "../page/live-article.js";
import { rangesByContext } from "../page/mark-ranges.js";
import { browser } from "../shared/browser.js";
import {
  callBackground,
  CONTENT_VALIDATORS,
  dispatch,
  extensionContextLost,
  type BackgroundCalls,
  type ContentCalls,
  type Handlers,
  type Method,
  type Params,
  type Reply,
  type Result,
} from "../shared/messages.js";
import { loadSettings, onSettingsChanged, siteDisabled, type Settings } from "../shared/settings.js";
import { Highlighter, MARK_ELEMENT, type HighlightData } from "./highlighter.js";
import { HoverCard } from "./HoverCard.js";

/** How often a changing page is looked at again: its changes are gathered, then read at once. */
const RESCAN_DELAY_MS = 1000;
/**
 * Edits too small to make a match are held back (a clock's "Updated 9 s ago" → "10 s ago"), up to
 * this many characters, and sent with the next one that could: a match needs quotation marks or a
 * run of eight words.
 */
const HELD_EDIT_CHARS = 512;
const QUOTE_MARKS =
  /["\u201c\u201d\u201e\u201f'\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a\u300c\u300d]/;

/** Whether an edit could change what matches: it brings or takes quotation marks, or many words. */
function couldMatter({ edit, removed }: TextChange): boolean {
  const changed = `${removed} ${edit.insert}`;
  return QUOTE_MARKS.test(changed) || changed.split(/\s+/).filter(Boolean).length >= 8;
}

type VerbatimGlobal = typeof globalThis & { verbatimLoaded?: boolean; verbatimForce?: boolean };

/**
 * Calls the background; when the extension has gone from under this script (updated or reloaded
 * while the page stayed open), tears the script down quietly instead of failing in the page.
 */
async function ask<M extends Method<BackgroundCalls>>(
  method: M,
  params: Params<BackgroundCalls, M>,
): Promise<Reply<Result<BackgroundCalls, M>>> {
  const reply = await callBackground(method, params);
  if (!reply.ok && extensionContextLost()) stop();
  return reply;
}

class PageSession {
  private readonly controller = new AbortController();
  private readonly highlighter = new Highlighter(document.body);
  private readonly card: HoverCard;
  private readonly observer: MutationObserver;
  private report: PageReport | null = null;
  private article: LiveArticle | null = null;
  /** The version of the text the background holds; edits not yet sent. */
  private revision = 0;
  private held: TextEdit[] = [];
  private heldChars = 0;
  private rescanTimer = 0;
  /** One scan or update at a time, in order. */
  private work: Promise<unknown> = Promise.resolve();
  private visible: boolean;

  constructor(private settings: Settings) {
    this.visible = settings.highlights;
    this.highlighter.setAppearance(settings.highlightStyle, this.visible);
    this.card = new HoverCard(
      document,
      (match) => void ask("comparison.open", { statementId: match.statementId }),
    );
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.listen();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Extracts, matches and highlights, queued after any work under way; returns the highlight count. */
  scan(force = false): Promise<number> {
    const next = this.work.then(() => this.fullScan(force));
    this.work = next.catch(() => undefined);
    return next;
  }

  private async fullScan(force: boolean): Promise<number> {
    const article = LiveArticle.extract(
      document,
      needsReadability(document) ? await loadReadability() : null,
    );
    if (!article) {
      void ask("page.notArticle", { title: document.title });
      return 0;
    }
    const unchanged = this.article !== null && article.text === this.article.text;
    this.article = article;
    if (unchanged && !force) return this.highlighter.count;
    this.held = [];
    this.heldChars = 0;
    this.revision++;
    const reply = await ask("page.match", {
      text: article.text,
      url: article.url ?? location.href,
      date: article.date,
      title: article.title || document.title,
      revision: this.revision,
    });
    if (!reply.ok || this.signal.aborted) return 0;
    await this.highlight(reply.result);
    return this.highlighter.count;
  }

  /** Reads what changed in the article since the last look, and sends only that, when it matters. */
  private async applyChanges(): Promise<void> {
    const article = this.article;
    if (!article) return void (await this.fullScan(false));
    const change = article.update();
    if (change.kind === "reextract") return void (await this.fullScan(false));
    if (change.kind === "same") return;
    for (const { edit } of change.changes) {
      this.held.push(edit);
      this.heldChars += edit.insert.length + edit.to - edit.from;
    }
    if (!change.changes.some(couldMatter) && this.heldChars < HELD_EDIT_CHARS) return;
    const edits = this.held;
    this.held = [];
    this.heldChars = 0;
    const reply = await ask("page.update", { revision: this.revision, edits });
    if (this.signal.aborted) return;
    if (!reply.ok) return void (await this.fullScan(true)); // the background lost the text: all of it
    this.revision++;
    await this.highlight(reply.result);
  }

  /** Highlights a report's matches, re-marking only the blocks whose highlights change. */
  private async highlight(report: PageReport): Promise<void> {
    const article = this.article!;
    this.report = report;
    const spans = report.matches.map((m, i) => ({
      start: m.start,
      end: m.end,
      data: { match: i, occurrence: m.occurrence, kind: m.kind } satisfies HighlightData,
    }));
    const groups = rangesByContext(article.segmentsFor(spans), spans, document.body);
    this.observe();
    // Marking mutates the page; those records are Verbatim's own and are dropped after each slice.
    const touched = await this.highlighter.update(groups, this.signal, {
      afterSlice: () => this.observer.takeRecords(),
    });
    if (this.card.shownFor && !this.card.shownFor.isConnected) this.card.hide();
    // The marked blocks' text nodes were split and joined: read them again (their text is the same).
    const change = article.update(touched);
    if (change.kind !== "same") this.scheduleRescan();
  }

  private observe(): void {
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  private ownNode(node: Node | null): boolean {
    if (this.card.contains(node)) return true;
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    return element !== null && element.closest(MARK_ELEMENT) !== null;
  }

  private onMutations(records: MutationRecord[]): void {
    const foreign = records.filter(
      (r) =>
        !this.ownNode(r.target) &&
        ![...r.addedNodes, ...r.removedNodes].every(
          (n) => this.ownNode(n) || n.nodeName === MARK_ELEMENT.toUpperCase(),
        ),
    );
    if (foreign.length === 0) return;
    this.article?.note(foreign);
    this.scheduleRescan();
  }

  /** At most one look per delay, however often the page changes (a ticking clock never starves it). */
  private scheduleRescan(): void {
    if (this.rescanTimer) return;
    this.rescanTimer = window.setTimeout(() => {
      this.rescanTimer = 0;
      const next = this.work.then(() => this.applyChanges());
      this.work = next.catch(() => undefined);
    }, RESCAN_DELAY_MS);
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
          if (!e.isTrusted) return; // the page's own synthetic events do not drive Verbatim's UI
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
        if (e.isTrusted && e.key === "Escape") this.card.hide();
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
    void ask("page.notArticle", { title: document.title });
    return 0;
  }
  session ??= new PageSession(settings);
  return session.scan(forced);
}

/**
 * Readability, injected on first need by the background (a third of this script's size otherwise);
 * null when it cannot be had, and the article is then read from the page's own body.
 */
async function loadReadability(): Promise<ReadabilityClass | null> {
  const global = globalThis as { verbatimReadability?: ReadabilityClass };
  if (!global.verbatimReadability) await ask("page.readability", {});
  return global.verbatimReadability ?? null;
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
    else if (next.scanMode !== "click") void start(next, false).catch(reportFailure);
  });

  if (!forced && (settings.scanMode === "click" || siteDisabled(settings, location.hostname))) return;
  await start(settings, forced);
}

/**
 * Errors stay out of the page's console (a failed start leaves the page as it was), but are never
 * silent: the background logs each once in the extension's own console and records it in the tab's
 * state (status "error", with the error) for the popup.
 */
function reportFailure(error: unknown): void {
  stop();
  if (extensionContextLost()) return;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  void callBackground("page.startFailed", { error: message.slice(0, 2000) });
}

main().catch(reportFailure);
