/**
 * Verbatim's service worker (a background script in Firefox): matches pages against the corpus for
 * content scripts, answers the popup, keeps per-tab state and the badge, routes keyboard commands,
 * and registers the "all sites" content script when the user has granted that permission.
 */
import { matchPage } from "../core/match/match-page.js";
import { renderingOf } from "../core/corpus/schema.js";
import { buildPageReport, versionsOf } from "../core/report/page-report.js";
import { searchCorpus } from "../core/report/search-corpus.js";
import { browser, type Runtime } from "../shared/browser.js";
import {
  BACKGROUND_VALIDATORS,
  callTab,
  dispatch,
  type BackgroundCalls,
  type Handlers,
  type StatementView,
} from "../shared/messages.js";
import { NEWS_SITES, matchPatterns } from "../shared/news-sites.js";
import { loadSettings, onSettingsChanged, type Settings } from "../shared/settings.js";
import { getCorpus, getSearchIndex } from "./corpus-service.js";
import { openWelcomeOnInstall } from "./first-run.js";
import { runsHere } from "./runs-here.js";
import { syncSiteScripts } from "./site-scripts.js";
import { clearTabState, loadTabState, saveTabState } from "./tab-state.js";

const ALL_SITES_SCRIPT = "verbatim-all-sites";

const handlers: Handlers<BackgroundCalls, Runtime.MessageSender> = {
  async "page.match"(page, sender) {
    const corpus = await getCorpus();
    const match = matchPage(page.text, corpus, { url: page.url, date: page.date });
    const report = buildPageReport(page.text, match, corpus);
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      await saveTabState(tabId, {
        url: sender.tab?.url ?? page.url ?? "",
        title: page.title,
        status: "matched",
        report,
      });
    }
    return report;
  },

  async "page.notArticle"(page, sender) {
    const tabId = sender.tab?.id;
    if (tabId !== undefined)
      await saveTabState(tabId, { url: page.url, title: page.title, status: "not-article", report: null });
    return null;
  },

  "tab.state": ({ tabId }) => loadTabState(tabId),

  async "tab.scan"({ tabId }) {
    // An instance already on the page rescans; otherwise inject one (activeTab allows it after the
    // user's click on the toolbar button), told to scan whatever the page looks like.
    const rescanned = await callTab(tabId, "highlights.rescan", {});
    if (rescanned.ok) return null;
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => ((globalThis as { verbatimForce?: boolean }).verbatimForce = true),
    });
    await browser.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
    return null;
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

  async "comparison.open"({ statementId }, sender) {
    const tab = sender.tab?.id ?? "";
    const url = browser.runtime.getURL(`popup.html?tab=${tab}&statement=${encodeURIComponent(statementId)}`);
    await browser.tabs.create({ url, openerTabId: sender.tab?.id });
    return null;
  },

  "sites.sync": () => syncSiteScripts(),

  "site.runs": ({ url }) => runsHere(url),
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<unknown> => {
  return dispatch(message, BACKGROUND_VALIDATORS, handlers, sender);
});

// A tab that navigates or closes loses its state; its badge goes with it.
browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url !== undefined) void clearTabState(tabId);
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
