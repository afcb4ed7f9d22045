/**
 * `npm run bench`: what Verbatim costs, as ratios against baselines measured in the same run. It
 * asserts nothing about time (these machines are shared and noisy); it prints figures, and with
 * `--json` one JSON object on its last line.
 *
 * 1. Page matching: pages of 1,000 / 5,000 / 20,000 words against corpora of 2 (the seeds), 1,000 and
 *    10,000 articles: Verbatim's matcher; the floor (one pass that normalises and tokenises the page);
 *    baseline (a), mark.js-style normalised exact search of each corpus quote in turn; baseline (b),
 *    approx-string-match fuzzy search of each quote in turn (Hypothesis' anchoring), on a sample.
 * 2. Corpus build: time, compiled size (bytes, gzip) and heap of the loaded index.
 * 3. Cold start: parse and load the compiled corpus, as the service worker does after a restart.
 * 4. Bundles: each entry point, minified and gzip.
 * 5. In the browser: the content script's main-thread time and longest task on a 5,000-word page.
 * 6. The ticking live blog (./live-blog.ts): 20,000 paragraphs whose clock changes every second,
 *    over 6 s of ticking and then 4 s around one new post: messages and bytes sent, main-thread share,
 *    longest task, and the scripts' share of the longest task.
 */
import search from "approx-string-match";
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { compileCorpus } from "../../src/core/compile/compile-corpus.js";
import type { CompiledCorpus } from "../../src/core/corpus/schema.js";
import { loadCorpus, type LoadedCorpus } from "../../src/core/match/load-corpus.js";
import { matchPage } from "../../src/core/match/match-page.js";
import { foldTypography, tokenize } from "../../src/core/text/tokenize.js";
import { DEFAULT_SEEDS_DIR, readSeeds } from "../../src/node/corpus-files.js";
import { launchWithExtension, tabStateFor } from "../chromium.js";
import { generateCorpus, generatePage } from "./generate-corpus.js";
import { liveBlogHtml, measureLiveBlog, type LiveBlogFigures } from "./live-blog.js";

const root = path.resolve(import.meta.dirname, "../..");
const json = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
const log = (line = ""): void => {
  if (!json) console.log(line);
};

/** Quotes of the seeds' statements as other outlets render them: every variant class. */
const SEED_QUOTES = [
  '"We had very good and productive discussions with President Vladimir Putin of Russia yesterday, and there is a very good chance that this horrible, bloody war can finally come to an end," Trump wrote on Truth Social.',
  "“I have strongly requested to President Putin that their [the soldiers’] lives be spared,” he wrote. “This would be a horrible massacre, one not seen since World War II.”",
  "Trump said the troops were “completely surrounded by the Russian military” and warned of a “horrible massacre”.",
  "“There are certainly reasons to be cautiously optimistic,” Kremlin spokesman Dmitry Peskov told reporters.",
  "Zelensky wrote: “Putin will not end the war on his own. But the strength of America is enough to make it happen.”",
  '"Millions of people are needlessly dead, never to be seen again... and there will be many more to follow if we don\'t get the cease fire and final agreement with Russia completed and signed," Trump posted.',
  "“We agree with the proposal to cease hostilities but we have to bear in mind that this ceasefire must be aimed at a long-lasting peace,” Putin said at a news conference.",
];

/** Median time of `fn` in ms, after warm-up, over at least `minRuns` runs and ~`budgetMs` of work. */
function median(fn: () => unknown, { minRuns = 5, maxRuns = 40, budgetMs = 400, warmup = 2 } = {}): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || (times.length < maxRuns && performance.now() - started < budgetMs)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const round = (x: number, digits = 3): number => Number(x.toPrecision(digits));

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

interface Corpus {
  readonly articles: number;
  readonly compiled: CompiledCorpus;
  readonly loaded: LoadedCorpus;
  readonly json: string;
  readonly buildMs: number;
  readonly heapBytes: number;
}

