/**
 * The one message protocol between Verbatim's parts, as typed call maps: method → parameters →
 * result. Every message is validated where it arrives; errors cross contexts as data
 * (`{ok: false, error}`), never as a thrown Error, so a malformed message gets an answer, not a crash.
 */
import type { PageReport, VersionView } from "../core/report/page-report.js";
import * as v from "valibot";
import { browser } from "./browser.js";

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
  "page.match": { params: ParamsOf<typeof BACKGROUND_SCHEMAS, "page.match">; result: PageReport };
  /** Only what changed since the text the background holds; refused when it holds another version. */
  "page.update": { params: ParamsOf<typeof BACKGROUND_SCHEMAS, "page.update">; result: PageReport };
  "page.notArticle": { params: ParamsOf<typeof BACKGROUND_SCHEMAS, "page.notArticle">; result: null };
  /** Injects Readability into the sender's page (its isolated world), for a page without one article body. */
  "page.readability": { params: Record<string, never>; result: null };
  /** A content script that could not start says why, once, for the extension's own console. */
  "page.startFailed": { params: ParamsOf<typeof BACKGROUND_SCHEMAS, "page.startFailed">; result: null };
  "tab.state": { params: ParamsOf<typeof BACKGROUND_SCHEMAS, "tab.state">; result: TabState | null };
  /** Scans the tab now; answers with its state after the scan (null if the page never answered). */
  "tab.scan": { params: ParamsOf<typeof BACKGROUND_SCHEMAS, "tab.scan">; result: TabState | null };
  "corpus.search": { params: ParamsOf<typeof BACKGROUND_SCHEMAS, "corpus.search">; result: StatementView[] };
  "comparison.open": { params: ParamsOf<typeof BACKGROUND_SCHEMAS, "comparison.open">; result: null };
  /** Registers the content script on every site the user granted one by one; returns their patterns. */
  "sites.sync": { params: Record<string, never>; result: string[] };
  /** Whether Verbatim runs on this address by itself (a content script matches and the host is granted). */
  "site.runs": { params: ParamsOf<typeof BACKGROUND_SCHEMAS, "site.runs">; result: boolean };
};

