/**
 * Where the content script runs by default: the news sites of data/news-sites.txt (the corpus's
 * outlets among them), each with its subdomains. Anything else is opt-in ("all sites", an optional
 * permission) or on demand (the toolbar button, activeTab). The build turns the same file into the
 * manifest's match patterns (scripts/build.ts), so the data file is the single source.
 */
import newsSitesText from "../../data/news-sites.txt";
import { matchPatterns, parseDomainList } from "./domain-list.js";

/** The default news sites: registrable domains (or a publisher's own subdomain), lower case, no duplicates. */
export const NEWS_SITES: readonly string[] = parseDomainList(newsSitesText, "data/news-sites.txt");

export { matchPatterns };
