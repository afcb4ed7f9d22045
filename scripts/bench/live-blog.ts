/**
 * The ticking live blog: a 20,000-paragraph page about the seeds' story whose "Updated N s ago" line
 * changes every 1.5 seconds, one clock inside the article and one outside it, and which later publishes a
 * new post with a corpus quote. `measureLiveBlog` records, over a window, what Verbatim costs such a
 * page: the messages its content script sends the background (count and bytes, counted by a second
 * listener in the service worker), and the page's main-thread tasks (a Chromium trace). The benchmark
 * prints these figures; the real-browser tests assert on them.
 */
import type { Page, Worker } from "playwright-core";
import { random } from "./generate-corpus.js";

/** Quotes of the seeds' statements, scattered through the feed so the page has matches to keep. */
const QUOTES = [
  "“There are certainly reasons to be cautiously optimistic,” Kremlin spokesman Dmitry Peskov told reporters.",
  "Zelensky wrote: “Putin will not end the war on his own. But the strength of America is enough to make it happen.”",
  "“We agree with the proposal to cease hostilities but we have to bear in mind that this ceasefire must be aimed at a long-lasting peace,” Putin said at a news conference.",
];
/** The quote of the post published while the page ticks. */
export const LATE_QUOTE =
  "I have strongly requested to President Putin that their lives be spared. This would be a horrible massacre, one not seen since World War II. God bless them all,";
const WORDS =
  "the talks in Moscow continued late into the evening as officials from both sides met again on Friday to discuss the terms of a possible ceasefire along the front line while reporters waited outside".split(
    " ",
  );

/**
 * The live blog's HTML. Its `publishPost()` (in the page's own world) prepends the new post with
 * {@link LATE_QUOTE}, as a live blog's feed does.
 */
export function liveBlogHtml(paragraphs: number): string {
  const next = random(7);
  const feed: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 1000 === 500) {
      feed.push(`<p>${QUOTES[((i / 1000) % QUOTES.length) | 0]}</p>`);
      continue;
    }
    const words = Array.from({ length: 18 }, () => WORDS[Math.floor(next() * WORDS.length)]);
    feed.push(`<p>${i}: ${words.join(" ")}.</p>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Live: Ukraine war latest</title>
<meta property="og:type" content="article"></head><body>
<header><p>Site clock: <span id="outside">0</span> s</p></header>
<main><article><h1>Live: Witkoff meets Putin in Moscow; Trump sees a "very good chance"</h1>
<p class="updated">Updated <span id="inside">0</span> s ago</p>
<div id="feed">${feed.join("\n")}</div></article></main>
<script>
  let seconds = 0;
  setInterval(() => {
    seconds++;
    document.getElementById("inside").textContent = String(seconds);
    document.getElementById("outside").textContent = String(seconds);
  }, 1500);
  function publishPost() {
    const p = document.createElement("p");
    p.textContent = "\u201c${LATE_QUOTE}\u201d Trump wrote on Truth Social.";
    document.getElementById("feed").prepend(p);
  }
</script></body></html>`;
}

export interface LiveBlogFigures {
  readonly seconds: number;
  /** page.* messages the content script sent in the window. */
  readonly messages: number;
  /** Their size, JSON characters. */
  readonly bytesSent: number;
  /** The page's main-thread time in the window, as a share of the window. */
  readonly mainThreadShare: number;
  /** The longest main-thread task, rendering included (the page's own layout of 20,000 paragraphs). */
  readonly longestTaskMs: number;
  /** Tasks of 50 ms or more, rendering included. */
  readonly longTasks: number;
  /** The most script time in one task (Verbatim's work; the page's own scripts here are tiny). */
  readonly longestScriptMs: number;
}

type WorkerCounter = { count: number; bytes: number };

/** Starts counting the page.* messages the background receives. */
async function countMessages(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const global = globalThis as unknown as {
      vbCounter?: WorkerCounter;
      chrome: { runtime: { onMessage: { addListener(l: (m: unknown) => undefined): void } } };
    };
    if (!global.vbCounter) {
      global.chrome.runtime.onMessage.addListener((message) => {
        const method = (message as { method?: unknown })?.method;
        if (typeof method === "string" && method.startsWith("page.")) {
          global.vbCounter!.count++;
          global.vbCounter!.bytes += JSON.stringify(message).length;
        }
        return undefined; // not an answer: the real listener answers
      });
    }
    global.vbCounter = { count: 0, bytes: 0 };
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { frames?: Array<{ url: string; processId: number }> } };
}

/**
 * Script work (callbacks, timers, microtasks, event handlers, garbage collection) as opposed to the
 * page's rendering of 20,000 paragraphs, which without Verbatim already takes 40–50 ms a tick here.
 */
const SCRIPT = new Set([
  "FunctionCall",
  "TimerFire",
  "RunMicrotasks",
  "EventDispatch",
  "EvaluateScript",
  "V8.Execute",
  "MajorGC",
  "MinorGC",
]);

/** The time `events` cover within [from, to), overlaps (nested events) counted once. */
function covered(events: readonly TraceEvent[], from: number, to: number): number {
  let total = 0;
  let reached = from;
  for (const e of events) {
    if (e.ts >= to) break;
    const start = Math.max(e.ts, reached);
    const end = Math.min(to, e.ts + (e.dur ?? 0));
    if (end > start) total += end - start;
    reached = Math.max(reached, end);
  }
  return total;
}

/** Main-thread tasks of the page at `url` in a trace: each one's duration and its script time, ms. */
function pageTasks(events: TraceEvent[], url: string): Array<{ total: number; script: number }> {
  const started = events.find((e) => e.name === "TracingStartedInBrowser");
  const pid = started?.args?.data?.frames?.find((f) => f.url === url)?.processId;
  const mainTid = events.find(
    (e) => e.name === "thread_name" && e.pid === pid && e.args?.name === "CrRendererMain",
  )?.tid;
  const onMain = events.filter((e) => e.ph === "X" && e.pid === pid && e.tid === mainTid);
  const scripts = onMain.filter((e) => SCRIPT.has(e.name)).sort((a, b) => a.ts - b.ts);
  return onMain
    .filter((e) => e.name === "RunTask")
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = scripts.filter((e) => e.ts >= task.ts && e.ts < end);
      return { total: (task.dur ?? 0) / 1000, script: covered(inside, task.ts, end) / 1000 };
    });
}

/** What Verbatim costs the open live blog over the next `seconds`. */
export async function measureLiveBlog(page: Page, worker: Worker, seconds: number): Promise<LiveBlogFigures> {
  await countMessages(worker);
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute",
    transferMode: "ReportEvents",
  });
  await page.waitForTimeout(seconds * 1000);
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  await done;
  await cdp.detach();
  const counter = await worker.evaluate(
    () => (globalThis as unknown as { vbCounter: WorkerCounter }).vbCounter,
  );
  const tasks = pageTasks(events, page.url());
  const total = tasks.reduce((sum, t) => sum + t.total, 0);
  return {
    seconds,
    messages: counter.count,
    bytesSent: counter.bytes,
    mainThreadShare: Number((total / (seconds * 1000)).toFixed(3)),
    longestTaskMs: Number(Math.max(0, ...tasks.map((t) => t.total)).toFixed(1)),
    longTasks: tasks.filter((t) => t.total >= 50).length,
    longestScriptMs: Number(Math.max(0, ...tasks.map((t) => t.script)).toFixed(1)),
  };
}