/** Calls a content script answers (from the background and the popup). */
export type ContentCalls = {
  "highlights.step": { params: ParamsOf<typeof CONTENT_SCHEMAS, "highlights.step">; result: number };
  "highlights.toggle": { params: Record<string, never>; result: boolean };
  "highlights.reveal": { params: ParamsOf<typeof CONTENT_SCHEMAS, "highlights.reveal">; result: boolean };
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const MAX_PAGE_CHARS = 32 * 1024 * 1024;
const MAX_EDITS = 1000;

/**
 * A valibot schema as a validator: its first issue's message, which each schema below words as
 * the one sentence the caller gets back ("tabId must be an integer").
 */
function validatorOf(schema: v.GenericSchema): (params: unknown) => string | null {
  return (params) => {
    const result = v.safeParse(schema, params, { abortEarly: true });
    return result.success ? null : result.issues[0].message;
  };
}

/** An object of these fields, every problem (a missing field too) worded as `message`. */
const paramsOf = <T extends v.ObjectEntries>(entries: T, message = "params must be an object") =>
  // valibot takes a list for an object; a message's params never are one.
  v.pipe(v.custom<Record<string, unknown>>(isObject, message), v.object(entries, message));
const nothing = paramsOf({});
const integer = (message: string) => v.pipe(v.number(message), v.integer(message));
const revision = v.pipe(
  v.number("revision must be a non-negative integer"),
  v.safeInteger("revision must be a non-negative integer"),
  v.minValue(0, "revision must be a non-negative integer"),
);
const boundedText = (max: number, message: string) => v.pipe(v.string(message), v.maxLength(max, message));
const nullableText = (message: string) => v.nullable(v.string(message));

const PageTextSchema = v.pipe(
  paramsOf({
    text: v.pipe(v.string("text must be a string"), v.maxLength(MAX_PAGE_CHARS, "text is too long")),
    title: v.string("title must be a string"),
    url: nullableText("url and date must be strings or null"),
    date: nullableText("url and date must be strings or null"),
    revision,
  }),
  v.readonly(),
);
/** What the content script learned about its page, for the background to match. */
export type PageText = v.InferOutput<typeof PageTextSchema>;

const EDITS_MESSAGE = `edits must be at most ${MAX_EDITS} {from, to, insert} with 0 ≤ from ≤ to`;
const offset = v.pipe(v.number(EDITS_MESSAGE), v.safeInteger(EDITS_MESSAGE), v.minValue(0, EDITS_MESSAGE));
const TextEditSchema = v.pipe(
  paramsOf({ from: offset, to: offset, insert: v.string(EDITS_MESSAGE) }, EDITS_MESSAGE),
  v.check((e) => e.from <= e.to, EDITS_MESSAGE),
  v.readonly(),
);
const PageEditsSchema = v.pipe(
  paramsOf(
    {
      revision,
      edits: v.pipe(
        v.array(TextEditSchema, EDITS_MESSAGE),
        v.maxLength(MAX_EDITS, EDITS_MESSAGE),
        v.check(
          (edits) => edits.reduce((sum, e) => sum + e.insert.length, 0) <= MAX_PAGE_CHARS,
          "edits insert too much text",
        ),
      ),
    },
    "revision must be a non-negative integer",
  ),
  v.readonly(),
);
/** Edits to the page text the background holds at `revision`, which make it `revision + 1`. */
export type PageEdits = v.InferOutput<typeof PageEditsSchema>;

const tabParams = paramsOf({ tabId: integer("tabId must be an integer") }, "tabId must be an integer");

/** The background's parameter schemas, one per method; each method's params type is inferred from its schema. */
const BACKGROUND_SCHEMAS = {
  "page.match": PageTextSchema,
  "page.update": PageEditsSchema,
  "page.notArticle": paramsOf({ title: v.string("title must be a string") }, "title must be a string"),
  "page.readability": nothing,
  "page.startFailed": paramsOf(
    { error: boundedText(2000, "error must be a string of at most 2,000 characters") },
    "error must be a string of at most 2,000 characters",
  ),
  "tab.state": tabParams,
  "tab.scan": tabParams,
  "corpus.search": paramsOf(
    { query: boundedText(500, "query must be a string of at most 500 characters") },
    "query must be a string of at most 500 characters",
  ),
  "comparison.open": paramsOf(
    { statementId: v.string("statementId must be a string") },
    "statementId must be a string",
  ),
  "sites.sync": nothing,
  "site.runs": paramsOf(
    { url: boundedText(8192, "url must be a string of at most 8192 characters") },
    "url must be a string of at most 8192 characters",
  ),
} satisfies Record<Method<BackgroundCalls>, v.GenericSchema>;

const CONTENT_SCHEMAS = {
  "highlights.step": paramsOf(
    { direction: v.picklist([1, -1], "direction must be 1 or -1") },
    "direction must be 1 or -1",
  ),
  "highlights.toggle": nothing,
  "highlights.reveal": paramsOf(
    { occurrence: integer("occurrence must be an integer") },
    "occurrence must be an integer",
  ),
  "highlights.rescan": nothing,
} satisfies Record<Method<ContentCalls>, v.GenericSchema>;

type ParamsOf<S extends Record<string, v.GenericSchema>, M extends keyof S> = v.InferOutput<S[M]>;

const validatorsOf = <C extends Calls>(schemas: Record<Method<C>, v.GenericSchema>): Validators<C> =>
  Object.fromEntries(
    Object.entries(schemas).map(([m, schema]) => [m, validatorOf(schema as v.GenericSchema)]),
  ) as Validators<C>;

export const BACKGROUND_VALIDATORS: Validators<BackgroundCalls> =
  validatorsOf<BackgroundCalls>(BACKGROUND_SCHEMAS);
export const CONTENT_VALIDATORS: Validators<ContentCalls> = validatorsOf<ContentCalls>(CONTENT_SCHEMAS);

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
