/**
 * data/news-sites.txt as data: the default news sites the manifest's content script matches. Every
 * rule a list entry must keep is checked here, so a hand edit that breaks one fails with its line.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  coveringDomain,
  isDenied,
  isHostname,
  listEntries,
  parseDenyList,
  parseDomainList,
} from "../../src/shared/domain-list.js";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const text = read("data/news-sites.txt");
const sites = parseDomainList(text, "data/news-sites.txt");
const deny = parseDenyList(read("data/news-sites-deny.txt"), "data/news-sites-deny.txt");
const core = parseDomainList(read("data/news-sites-core.txt"), "data/news-sites-core.txt");

/** Chrome's budget of host match patterns: its load cost grows with their square (data/news-sites-core.txt). */
const CHROME_MATCH_BUDGET = 1000;

describe("data/news-sites.txt", () => {
  test("holds thousands of news domains", () => {
    expect(sites.length).toBeGreaterThanOrEqual(3000);
  });

  test("every entry is a lower-case hostname", () => {
    const invalid = listEntries(text, "data/news-sites.txt").filter(({ entry }) => !isHostname(entry));
    expect(invalid).toEqual([]);
  });

  test("is sorted, so that an addition lands in one place and duplicates sit side by side", () => {
    expect(sites).toEqual([...sites].sort());
  });

  test("no entry is a subdomain of another (the match pattern of the parent covers it)", () => {
    const all = new Set(sites);
    const covered = sites.flatMap((site) => {
      const parent = coveringDomain(site.slice(site.indexOf(".") + 1), all);
      return parent ? [`${site} (under ${parent})`] : [];
    });
    expect(covered).toEqual([]);
  });

  test("none is a general-purpose giant or another entry of the deny list", () => {
    const denied = sites.filter((site) => deny.some((rule) => isDenied(site, rule)));
    expect(denied).toEqual([]);
  });

  test("names its sources and their licences in the header", () => {
    const header = text.slice(0, text.search(/^[^#\n]/m));
    expect(header).toMatch(/UT1/);
    expect(header).toMatch(/CC BY-SA 4\.0/);
    expect(header).toMatch(/Bypass Paywalls Clean[\s\S]*Licence: MIT/);
  });

  test("covers every outlet of the bundled corpus", () => {
    const manifest = JSON.parse(read("seeds/corpus.json")) as { articles: Array<{ url?: string }> };
    const all = new Set(sites);
    const hosts = manifest.articles.flatMap((a) => (a.url ? [new URL(a.url).hostname] : []));
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((host) => !coveringDomain(host, all))).toEqual([]);
  });

  test("covers the sites the real-browser tests serve pages under", () => {
    const all = new Set(sites);
    for (const host of [
      "www.reuters.com",
      "www.apnews.com",
      "www.aljazeera.com",
      "www.cnn.com",
      "www.politico.com",
    ])
      expect(coveringDomain(host, all), host).toBeDefined();
    expect(coveringDomain("blog.example.org", all)).toBeUndefined();
  });
});

describe("data/news-sites-core.txt, the part of the list Chrome's manifest carries", () => {
  test("stays within Chrome's budget of match patterns", () => {
    expect(core.length).toBeGreaterThan(500);
    expect(core.length).toBeLessThanOrEqual(CHROME_MATCH_BUDGET);
  });

  test("is sorted and holds only sites of the full list", () => {
    expect(core).toEqual([...core].sort());
    const all = new Set(sites);
    expect(core.filter((site) => !all.has(site))).toEqual([]);
  });

  test("keeps the corpus's outlets and the sites the real-browser tests use", () => {
    const covered = new Set(core);
    for (const host of [
      "www.jpost.com",
      "www.themoscowtimes.com",
      "www.reuters.com",
      "www.apnews.com",
      "www.cnn.com",
    ])
      expect(coveringDomain(host, covered), host).toBeDefined();
  });

  test("spans countries: at least 30 country-code top-level domains", () => {
    const tlds = new Set(
      core.map((site) => site.slice(site.lastIndexOf(".") + 1)).filter((tld) => tld.length === 2),
    );
    expect(tlds.size).toBeGreaterThanOrEqual(30);
  });
});

describe("data/news-sites-deny.txt", () => {
  test.each([
    "google.com",
    "news.google.co.uk",
    "google.de",
    "youtube.com",
    "m.facebook.com",
    "x.com",
    "amazon.co.jp",
    "www.amazon.com",
    "reddit.com",
    "en.wikipedia.org",
    "yahoo.com",
    "uk.news.yahoo.com",
    "msn.com",
  ])("denies %s", (host) => {
    expect(deny.some((rule) => isDenied(host, rule))).toBe(true);
  });

  test.each(["googleblog.example", "thexpost.com", "amazonas.gov.br", "reddit-news.example"])(
    "does not deny %s",
    (host) => {
      expect(deny.some((rule) => isDenied(host, rule))).toBe(false);
    },
  );
});
