/**
 * Parses a news article saved as plain text (the corpus seeds, or a .txt page given to the CLI)
 * into title, metadata and clean body paragraphs. Text copied from news sites carries the page's
 * mess: photo captions (often repeated, with or without their credit), "Related article:" lines,
 * newsletter prompts, markdown-like links, an "Original url:" footer, correction notes, section
 * headings, and paragraphs broken in the middle of a sentence. Each removed line is kept with the
 * reason, so a reviewer can see what the parser threw away.
 */
import { parseDateLine } from "../text/date-lines.js";

export interface ParsedArticle {
  readonly title: string;
  /** The standfirst under the headline, when the text has one. */
  readonly dek: string | null;
  /** Publication date as YYYY-MM-DD, from a date line of its own (never from a caption). */
  readonly date: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  /** Clean body paragraphs; the body is these joined by a blank line ({@link joinBody}). */
  readonly paragraphs: string[];
  readonly removed: RemovedLine[];
}

export type RemovedKind = "caption" | "boilerplate" | "correction" | "heading" | "url" | "date" | "byline";

export interface RemovedLine {
  readonly kind: RemovedKind;
  readonly text: string;
}

/** A problem that makes a text unusable as an article; the message is one line for the user. */
export class ArticleError extends Error {
  override readonly name = "ArticleError";
}

/** The separator between body paragraphs; quote offsets count characters of the joined body. */
export const PARAGRAPH_SEPARATOR = "\n\n";

export function joinBody(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

const CREDIT =
  /\((?:photo\s+)?credit:?[^)]*\)\s*$|\(photo(?:\s+by)?:?[^)]*\)\s*$|\b(?:photo|image|credit|illustration)s?:\s*\S[^.]*$|(?:REUTERS|AP Photo|AFP|Getty Images|EPA|Shutterstock|Bloomberg)(?:\/[\w .-]+)?\)?\s*$/i;
/** A trailing image source written as a bare domain: "Putin speaks on the phone. kremlin.ru". */
const DOMAIN_CREDIT = /(?:^|\s)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\s*$/;

const BOILERPLATE = [
  /^related(?:\s+articles?)?:/i,
  /^(?:read|see) (?:more|also)\b/i,
  /^(?:stay updated|subscribe|sign up)\b/i,
  /\bnewsletter\b.{0,40}$/i,
  /^(?:advertisement|sponsored|share this|follow us|click here|listen to this article)\b/i,
  /^(?:tags?|topics?):/i,
];
const CORRECTION = [
  /^(?:correction|clarification|editor['’]s note)\b/i,
  /^an? (?:earlier|previous) version of this (?:article|story|report)\b/i,
  /^this (?:article|story) (?:has been|was) (?:updated|corrected)\b/i,
];
const BYLINE = /^by\s+[\p{Lu}][\p{L}.'’ -]+(?:\s+(?:and|&)\s+[\p{Lu}][\p{L}.'’ -]+)*$/u;
const URL_LINE = /^<?(https?:\/\/\S+?)>?$/i;
const ORIGINAL_URL = /^(?:original|source|canonical)\s+url:\s*(?:<?(https?:\/\/\S+?)>?)?\s*$/i;
const MARKDOWN_LINK = /\[([^\]]*)\]\((?:[^)\s]*)\)/g;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function endsSentence(line: string): boolean {
  return /[.!?…:;]["”’')\]]*$|["”]$/.test(line);
}

function cleanLine(raw: string): string {
  return raw
    .replace(MARKDOWN_LINK, "$1")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/[ \t]+/g, " ")
    .trim();
}

function isCaption(line: string, captions: readonly string[]): boolean {
  if (CREDIT.test(line)) return true;
  if (DOMAIN_CREDIT.test(line) && wordCount(line) <= 40 && !/[“”"]/.test(line)) return true;
  // A caption repeated without its credit, or a caption's credit on a line of its own.
  return captions.some((caption) => caption.startsWith(line) && line.length >= 20);
}

function isHeading(line: string): boolean {
  const words = wordCount(line);
  if (words === 0 || words > 12) return false;
  if (/[“”"]/.test(line)) return false;
  if (!/^[\p{Lu}\d]/u.test(line)) return false;
  return !/[.!:;,"”’]$/.test(line) || line.endsWith("?");
}

/** Parses an article's plain text. Throws {@link ArticleError} when there is no article in it. */
export function parseArticle(raw: string): ParsedArticle {
  if (raw.includes("\u0000")) throw new ArticleError("binary data, not an article's text");
  const lines = raw
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map(cleanLine)
    .filter((line) => line.length > 0);
  if (lines.length === 0) throw new ArticleError("no text");

  const title = lines[0]!;
  const removed: RemovedLine[] = [];
  const captions: string[] = [];
  const body: string[] = [];
  let date: string | null = null;
  let url: string | null = null;
  let byline: string | null = null;
  let dek: string | null = null;
  let expectUrl = false;

  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const lineDate = parseDateLine(line);
    const originalUrl = ORIGINAL_URL.exec(line);
    const urlOnly = URL_LINE.exec(line);
    if (lineDate) {
      date ??= lineDate;
      removed.push({ kind: "date", text: line });
    } else if (originalUrl) {
      if (originalUrl[1]) url ??= originalUrl[1];
      else expectUrl = true;
      removed.push({ kind: "url", text: line });
    } else if (urlOnly) {
      if (expectUrl) url ??= urlOnly[1]!;
      expectUrl = false;
      removed.push({ kind: "url", text: line });
    } else if (BYLINE.test(line) && body.length === 0) {
      byline = line.replace(/^by\s+/i, "");
      removed.push({ kind: "byline", text: line });
    } else if (isCaption(line, captions)) {
      captions.push(line);
      removed.push({ kind: "caption", text: line });
    } else if (BOILERPLATE.some((re) => re.test(line))) {
      removed.push({ kind: "boilerplate", text: line });
    } else if (CORRECTION.some((re) => re.test(line))) {
      removed.push({ kind: "correction", text: line });
    } else if (body.length > 0 && !endsSentence(body[body.length - 1]!) && /^[\p{Ll}]/u.test(line)) {
      // A paragraph broken mid-sentence by the copy ("…voiced support for" / "the proposal…").
      body[body.length - 1] += ` ${line}`;
    } else if (dek === null && body.length === 0 && i === 1 && isDekFollowedByMetadata(lines, captions)) {
      dek = line;
    } else if (isHeading(line) && !(i + 1 < lines.length && /^[\p{Ll}]/u.test(lines[i + 1]!))) {
      removed.push({ kind: "heading", text: line });
    } else {
      body.push(line);
    }
  }
  if (body.length === 0) throw new ArticleError("no body text after removing captions and boilerplate");
  return { title, dek, date, url, byline, paragraphs: body, removed };
}

/**
 * The line under the headline is a standfirst when what follows it is page furniture (a date, a
 * byline, a caption) rather than the story: a short first paragraph alone is not enough.
 */
function isDekFollowedByMetadata(lines: readonly string[], captions: readonly string[]): boolean {
  const candidate = lines[1]!;
  const next = lines[2];
  if (next === undefined || wordCount(candidate) > 35 || /[“”"]/.test(candidate)) return false;
  return parseDateLine(next) !== null || BYLINE.test(next) || isCaption(next, captions);
}
