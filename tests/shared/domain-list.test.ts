import { describe, expect, test } from "vitest";
import {
  coveringDomain,
  domainOfMatchPattern,
  isDenied,
  isHostname,
  matchPatterns,
  parseDenyList,
  parseDomainList,
} from "../../src/shared/domain-list.js";

describe("isHostname", () => {
  test.each(["example.com", "bbc.co.uk", "20min.ch", "news-journal.com", "xn--80ak6aa92e.com", "a.b.c.io"])(
    "accepts %s",
    (host) => expect(isHostname(host)).toBe(true),
  );
  test.each([
    ["upper case", "Example.com"],
    ["one label", "localhost"],
    ["a scheme", "https://example.com"],
    ["a path", "example.com/news"],
    ["a leading hyphen", "-example.com"],
    ["a trailing dot", "example.com."],
    ["a digit TLD", "example.123"],
    ["a wildcard", "*.example.com"],
    ["a space", "exam ple.com"],
    ["an IP address", "127.0.0.1"],
  ])("rejects %s", (_, host) => expect(isHostname(host)).toBe(false));
});

describe("parseDomainList", () => {
  test("drops comments and blank lines", () => {
    expect(parseDomainList("# sources\n\nexample.com\nnews.example.org # a section\n", "t.txt")).toEqual([
      "example.com",
      "news.example.org",
    ]);
  });

  test.each([
    ["an upper-case entry", "example.com\nBBC.co.uk\n", 't.txt:2: "BBC.co.uk" is not a lower-case hostname'],
    ["a URL", "https://example.com/\n", 't.txt:1: "https://example.com/" is not a lower-case hostname'],
    ["a duplicate", "a.com\nb.com\na.com\n", 't.txt:3: "a.com" is listed twice'],
    ["nothing but comments", "# nothing\n", "t.txt: the list is empty"],
  ])("rejects %s with a one-line error naming the line", (_, text, message) => {
    expect(() => parseDomainList(text, "t.txt")).toThrow(message);
  });
});

describe("parseDenyList and isDenied", () => {
  const rules = parseDenyList("google.*\nyoutube.com\n", "deny.txt");

  test.each([
    ["google.com", true],
    ["google.co.uk", true],
    ["news.google.com.au", true],
    ["youtube.com", true],
    ["m.youtube.com", true],
    ["googlenews.com", false],
    ["notyoutube.com", false],
    ["google.example.co.uk.evil", false],
  ])("%s denied: %s", (host, denied) => {
    expect(rules.some((rule) => isDenied(host, rule))).toBe(denied);
  });

  test("rejects an entry that is neither a hostname nor brand.*", () => {
    expect(() => parseDenyList("*.google.com\n", "deny.txt")).toThrow(
      'deny.txt:1: "*.google.com" is neither a lower-case hostname nor a "brand.*" wildcard',
    );
  });
});

describe("coveringDomain", () => {
  const domains = new Set(["example.com", "news.sky.com", "bbc.co.uk"]);
  test.each([
    ["example.com", "example.com"],
    ["www.example.com", "example.com"],
    ["WWW.Example.COM.", "example.com"],
    ["live.news.sky.com", "news.sky.com"],
    ["sky.com", undefined],
    ["www.bbc.co.uk", "bbc.co.uk"],
    ["co.uk", undefined],
    ["notexample.com", undefined],
  ])("%s → %s", (host, covering) => {
    expect(coveringDomain(host, domains)).toBe(covering);
  });
});

describe("matchPatterns", () => {
  test("one pattern a domain, which in Chrome and Firefox also matches the bare domain", () => {
    expect(matchPatterns(["example.com", "news.sky.com"])).toEqual([
      "*://*.example.com/*",
      "*://*.news.sky.com/*",
    ]);
  });
});

describe("domainOfMatchPattern", () => {
  test.each([
    ["*://*.example.com/*", "example.com"],
    ["*://*.news.sky.com/*", "news.sky.com"],
    ["<all_urls>", undefined],
    ["http://127.0.0.1/*", undefined],
    ["*://example.com/*", undefined],
    ["*://*.example.com/news/*", undefined],
  ])("%s → %s", (pattern, domain) => {
    expect(domainOfMatchPattern(pattern)).toBe(domain);
  });

  test("reads back every pattern matchPatterns writes", () => {
    const domains = ["example.com", "bbc.co.uk", "news.sky.com"];
    expect(matchPatterns(domains).map(domainOfMatchPattern)).toEqual(domains);
  });
});
