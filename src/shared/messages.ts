/**
 * The one message protocol between Verbatim's parts, as typed call maps: method → parameters →
 * result. Every message is validated where it arrives; errors cross contexts as data
 * (`{ok: false, error}`), never as a thrown Error, so a malformed message gets an answer, not a crash.
 */
import type { PageReport, VersionView } from "../core/report/page-report.js";
import type { TextEdit } from "../page/live-article.js";
import { browser } from "./browser.js";

/** What the content script learned about its page, for the background to match. */
export interface PageText {
  readonly text: string;
  readonly url: string | null;
  readonly date: string | null;
  readonly title: string;
  /** The version of the text: `page.update` edits name the version they apply to. */
  readonly revision: number;
}

/** Edits to the page text the background holds at `revision`, which make it `revision + 1`. */
export interface PageEdits {
  readonly revision: number;
  readonly edits: readonly TextEdit[];
}

/** Per-tab state the background keeps (in storage.session) and the popup shows. */
export interface TabState {
  readonly url: string;
  readonly title: string;
  /** "matched": the page was matched (report may still have no story); the rest say why not. */
  readonly status: "matched" | "not-article" | "error";
  readonly report: PageReport | null;
  readonly error?: string;
}

/** A statement found by the popup's lookup, with every outlet's rendering. */
export interface StatementView {
  readonly statementId: string;
  readonly speaker: string | null;
  readonly text: string;
  readonly storyTitle: string;
  readonly versions: VersionView[];
}

/**
 * Calls the background answers. `page.*` and `comparison.open` come from a content script, about its
 * own tab (the tab and URL are taken from the sender, never from the message); `tab.*` and
 * `corpus.search` from Verbatim's own pages (the popup, the comparison tab).
 */
export type BackgroundCalls = {
  "page.match": { params: PageText; result: PageReport };
  /** Only what changed since the text the background holds; refused when it holds another version. */
  "page.update": { params: PageEdits; result: PageReport };
  "page.notArticle": { params: { title: string }; result: null };
  /** A content script that could not start says why, once, for the extension's own console. */
  "page.startFailed": { params: { error: string }; result: null };
  "tab.state": { params: { tabId: number }; result: TabState | null };
  /** Scans the tab now; answers with its state after the scan (null if the page never answered). */
  "tab.scan": { params: { tabId: number }; result: TabState | null };
  "corpus.search": { params: { query: string }; result: StatementView[] };
  "comparison.open": { params: { statementId: string }; result: null };
  /** Registers the content script on every site the user granted one by one; returns their patterns. */
  "sites.sync": { params: Record<string, never>; result: string[] };
  /** Whether Verbatim runs on this address by itself (a content script matches and the host is granted). */
  "site.runs": { params: { url: string }; result: boolean };
};

/** Calls a content script answers (from the background and the popup). */
export type ContentCalls = {
  "highlights.step": { params: { direction: 1 | -1 }; result: number };
  "highlights.toggle": { params: Record<string, never>; result: boolean };
  "highlights.reveal": { params: { occurrence: number }; result: boolean };
  "highlights.rescan": { params: Record<string, never>; result: number };
};

export type Reply<T> =
  { readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: string };

type Calls = Record<string, { params: unknown; result: unknown }>;
export type Method<C extends Calls> = keyof C & string;
export type Params<C extends Calls, M extends Method<C>> = C[M]["params"];
export type Result<C extends Calls, M extends Method<C>> = C[M]["result"];

export interface Envelope {
  readonly verbatim: 1;
  readonly method: string;
  readonly params: unknown;
}

/** Checks parameters of untrusted messages: returns an error sentence, or null when they are fine. */
export type Validators<C extends Calls> = { readonly [M in Method<C>]: (params: unknown) => string | null };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const MAX_PAGE_CHARS = 32 * 1024 * 1024;
const MAX_EDITS = 1000;
const isRevision = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const isEdit = (e: unknown): e is TextEdit =>
  isObject(e) &&
  Number.isSafeInteger(e.from) &&
  Number.isSafeInteger(e.to) &&
  (e.from as number) >= 0 &&
  (e.from as number) <= (e.to as number) &&
  typeof e.insert === "string";

function pageTextProblem(p: unknown): string | null {
  if (!isObject(p)) return "params must be an object";
  if (typeof p.text !== "string") return "text must be a string";
  if (p.text.length > MAX_PAGE_CHARS) return "text is too long";
  if (typeof p.title !== "string") return "title must be a string";
  if (!(p.url === null || typeof p.url === "string") || !(p.date === null || typeof p.date === "string"))
    return "url and date must be strings or null";
  return isRevision(p.revision) ? null : "revision must be a non-negative integer";
}

function pageEditsProblem(p: unknown): string | null {
  if (!isObject(p) || !isRevision(p.revision)) return "revision must be a non-negative integer";
  if (!Array.isArray(p.edits) || p.edits.length > MAX_EDITS || !p.edits.every(isEdit))
    return `edits must be at most ${MAX_EDITS} {from, to, insert} with 0 ≤ from ≤ to`;
  const inserted = p.edits.reduce((sum: number, e: TextEdit) => sum + e.insert.length, 0);
  return inserted > MAX_PAGE_CHARS ? "edits insert too much text" : null;
}