function buildCorpus(articles: number, generated: ReturnType<typeof generateCorpus>): Corpus {
  const started = performance.now();
  const compiled = compileCorpus(generated.input);
  const buildMs = performance.now() - started;
  const text = JSON.stringify(compiled);
  const before = heapUsed();
  const loaded = loadCorpus(JSON.parse(text));
  const heapBytes = heapUsed() - before;
  return { articles, compiled, loaded, json: text, buildMs, heapBytes };
}

// --- corpora and pages ---------------------------------------------------------------------------
const seeds = readSeeds(DEFAULT_SEEDS_DIR);
const sizes = quick ? [2, 1000] : [2, 1000, 10000];
const largest = generateCorpus(Math.max(...sizes), seeds.files, seeds.manifestText);
const corpora: Corpus[] = [];
for (const size of sizes) {
  log(`building the ${size}-article corpus…`);
  const generated =
    size === Math.max(...sizes) ? largest : generateCorpus(size, seeds.files, seeds.manifestText);
  corpora.push(buildCorpus(size, generated));
}
const pages = new Map([1000, 5000, 20000].map((words) => [words, generatePage(words, largest, SEED_QUOTES)]));

// --- 1. page matching ----------------------------------------------------------------------------
interface MatchRow {
  words: number;
  articles: number;
  ours_ms: number;
  floor_ms: number;
  naive_exact_ms: number;
  naive_fuzzy_ms: number;
  matches: number;
  fuzzy_sampled: number;
}
const matchRows: MatchRow[] = [];
const normalise = (text: string): string => foldTypography(text).toLowerCase();
for (const corpus of corpora) {
  const quoteTexts = corpus.compiled.quotes.map((q) => normalise(q.text));
  const sample = quoteTexts.filter((_, i) => i % Math.max(1, Math.ceil(quoteTexts.length / 150)) === 0);
  for (const [words, text] of pages) {
    const floor = median(() => tokenize(text));
    let matches = 0;
    const ours = median(() => (matches = matchPage(text, corpus.loaded).matches.length));
    const page = normalise(text);
    const exact = median(
      () => {
        let hits = 0;
        for (const q of quoteTexts) if (page.indexOf(q) >= 0) hits++;
        return hits;
      },
      { minRuns: 3, maxRuns: 10 },
    );
    const fuzzySample = median(
      () => {
        for (const q of sample) search(text, q, Math.min(256, Math.floor(q.length / 2)));
      },
      { minRuns: 1, maxRuns: 3, warmup: 1, budgetMs: 0 },
    );
    const fuzzy = (fuzzySample * quoteTexts.length) / sample.length;
    matchRows.push({
      words,
      articles: corpus.articles,
      ours_ms: round(ours),
      floor_ms: round(floor),
      naive_exact_ms: round(exact),
      naive_fuzzy_ms: round(fuzzy),
      matches,
      fuzzy_sampled: sample.length,
    });
  }
}

// --- 2. build, 3. cold start -------------------------------------------------------------------------
const buildRows = corpora.map((c) => ({
  articles: c.articles,
  ms: Math.round(c.buildMs),
  bytes: Buffer.byteLength(c.json),
  gzipBytes: gzipSync(c.json, { level: 9 }).length,
  heapBytes: c.heapBytes,
  quotes: c.compiled.quotes.length,
  statements: c.compiled.statements.length,
}));
const coldRows = corpora.map((c) => ({
  articles: c.articles,
  ms: round(
    median(() => loadCorpus(JSON.parse(c.json)), { minRuns: 3, maxRuns: 10, budgetMs: 2000, warmup: 1 }),
  ),
}));

// --- 4. bundles --------------------------------------------------------------------------------------
const bundles = Object.fromEntries(
  ["content", "background", "popup", "options"].map((entry) => {
    const file = path.join(root, "dist/chrome", `${entry}.js`);
    const bytes = readFileSync(file);
    return [entry, { minBytes: statSync(file).size, gzipBytes: gzipSync(bytes, { level: 9 }).length }];
  }),
);

