/**
 * Reads an article file for the CLIs: HTML (its main text extracted as the extension does, through
 * jsdom) or plain text (parsed like a corpus seed). Anything unusable is an {@link InputError} with
 * a one-line message: missing, unreadable, a folder, binary, empty, too large, no article text.
 */
import { readFileSync, statSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { ArticleError, joinBody, parseArticle } from "../core/parse-article.js";
import { extractArticle } from "../page/extract-article.js";

export class InputError extends Error {
  override readonly name = "InputError";
}

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

function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return error.message.split("\n")[0]!;
  }
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  if (control > sample.length * 0.01) return true;
  // Not valid UTF-8 (and not mostly text in a legacy encoding either).
  const decoded = sample.toString("utf8");
  const replacement = decoded.split("\ufffd").length - 1;
  return replacement > Math.max(8, decoded.length * 0.02);
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
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError("is a directory, not a file");
    if (stat.size > MAX_FILE_BYTES) {
      throw new InputError(
        `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`,
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error as NodeJS.ErrnoException));
  }
  if (looksBinary(bytes)) throw new InputError("binary data, not an HTML or text article");
  const raw = bytes.toString("utf8").replace(/^\ufeff/, "");
  if (!raw.trim()) throw new InputError("empty file");

  if (looksLikeHtml(path, raw)) {
    const article = extractArticle(parseHtml(raw));
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
