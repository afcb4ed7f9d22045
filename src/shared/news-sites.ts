/**
 * Where the content script runs by default in this build: the news sites whose match patterns the
 * manifest's content scripts carry, each with its subdomains. The build writes those patterns from
 * data/news-sites.txt (Firefox: the whole list; Chrome: data/news-sites-core.txt, see scripts/build.ts),
 * so reading them back from the manifest keeps one source and fits each browser's build. Anything else
 * is opt-in ("all sites", an optional permission) or on demand (the toolbar button, activeTab).
 */
import { browser } from "./browser.js";
import { domainOfMatchPattern, matchPatterns } from "./domain-list.js";

/** The default news sites of this build: registrable domains (or a publisher's own subdomain), lower case. */
export const NEWS_SITES: readonly string[] = (browser.runtime.getManifest().content_scripts ?? [])
  .flatMap((script) => script.matches ?? [])
  .flatMap((pattern) => domainOfMatchPattern(pattern) ?? []);

export { matchPatterns };
