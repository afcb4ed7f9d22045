/**
 * The coverage samples (data/news-site-coverage/) as data, and the share of them the default site list
 * matches: `npx tsx scripts/news-site-coverage.ts --misses` prints the figures and what is missed.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseDomainList } from "../../src/shared/domain-list.js";
import { coverageOf, sampleHosts } from "../../scripts/news-site-coverage.js";

const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, "data/news-site-coverage");
const list = (file: string) => parseDomainList(readFileSync(path.join(root, "data", file), "utf8"), file);
const samples = readdirSync(dir).filter((f) => f.endsWith(".txt"));
const sample = (file: string) => sampleHosts(readFileSync(path.join(dir, file), "utf8"), file);

describe("coverage samples", () => {
  test("hold at least 100 outlets between them, each sample naming its source", () => {
    expect(samples.sort()).toEqual(["fixture-outlets.txt", "major-outlets-by-country.txt"]);
    expect(samples.reduce((n, file) => n + sample(file).length, 0)).toBeGreaterThanOrEqual(100);
    for (const file of samples)
      expect(readFileSync(path.join(dir, file), "utf8")).toMatch(/^# Coverage sample \d: /);
  });

  test.each(samples)("%s lists each outlet once", (file) => {
    const hosts = sample(file).map((host) => host.replace(/^www\./, ""));
    expect(hosts.length).toBe(new Set(hosts).size);
  });

  // The shares measured when the list was compiled (2026-12-01): a later edit may raise them, never lower.
  test.each([
    ["news-sites.txt", "fixture-outlets.txt", 28],
    ["news-sites.txt", "major-outlets-by-country.txt", 71],
    ["news-sites-core.txt", "fixture-outlets.txt", 28],
    ["news-sites-core.txt", "major-outlets-by-country.txt", 66],
  ])("%s still matches at least the measured number of %s", (listFile, file, measured) => {
    expect(coverageOf(file, sample(file), list(listFile)).matched).toBeGreaterThanOrEqual(measured);
  });
});

describe("coverageOf", () => {
  test("counts a host under a listed domain as matched, and lists the rest", () => {
    const result = coverageOf(
      "t",
      ["www.example.com", "example.org", "news.example.net"],
      ["example.com", "example.net"],
    );
    expect(result).toEqual({ sample: "t", total: 3, matched: 2, misses: ["example.org"] });
  });

  test("a sample line that is not a hostname is a one-line error", () => {
    expect(() => sampleHosts("example.com\nhttps://x.com/a\n", "s.txt")).toThrow(
      's.txt:2: "https://x.com/a" is not a lower-case hostname',
    );
  });
});
