/**
 * The one message protocol between Verbatim's parts, as typed call maps: method → parameters →
 * result. Every message is validated where it arrives; errors cross contexts as data
 * (`{ok: false, error}`), never as a thrown Error, so a malformed message gets an answer, not a crash.
 */
import type { PageReport, VersionView } from "../core/report/page-report.js";
import { browser } from "./browser.js";

/** What the content script learned about its page, for the background to match. */
export interface PageText {
  readonly text: string;
  readonly url: string | null;
  readonly date: string | null;
  readonly title: string;
}

/** Per-tab state the background keeps (in storage.session) and the popup shows. */
export interface TabState {
  readonly url: string;
  readonly title: string;
  /** "matched": the page was matched (report may still have no story); the rest say why not. */
  readonly status: "matched" | "not-article" | "disabled" | "error";
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

/** Calls the background answers (from content scripts, the popup and the options page). */
export type BackgroundCalls = {
  "page.match": { params: PageText; result: PageReport };
  "page.notArticle": { params: { url: string; title: string }; result: null };
  "tab.state": { params: { tabId: number }; result: TabState | null };
  "tab.scan": { params: { tabId: number }; result: null };
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

export const BACKGROUND_VALIDATORS: Validators<BackgroundCalls> = {
  "page.match": (p) =>
    !isObject(p)
      ? "params must be an object"
      : typeof p.text !== "string"
        ? "text must be a string"
        : p.text.length > MAX_PAGE_CHARS
          ? "text is too long"
          : typeof p.title !== "string"
            ? "title must be a string"
            : !(p.url === null || typeof p.url === "string") ||
                !(p.date === null || typeof p.date === "string")
              ? "url and date must be strings or null"
              : null,
  "page.notArticle": (p) =>
    isObject(p) && typeof p.url === "string" && typeof p.title === "string"
      ? null
      : "url and title must be strings",
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

/**
 * Answers one raw message: validates the envelope and the parameters, runs the handler, and turns
 * any failure into `{ok: false, error}`. Only Verbatim's own pages and scripts can message it (no
 * externally_connectable), so anything else that arrives is malformed and is told so.
 */
export async function dispatch<C extends Calls, Context>(
  raw: unknown,
  validators: Validators<C>,
  handlers: Handlers<C, Context>,
  context: Context,
): Promise<Reply<unknown>> {
  if (!isObject(raw) || raw.verbatim !== 1) return { ok: false, error: "not a Verbatim message" };
  const method = raw.method;
  if (typeof method !== "string" || !Object.hasOwn(validators, method)) {
    return { ok: false, error: `unknown method ${JSON.stringify(method)}` };
  }
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

async function settle<T>(sent: Promise<unknown>): Promise<Reply<T>> {
  try {
    const reply = (await sent) as Reply<T> | undefined;
    return reply ?? { ok: false, error: "no answer" };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Calls the background. */
export function callBackground<M extends Method<BackgroundCalls>>(
  method: M,
  params: Params<BackgroundCalls, M>,
): Promise<Reply<Result<BackgroundCalls, M>>> {
  return settle(browser.runtime.sendMessage(envelope(method, params)));
}

/** Calls the content script of a tab. */
export function callTab<M extends Method<ContentCalls>>(
  tabId: number,
  method: M,
  params: Params<ContentCalls, M>,
): Promise<Reply<Result<ContentCalls, M>>> {
  return settle(browser.tabs.sendMessage(tabId, envelope(method, params)));
}