// --- 5. in the browser -------------------------------------------------------------------------------
async function inBrowser(pageWords: number): Promise<{
  words: number;
  matches: number;
  mainThreadMs: number;
  longestTaskMs: number;
  tasks: number;
}> {
  const seedPage = generatePage(pageWords, largest, SEED_QUOTES, 11).split("\n\n");
  // Only the seeds' story is in the shipped corpus: the page quotes it about twenty times.
  const body = seedPage
    .map((p, i) => `<p>${i % 6 === 3 ? SEED_QUOTES[((i / 6) % SEED_QUOTES.length) | 0] : p}</p>`)
    .join("\n");
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Live: Ukraine</title><meta property="og:type" content="article"></head><body><article><h1>Live: Witkoff meets Putin</h1>${body}</article></body></html>`;
  const words = html
    .replace(/<[^>]+>/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;
  const server = createServer((_, response) =>
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://www.reuters.com:${(server.address() as AddressInfo).port}/live/ukraine.html`;
  const browser = await launchWithExtension(path.join(root, "dist/chrome"), {
    args: ["--host-resolver-rules=MAP * 127.0.0.1"],
  });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator("verbatim-mark").first().waitFor({ timeout: 30_000 });
    const tab = await tabStateFor(browser.worker, url);
    const results: Array<{ mainThreadMs: number; longestTaskMs: number; tasks: number; matches: number }> =
      [];
    for (let run = 0; run < 5; run++) {
      const cdp = await browser.context.newCDPSession(page);
      const events: Array<{
        name: string;
        ph: string;
        dur?: number;
        pid: number;
        tid: number;
        args?: { name?: string; data?: { frames?: Array<{ url: string; processId: number }> } };
      }> = [];
      cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as typeof events)));
      await cdp.send("Tracing.start", {
        categories: "devtools.timeline,disabled-by-default-devtools.timeline",
        transferMode: "ReportEvents",
      });
      // A forced rescan does what the first scan did: extract, match (background), highlight.
      const reply = await browser.worker.evaluate(
        (id) =>
          (
            globalThis as unknown as {
              chrome: {
                tabs: { sendMessage(id: number, m: object): Promise<{ ok: boolean; result: number }> };
              };
            }
          ).chrome.tabs.sendMessage(id, { verbatim: 1, method: "highlights.rescan", params: {} }),
        tab!.tabId,
      );
      await page.waitForTimeout(200);
      const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.end");
      await done;
      await cdp.detach();
      const started = events.find((e) => e.name === "TracingStartedInBrowser");
      const pid = started?.args?.data?.frames?.find((f) => f.url === url)?.processId;
      const mainTid = events.find(
        (e) => e.name === "thread_name" && e.pid === pid && e.args?.name === "CrRendererMain",
      )?.tid;
      const tasks = events.filter(
        (e) => e.name === "RunTask" && e.ph === "X" && e.pid === pid && e.tid === mainTid && (e.dur ?? 0) > 0,
      );
      results.push({
        mainThreadMs: tasks.reduce((sum, t) => sum + t.dur!, 0) / 1000,
        longestTaskMs: Math.max(0, ...tasks.map((t) => t.dur!)) / 1000,
        tasks: tasks.length,
        matches: reply.ok ? reply.result : -1,
      });
    }
    results.sort((a, b) => a.mainThreadMs - b.mainThreadMs);
    const mid = results[Math.floor(results.length / 2)]!;
    const matches = await page.evaluate(
      () =>
        new Set(
          Array.from(document.querySelectorAll<HTMLElement>("verbatim-mark")).map((m) => m.dataset.vbMatch),
        ).size,
    );
    return {
      words,
      matches,
      mainThreadMs: round(mid.mainThreadMs),
      longestTaskMs: round(Math.max(...results.map((r) => r.longestTaskMs))),
      tasks: mid.tasks,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
const browserFigures = await inBrowser(5000);
const liveBlogFigures = await inBrowser(20000);

async function tickingLiveBlog(
  paragraphs: number,
): Promise<{ paragraphs: number; ticking: LiveBlogFigures; newPost: LiveBlogFigures }> {
  const html = liveBlogHtml(paragraphs);
  const server = createServer((_, response) =>
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://www.reuters.com:${(server.address() as AddressInfo).port}/live/blog.html`;
  const browser = await launchWithExtension(path.join(root, "dist/chrome"), {
    args: ["--host-resolver-rules=MAP * 127.0.0.1"],
  });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator("verbatim-mark").first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2500); // the first scan's work settles
    const ticking = await measureLiveBlog(page, browser.worker, 6);
    const posting = measureLiveBlog(page, browser.worker, 4);
    await page.evaluate(() => (window as unknown as { publishPost(): void }).publishPost());
    return { paragraphs, ticking, newPost: await posting };
  } finally {
    await browser.close();
    server.close();
  }
}
const liveBlogTicking = await tickingLiveBlog(20_000);

