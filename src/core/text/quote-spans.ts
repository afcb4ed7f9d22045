/**
 * Finds the spans of text inside quotation marks, with one small state machine shared by the corpus
 * compiler (which extracts quotes from seed articles) and the page matcher (which only quotes inside
 * marks may match as fragments).
 *
 * News text mixes marks freely (“…" or "…”), so any opening double mark opens and any closing double
 * mark, straight `"` included, closes. Single marks ('Very Good Chance' in headlines, British style)
 * count only outside double quotes and only where they cannot be apostrophes. A paragraph that ends
 * inside an open quote continues into the next paragraph when that one opens with a mark, which is
 * the print convention for a quotation running over several paragraphs.
 */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or -1 when the quote runs to the end of its paragraph. */
  readonly close: number;
  /** Offsets of the quoted content (between the marks). */
  readonly start: number;
  readonly end: number;
  /** Double (“ ” ") rather than single (‘ ’ ') marks. */
  readonly double: boolean;
  /** This span continues the previous span's quotation across a paragraph break. */
  readonly continues: boolean;
}

const DOUBLE_OPEN = new Set(["\u201c", "\u201e", "\u201f", "\u00ab"]);
const DOUBLE_CLOSE = new Set(["\u201d", "\u00bb"]);
const SINGLE_OPEN = new Set(["\u2018", "\u201b"]);
/** Every character the scanner acts on. */
const MARKS = /["'\u2018\u2019\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb]/g;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013/-]/u.test(ch);
}

/** Paragraph ranges: text separated by blank lines (a lone line break is just white space). */
export function paragraphRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const separator = /\n[ \t\u00a0]*\n\s*/g;
  let last = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    if (m.index > last) ranges.push([last, m.index]);
    last = m.index + m[0].length;
  }
  if (last < text.length) ranges.push([last, text.length]);
  return ranges;
}

interface OpenMark {
  readonly at: number;
  readonly double: boolean;
}

/** Scans one paragraph; returns its spans and whether it ended inside an open double quote. */
function scanParagraph(
  text: string,
  from: number,
  to: number,
  continuing: boolean,
): { spans: QuoteSpan[]; openAtEnd: boolean } {
  const spans: QuoteSpan[] = [];
  let open: OpenMark | null = null;
  let continues = false;

  // Only quotation marks matter: jump from one to the next instead of looking at every character.
  MARKS.lastIndex = from;
  for (let m = MARKS.exec(text); m && m.index < to; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;

    if (open === null || open.double === false) {
      const opensDouble =
        DOUBLE_OPEN.has(ch) || (ch === '"' && !isWordChar(prev) && next !== undefined && !/\s/.test(next));
      if (opensDouble) {
        // A double mark inside an open single quote: the single one was an apostrophe after all.
        open = { at: i, double: true };
        continues = continuing && spans.length === 0 && text.slice(from, i).trim() === "";
        continue;
      }
    }
    if (open?.double) {
      if (DOUBLE_CLOSE.has(ch) || ch === '"') {
        spans.push({ open: open.at, close: i, start: open.at + 1, end: i, double: true, continues });
        open = null;
        continues = false;
      }
      continue;
    }
    // Single marks, only outside double quotes.
    if (open === null) {
      const opensSingle =
        (SINGLE_OPEN.has(ch) || ch === "'") && isSpaceOrStart(prev) && isWordChar(next) && !/\d/.test(next!);
      if (opensSingle) open = { at: i, double: false };
    } else if (ch === "\u2019" || ch === "'") {
      // A closing single mark: after the quoted words or their punctuation, before a space or
      // punctuation. Between two letters it is an apostrophe (don’t), which isWordChar(next) rules out.
      if (!isWordChar(next) && prev !== undefined && !/\s/.test(prev) && i > open.at + 1) {
        spans.push({ open: open.at, close: i, start: open.at + 1, end: i, double: false, continues: false });
        open = null;
      }
    }
  }
  if (open?.double) {
    // Unclosed at the paragraph's end: the quote runs to the end of the paragraph.
    let end = to;
    while (end > open.at + 1 && /\s/.test(text[end - 1]!)) end--;
    spans.push({ open: open.at, close: -1, start: open.at + 1, end, double: true, continues });
    return { spans, openAtEnd: true };
  }
  // An unclosed single mark was an apostrophe or a prime ('90s): no span.
  return { spans, openAtEnd: false };
}

/** All quoted spans of `text`, in order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAtEnd = false;
  for (const [from, to] of paragraphRanges(text)) {
    const result = scanParagraph(text, from, to, openAtEnd);
    // A loop, not push(...spans): spreading 150,000 arguments overflows the call stack.
    for (const span of result.spans) spans.push(span);
    openAtEnd = result.openAtEnd;
  }
  return spans;
}
