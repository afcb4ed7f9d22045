/**
 * `npx tsx scripts/news-site-coverage.ts [--misses]`: how much of a sample of news outlets the default
 * site lists match (data/news-sites.txt, which Firefox's manifest carries, and its core
 * data/news-sites-core.txt, which Chrome's does), for each sample in data/news-site-coverage/ (samples
 * built from other sources than the list, each naming its source in its header). An outlet counts as
 * matched when its host is a listed domain or a subdomain of one, as the manifest's match patterns decide.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { coveringDomain, isHostname, listEntries, parseDomainList } from "../src/shared/domain-list.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const SAMPLES_DIR = "data/news-site-coverage";

/** The share of a sample the list matches, and the hosts it misses. */
export interface Coverage {
  sample: string;
  total: number;
  matched: number;
  misses: string[];
}

/** The hosts of a sample file; a line that is not a hostname is a one-line error naming it. */
export function sampleHosts(text: string, source: string): string[] {
  return listEntries(text, source).map(({ line, entry }) => {
    if (!isHostname(entry)) throw new Error(`${source}:${line}: "${entry}" is not a lower-case hostname`);
    return entry;
  });
}

/** How many of `hosts` the list of `domains` matches. */
export function coverageOf(sample: string, hosts: readonly string[], domains: readonly string[]): Coverage {
  const listed = new Set(domains);
  const misses = hosts.filter((host) => coveringDomain(host, listed) === undefined);
  return { sample, total: hosts.length, matched: hosts.length - misses.length, misses };
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

function report(
  listFile: string,
  samples: Array<{ file: string; hosts: string[] }>,
  showMisses: boolean,
): void {
  const domains = parseDomainList(readFileSync(path.join(ROOT, listFile), "utf8"), listFile);
  const results = samples.map(({ file, hosts }) => coverageOf(file, hosts, domains));
  console.log(`${listFile}: ${domains.length} domains`);
  for (const r of results) {
    console.log(`  ${r.sample}: ${r.matched} of ${r.total} outlets matched (${percent(r.matched, r.total)})`);
    if (showMisses) for (const host of r.misses) console.log(`      not matched: ${host}`);
  }
  const total = results.reduce((n, r) => n + r.total, 0);
  const matched = results.reduce((n, r) => n + r.matched, 0);
  console.log(`  all samples: ${matched} of ${total} outlets matched (${percent(matched, total)})`);
}

function main(showMisses: boolean): void {
  const files = readdirSync(path.join(ROOT, SAMPLES_DIR))
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const samples = files.map((file) => {
    const source = `${SAMPLES_DIR}/${file}`;
    return { file, hosts: sampleHosts(readFileSync(path.join(ROOT, source), "utf8"), source) };
  });
  report("data/news-sites.txt", samples, showMisses);
  report("data/news-sites-core.txt", samples, showMisses);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    main(process.argv.includes("--misses"));
  } catch (error) {
    console.error(`news-site-coverage: ${(error as Error).message}`);
    process.exit(1);
  }
}