// --- report ------------------------------------------------------------------------------------------
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
log(`\nVerbatim benchmark — ${machine}\n`);
log("1. Page matching (median ms)");
log(
  "words   articles   ours     floor    ours÷floor  naive exact  exact÷ours  naive fuzzy*  fuzzy÷ours  matches",
);
for (const r of matchRows) {
  log(
    `${String(r.words).padEnd(8)}${String(r.articles).padEnd(11)}${String(r.ours_ms).padEnd(9)}${String(r.floor_ms).padEnd(9)}${String(round(r.ours_ms / r.floor_ms)).padEnd(12)}${String(r.naive_exact_ms).padEnd(13)}${String(round(r.naive_exact_ms / r.ours_ms)).padEnd(12)}${String(r.naive_fuzzy_ms).padEnd(14)}${String(round(r.naive_fuzzy_ms / r.ours_ms)).padEnd(12)}${r.matches}`,
  );
}
log(
  `* fuzzy: measured on a sample of ~${matchRows.at(-1)?.fuzzy_sampled} quotes per corpus and scaled to all of them.`,
);
const flat = (words: number) => {
  const small = matchRows.find((r) => r.words === words && r.articles === 2)!;
  const big = matchRows.find((r) => r.words === words && r.articles === Math.max(...sizes))!;
  return round(big.ours_ms / small.ours_ms);
};
log(`flatness, 5,000 words: ${Math.max(...sizes)}-article time ÷ 2-article time = ${flat(5000)}`);
log("\n2. Corpus build");
for (const b of buildRows)
  log(
    `${String(b.articles).padEnd(7)} articles: ${b.ms} ms, ${b.bytes} bytes (${b.gzipBytes} gzip), ${b.quotes} quotes, ${b.statements} statements, heap ${b.heapBytes} bytes`,
  );
log("\n3. Cold start (parse + load the compiled corpus)");
for (const c of coldRows) log(`${String(c.articles).padEnd(7)} articles: ${c.ms} ms`);
log("\n4. Bundles");
for (const [name, b] of Object.entries(bundles))
  log(`${name.padEnd(11)} ${b.minBytes} bytes minified, ${b.gzipBytes} gzip`);
log("\n5. In Chromium, the seeds' corpus: a ~5,000-word page and a ~20,000-word live blog");
for (const f of [browserFigures, liveBlogFigures]) {
  log(
    `${f.words} words: a full scan costs ${f.mainThreadMs} ms of main thread in ${f.tasks} tasks; longest task ${f.longestTaskMs} ms; ${f.matches} matches`,
  );
}
log("\n6. In Chromium, a 20,000-paragraph live blog whose clock ticks (then one new post)");
for (const [label, f] of [
  ["ticking, 6 s", liveBlogTicking.ticking],
  ["a new post, 4 s", liveBlogTicking.newPost],
] as const) {
  log(
    `${label}: ${f.messages} messages, ${f.bytesSent} bytes sent; main thread ${Math.round(f.mainThreadShare * 100)}%; longest task ${f.longestTaskMs} ms (scripts ${f.longestScriptMs} ms); ${f.longTasks} tasks ≥ 50 ms`,
  );
}

const result = {
  machine,
  match: matchRows,
  build: buildRows,
  coldStart: coldRows,
  bundles,
  browser: browserFigures,
  browserLiveBlog: liveBlogFigures,
  liveBlogTicking,
};
if (json) console.log(JSON.stringify(result));
