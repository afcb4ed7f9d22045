/**
 * Verbatim's service worker (a background script in Firefox): matches pages against the corpus for
 * content scripts, answers the popup, keeps per-tab state and the badge, routes keyboard commands,
 * and registers the "all sites" content script when the user has granted that permission.
 */
import { matchPage } from "../core/match/match-page.js";
import { renderingOf } from "../core/corpus/schema.js";
import { buildPageReport, versionsOf, type PageReport } from "../core/report/page-report.js";
import { searchCorpus } from "../core/report/search-corpus.js";
import { browser, type Runtime } from "../shared/browser.js";
import {
  BACKGROUND_VALIDATORS,
  callTab,
  dispatch,
  type BackgroundCalls,
  type Handlers,
  type PageText,
  type StatementView,
} from "../shared/messages.js";
import type { TextEdit } from "../page/live-article.js";
import { NEWS_SITES, matchPatterns } from "../shared/news-sites.js";
import { loadSettings, onSettingsChanged, type Settings } from "../shared/settings.js";
import { getCorpus, getSearchIndex } from "./corpus-service.js";
import { openWelcomeOnInstall } from "./first-run.js";
import { runsHere } from "./runs-here.js";
import { syncSiteScripts } from "./site-scripts.js";
import { callerOf, RateLimit, refusalFor, type Caller } from "./sender-policy.js";
import { clearTabState, loadTabState, nextTabState, saveTabState } from "./tab-state.js";

const ALL_SITES_SCRIPT = "verbatim-all-sites";
/** A page injected by "Scan this page" answers within this, or the scan answers null. */
const SCAN_TIMEOUT_MS = 10_000;

/** Comparison tabs a page may have opened: two in five seconds is a reader's pace, not a script's. */
const comparisonTabs = new RateLimit(2, 5000);
/** Start-up failures already logged, per tab: a failure is logged once, not on every navigation. */
const loggedFailures = new Map<number, string>();

/**
 * The text each tab's content script last sent, so that a live page sends only what changed. Kept in
 * memory only: a restarted worker has none, refuses the edits, and the content script sends it all.
 */
const pageTexts = new Map<number, PageText>();

/** Applies edits in order; throws when one does not fit the text. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let next = text;
  for (const { from, to, insert } of edits) {
    if (to > next.length) throw new Error("an edit lies past the end of the text; send the whole page");
    next = next.slice(0, from) + insert + next.slice(to);
  }
  return next;
}

async function matchAndSave(page: PageText, tabId: number, url: string): Promise<PageReport> {
  const corpus = await getCorpus();
  const match = matchPage(page.text, corpus, { url: page.url, date: page.date });
  const report = buildPageReport(page.text, match, corpus);
  await saveTabState(tabId, { url, title: page.title, status: "matched", report });
  return report;
}

/** The tab a content script runs in; the policy lets only content scripts reach `page.*`. */
function ownTab(caller: Caller | null): { tabId: number; url: string } {
  if (caller?.kind !== "content") throw new Error("not a page's content script");
  return { tabId: caller.tabId, url: caller.url };
}