export const BACKGROUND_VALIDATORS: Validators<BackgroundCalls> = {
  "page.match": pageTextProblem,
  "page.update": pageEditsProblem,
  "page.notArticle": (p) => (isObject(p) && typeof p.title === "string" ? null : "title must be a string"),
  "page.startFailed": (p) =>
    isObject(p) && typeof p.error === "string" && p.error.length <= 2000
      ? null
      : "error must be a string of at most 2,000 characters",
  "tab.state": (p) => (isObject(p) && Number.isInteger(p.tabId) ? null : "tabId must be an integer"),
  "tab.scan": (p) => (isObject(p) && Number.isInteger(p.tabId) ? null : "tabId must be an integer"),
  "corpus.search": (p) =>
    isObject(p) && typeof p.query === "string" && p.query.length <= 500
      ? null
      : "query must be a string of at most 500 characters",
  "comparison.open": (p) =>
    isObject(p) && typeof p.statementId === "string" ? null : "statementId must be a string",
  "sites.sync": (p) => (isObject(p) ? null : "params must be an object"),
  "site.runs": (p) =>
    isObject(p) && typeof p.url === "string" && p.url.length <= 8192
      ? null
      : "url must be a string of at most 8192 characters",
};

export const CONTENT_VALIDATORS: Validators<ContentCalls> = {
  "highlights.step": (p) =>
    isObject(p) && (p.direction === 1 || p.direction === -1) ? null : "direction must be 1 or -1",
  "highlights.toggle": (p) => (isObject(p) ? null : "params must be an object"),
  "highlights.reveal": (p) =>
    isObject(p) && Number.isInteger(p.occurrence) ? null : "occurrence must be an integer",
  "highlights.rescan": (p) => (isObject(p) ? null : "params must be an object"),
};

export type Handlers<C extends Calls, Context> = {
  readonly [M in Method<C>]: (params: Params<C, M>, context: Context) => Promise<Result<C, M>> | Result<C, M>;
};

/** Says why a caller may not call a method (a sentence), or null when it may. */
export type Authorize<C extends Calls, Context> = (method: Method<C>, context: Context) => string | null;

/**
 * Answers one raw message: validates the envelope, asks `authorize` whether this caller may call the
 * method, validates the parameters, runs the handler, and turns any failure into `{ok: false, error}`.
 * Only Verbatim's own pages and scripts can message it (no externally_connectable), but a content
 * script runs in a page the page's author controls: which of them may call what is `authorize`'s.
 */
export async function dispatch<C extends Calls, Context>(
  raw: unknown,
  validators: Validators<C>,
  handlers: Handlers<C, Context>,
  context: Context,
  authorize: Authorize<C, Context> = () => null,
): Promise<Reply<unknown>> {
  if (!isObject(raw) || raw.verbatim !== 1) return { ok: false, error: "not a Verbatim message" };
  const method = raw.method;
  if (typeof method !== "string" || !Object.hasOwn(validators, method)) {
    return { ok: false, error: `unknown method ${JSON.stringify(method)}` };
  }
  const refusal = authorize(method as Method<C>, context);
  if (refusal) return { ok: false, error: `${method}: ${refusal}` };
  const problem = validators[method as Method<C>](raw.params);
  if (problem) return { ok: false, error: `${method}: ${problem}` };
  try {
    const handler = handlers[method as Method<C>] as (params: unknown, context: Context) => unknown;
    return { ok: true, result: await handler(raw.params, context) };
  } catch (error) {
    return { ok: false, error: `${method}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function envelope(method: string, params: unknown): Envelope {
  return { verbatim: 1, method, params };
}

/**
 * Sends inside the try: an orphaned content script (the extension was updated or reloaded under
 * it) throws "Extension context invalidated" from sendMessage itself, not from its promise.
 */
async function settle<T>(send: () => Promise<unknown>): Promise<Reply<T>> {
  try {
    const reply = (await send()) as Reply<T> | undefined;
    return reply ?? { ok: false, error: "no answer" };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Whether this script's extension is gone (updated, reloaded or removed while the page stayed open):
 * its runtime has no id any more, and every call to it throws. Such a script must tear itself down.
 */
export function extensionContextLost(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** Calls the background. */
export function callBackground<M extends Method<BackgroundCalls>>(
  method: M,
  params: Params<BackgroundCalls, M>,
): Promise<Reply<Result<BackgroundCalls, M>>> {
  return settle(() => browser.runtime.sendMessage(envelope(method, params)));
}

/** Calls the content script of a tab. */
export function callTab<M extends Method<ContentCalls>>(
  tabId: number,
  method: M,
  params: Params<ContentCalls, M>,
): Promise<Reply<Result<ContentCalls, M>>> {
  return settle(() => browser.tabs.sendMessage(tabId, envelope(method, params)));
}
