/**
 * Why Verbatim shows what it shows for a tab, as one of a few reasons the popup turns into a sentence
 * and the actions that help: scan the page now, or always run on its site.
 */
import type { TabState } from "../shared/messages.js";
import { siteDisabled, type Settings } from "../shared/settings.js";

export type PageReason =
  | "matched-story" // a story of the corpus: the popup shows it
  | "not-story" // read, and not about a story in the corpus
  | "not-article" // read, and not an article
  | "restricted" // a page browsers keep closed to extensions
  | "disabled" // the user turned Verbatim off on this site
  | "click-mode" // the user chose to run only on a click
  | "not-listed" // a site Verbatim has no permission to run on by itself
  | "pending" // Verbatim may run here but has not reported yet
  | "unknown"; // the popup cannot see the tab's address

export interface PageFacts {
  readonly state: TabState | null;
  /** The tab's address, when the popup may see it (activeTab, a host permission, or the tab state). */
  readonly url: string | null;
  readonly settings: Settings;
  /** Whether Verbatim runs on the tab's site by itself (news list, a site grant, or all sites). */
  readonly permitted: boolean;
}

export function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The address pattern that grants one site, on any scheme, port and path. */
export function sitePattern(host: string): string {
  return `*://${host}/*`;
}

export function pageReason(facts: PageFacts): PageReason {
  const { state, url, settings } = facts;
  if (state?.status === "matched") return state.report?.story ? "matched-story" : "not-story";
  if (state?.status === "not-article") return "not-article";
  if (url === null) return "unknown";
  const host = hostOf(url);
  if (!/^https?:/.test(url) || host === null) return "restricted";
  if (siteDisabled(settings, host)) return "disabled";
  if (settings.scanMode === "click") return "click-mode";
  if (!facts.permitted) return "not-listed";
  return "pending";
}

/** Whether "Scan this page" helps for this reason. */
export function canScan(reason: PageReason): boolean {
  return !["matched-story", "restricted", "disabled"].includes(reason);
}

/** Whether "Always run on <site>" helps for this reason. */
export function canAlwaysRun(reason: PageReason, permitted: boolean): boolean {
  return !permitted && ["not-listed", "not-article", "not-story"].includes(reason);
}