const handlers: Handlers<BackgroundCalls, Caller | null> = {
  async "page.match"(page, caller) {
    const { tabId, url } = ownTab(caller);
    pageTexts.set(tabId, page);
    return matchAndSave(page, tabId, url);
  },

  async "page.update"({ revision, edits }, caller) {
    const { tabId, url } = ownTab(caller);
    const held = pageTexts.get(tabId);
    if (held?.revision !== revision) throw new Error("out of date; send the whole page");
    const page = { ...held, text: applyEdits(held.text, edits), revision: revision + 1 };
    pageTexts.set(tabId, page);
    return matchAndSave(page, tabId, url);
  },

  async "page.notArticle"(page, caller) {
    const { tabId, url } = ownTab(caller);
    await saveTabState(tabId, { url, title: page.title, status: "not-article", report: null });
    return null;
  },

  async "page.readability"(_params, caller) {
    // Into the page's top frame only, in the extension's isolated world (the default): the page's own
    // scripts never see it. Host access is the one the content script runs under.
    await browser.scripting.executeScript({
      target: { tabId: ownTab(caller).tabId, frameIds: [0] },
      files: ["readability.js"],
    });
    return null;
  },

  async "page.startFailed"({ error }, caller) {
    const { tabId, url } = ownTab(caller);
    if (loggedFailures.get(tabId) !== error) {
      loggedFailures.set(tabId, error);
      console.error(`Verbatim could not start on ${url}: ${error}`);
    }
    await saveTabState(tabId, { url, title: "", status: "error", report: null, error });
    return null;
  },

  "tab.state": ({ tabId }) => loadTabState(tabId),

  async "tab.scan"({ tabId }) {
    // An instance already on the page rescans; otherwise inject one (activeTab allows it after the
    // user's click on the toolbar button), told to scan whatever the page looks like.
    // Either way the scan ends in the page's new state, which is the answer: the popup shows it
    // at once instead of polling after a guessed delay.
    const rescanned = await callTab(tabId, "highlights.rescan", {});
    if (rescanned.ok) return loadTabState(tabId);
    const scanned = nextTabState(tabId, SCAN_TIMEOUT_MS);
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => ((globalThis as { verbatimForce?: boolean }).verbatimForce = true),
    });
    await browser.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
    return scanned;
  },

  async "corpus.search"({ query }) {
    const { corpus, index } = await getSearchIndex();
    return searchCorpus(corpus, index, query).map(({ statementId }): StatementView => {
      const statement = corpus.statementById.get(statementId)!;
      const canonical = corpus.quoteById.get(statement.canonicalQuoteId)!;
      const reference = renderingOf(canonical);
      return {
        statementId,
        speaker: statement.speaker?.name ?? null,
        text: statement.text,
        storyTitle: corpus.storyById.get(statement.storyId)!.title,
        versions: versionsOf(corpus, statementId, reference, null),
      };
    });
  },

  async "comparison.open"({ statementId }, caller) {
    const { tabId } = ownTab(caller);
    if (!comparisonTabs.allow(tabId)) throw new Error("refused: too many comparison tabs opened at once");
    const url = browser.runtime.getURL(
      `popup.html?tab=${tabId}&statement=${encodeURIComponent(statementId)}`,
    );
    await browser.tabs.create({ url, openerTabId: tabId });
    return null;
  },

  "sites.sync": () => syncSiteScripts(),

  "site.runs": ({ url }) => runsHere(url),
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<unknown> => {
  const caller = callerOf(sender, { id: browser.runtime.id, origin: browser.runtime.getURL("") });
  return dispatch(message, BACKGROUND_VALIDATORS, handlers, caller, (method) => refusalFor(method, caller));
});

// A tab that navigates or closes loses its state; its badge goes with it.
browser.tabs.onRemoved.addListener((tabId) => {
  loggedFailures.delete(tabId);
  pageTexts.delete(tabId);
  void clearTabState(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url === undefined) return;
  pageTexts.delete(tabId);
  void clearTabState(tabId);
});

browser.commands.onCommand.addListener(async (command) => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (command === "next-highlight") await callTab(tab.id, "highlights.step", { direction: 1 });
  else if (command === "previous-highlight") await callTab(tab.id, "highlights.step", { direction: -1 });
  else if (command === "toggle-highlights") await callTab(tab.id, "highlights.toggle", {});
});

/** Keeps the "all sites" content script registered exactly when the user chose it and granted it. */
async function syncAllSitesScript(settings: Settings): Promise<void> {
  const granted = await browser.permissions.contains({ origins: ["<all_urls>"] });
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT] });
  const wanted = settings.scanMode === "all" && granted;
  if (wanted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: ALL_SITES_SCRIPT,
        matches: ["<all_urls>"],
        excludeMatches: matchPatterns(NEWS_SITES),
        js: ["content.js"],
        runAt: "document_idle",
      },
    ]);
  } else if (!wanted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT] });
  }
}

onSettingsChanged((settings) => void syncAllSitesScript(settings).catch(() => undefined));
browser.permissions.onRemoved.addListener(() => void loadSettings().then(syncAllSitesScript));
browser.runtime.onInstalled.addListener(() => void loadSettings().then(syncAllSitesScript));
// Per-site grants: kept in step with the browser's record of them, which the user can change there.
for (const event of [browser.permissions.onAdded, browser.permissions.onRemoved])
  event.addListener(() => void syncSiteScripts().catch(() => undefined));
browser.runtime.onStartup.addListener(() => void syncSiteScripts().catch(() => undefined));
browser.runtime.onInstalled.addListener(
  (details) => void openWelcomeOnInstall(details).catch(() => undefined),
);
