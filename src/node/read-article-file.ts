/**
 * Reads an article file for the CLIs: HTML (its main text extracted as the extension does, through
 * jsdom) or plain text (parsed like a corpus seed), in UTF-8, UTF-16 or a single-byte encoding.
 * Anything unusable is an {@link InputError} with a one-line message: missing, unreadable, a folder,
 * a device or pipe, binary, empty, too large, nested too deep, no article text.
 */
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { ArticleError, joinBody, parseArticle } from "../core/article/parse-article.js";
import { extractArticle } from "../page/extract-article.js";
import { decodeText } from "./decode-text.js";
import { measureHtml } from "./measure-html.js";
import { InputError } from "./input-error.js";
import { readFileBytes } from "./read-file-bytes.js";

export { InputError } from "./input-error.js";

export interface ArticleFile {
  readonly kind: "html" | "text";
  readonly title: string;
  /** What the matcher reads: the headline and the article's body, blocks separated by blank lines. */
  readonly text: string;
  /** The body alone, as the corpus compiler reads a seed (quote offsets count in it). */
  readonly body: string;
  readonly url: string | null;
  readonly date: string | null;
}

/** Larger files are refused; a real news page, images inlined, stays well under this. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Above this, markup that never holds article text is cut before parsing, to keep jsdom fast. */
const STRIP_ABOVE_BYTES = 2 * 1024 * 1024;

/**
 * Pages nested deeper than this are refused before parsing (see measure-html.ts). Reading
 * grows faster than linearly with depth: about 1.4 s at 100 levels and 5 s at 200 on the 2-core
 * machine, so this bounds a page's time to a couple of seconds. News pages nest a few dozen levels
 * (the saved ones under 64).
 */
export const MAX_NESTING_DEPTH = 128;
/**
 * Pages with more elements than this are refused before parsing: reading takes about half a
 * millisecond per element on the 2-core machine at worst (misnested formatting tags), so this bounds
 * a page's time to about half a minute. News pages have a few thousand; the 20,000-paragraph live
 * blog of the CLI tests about 20,000.
 */
export const MAX_ELEMENTS = 50_000;

/** Refuses markup out of any news page's range, before jsdom spends minutes on it. */
function checkMarkupSize(html: string): void {
  const { depth, elements } = measureHtml(html);
  if (depth > MAX_NESTING_DEPTH) {
    throw new InputError(
      `not an article page: its markup nests ${depth.toLocaleString("en")} levels deep ` +
        `(news pages nest a few dozen; the limit is ${MAX_NESTING_DEPTH})`,
    );
  }
  if (elements > MAX_ELEMENTS) {
    throw new InputError(
      `not an article page: it has ${elements.toLocaleString("en")} elements ` +
        `(news pages have a few thousand; the limit is ${MAX_ELEMENTS.toLocaleString("en")})`,
    );
  }
}

/** Binary data decodes to NULs, control characters or replacement characters; text does not. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32) || (c >= 0x7f && c < 0xa0)) control++;
    else if (c === 0xfffd) replacement++;
  }
  return control > sample.length * 0.01 || replacement > Math.max(8, sample.length * 0.02);
}

function looksLikeHtml(path: string, text: string): boolean {
  if (/\.x?html?$/i.test(path)) return true;
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<(?:div|p|main)[\s>])/i.test(
    text.slice(0, 2048),
  );
}

/** Cuts every `<tag …>…</tag>` (and `<!--…-->` for "!--") with a linear scan: regexes over megabytes overflow. */
function cutElements(html: string, lower: string, open: string, close: string): string {
  const parts: string[] = [];
  let at = 0;
  for (let start = lower.indexOf(open, at); start >= 0; start = lower.indexOf(open, at)) {
    const end = lower.indexOf(close, start + open.length);
    parts.push(html.slice(at, start));
    if (end < 0) return parts.join("");
    at = lower.indexOf(">", end) + 1 || html.length;
  }
  parts.push(html.slice(at));
  return parts.join("");
}

/** Removes scripts, styles, inline SVG, comments and data: URIs: bulk that is never article text. */
function stripBulk(html: string): string {
  let out = html;
  for (const [open, close] of [
    ["<script", "</script"],
    ["<style", "</style"],
    ["<svg", "</svg"],
    ["<!--", "--"],
  ] as const) {
    out = cutElements(out, out.toLowerCase(), open, close);
  }
  return cutDataUris(out);
}

/** Replaces long `data:` URIs (inlined images) with an empty one, scanning linearly. */
function cutDataUris(html: string): string {
  const parts: string[] = [];
  let at = 0;
  for (let start = html.indexOf("data:", at); start >= 0; start = html.indexOf("data:", at)) {
    let end = start + 5;
    while (end < html.length && !/["'\s>]/.test(html[end]!)) end++;
    parts.push(html.slice(at, start), end - start >= 256 ? "data:," : html.slice(start, end));
    at = end;
  }
  parts.push(html.slice(at));
  return parts.join("");
}

/** Parses HTML into a document; scripts are never run and nothing is fetched. */
export function parseHtml(html: string, url?: string): Document {
  // Without a URL jsdom's document is at about:blank, which the extractor never reports as the page's.
  const virtualConsole = new VirtualConsole(); // jsdom's CSS parser complaints are not the user's problem
  const source = html.length > STRIP_ABOVE_BYTES ? stripBulk(html) : html;
  return new JSDOM(source, { url, virtualConsole }).window.document;
}

/** Reads and parses one article file. Throws {@link InputError}. */
export function readArticleFile(path: string): ArticleFile {
  const raw = decodeText(readFileBytes(path, MAX_FILE_BYTES)).text;
  if (looksBinary(raw)) throw new InputError("binary data, not an HTML or text article");
  if (!raw.trim()) throw new InputError("empty file");

  if (looksLikeHtml(path, raw)) {
    checkMarkupSize(raw);
    const article = extractArticle(parseHtml(raw), Readability);
    if (!article) throw new InputError("no article text found in the page");
    const headlineEnd = article.text.indexOf("\n\n");
    const body =
      headlineEnd > 0 && article.text.slice(0, headlineEnd).trim() === article.title
        ? article.text.slice(headlineEnd + 2)
        : article.text;
    return {
      kind: "html",
      title: article.title,
      text: article.text,
      body,
      url: article.url,
      date: article.date,
    };
  }
  try {
    const parsed = parseArticle(raw);
    const body = joinBody(parsed.paragraphs);
    return {
      kind: "text",
      title: parsed.title,
      text: `${parsed.title}\n\n${body}`,
      body,
      url: parsed.url,
      date: parsed.date,
    };
  } catch (error) {
    if (error instanceof ArticleError) throw new InputError(error.message);
    throw error;
  }
}
