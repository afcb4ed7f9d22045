/**
 * Turns spans of the extracted article text into mark.js ranges. mark.js counts characters of every
 * text node under its context in document order, skipping nodes whose parent is excluded
 * (script, style, title, head, html); the extracted text skips captions and furniture and adds
 * paragraph breaks. Each span is cut into pieces per text node and re-expressed in mark.js's count;
 * pieces that stay contiguous there are merged, so a quote across <a> and <em> is one range.
 */
import { isBlock, type TextSegment } from "./extract-article.js";

export interface MarkRange<T> {
  readonly start: number;
  readonly length: number;
  readonly data: T;
}

/** mark.js's own exclusions: text directly inside these is not counted. */
const MARKJS_EXCLUDED = new Set(["SCRIPT", "STYLE", "TITLE", "HEAD", "HTML"]);

/** Where each text node under `context` starts in mark.js's count. */
export function markOffsets(context: Element): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const walker = context.ownerDocument.createTreeWalker(context, 4 /* SHOW_TEXT */);
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentNode as Element | null;
    if (parent && MARKJS_EXCLUDED.has(parent.nodeName.toUpperCase())) continue;
    offsets.set(node, at);
    at += node.data.length;
  }
  return offsets;
}

function firstSegmentAtOrAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = segments.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (seg.start + seg.node.data.length > offset) {
      found = mid;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return found;
}

/** mark.js ranges for text spans [start, end) of the extracted text. */
export function toMarkRanges<T>(
  segments: readonly TextSegment[],
  spans: ReadonlyArray<{ start: number; end: number; data: T }>,
  offsets: ReadonlyMap<Text, number>,
): Array<MarkRange<T>> {
  const ranges: Array<MarkRange<T>> = [];
  for (const span of spans) {
    // The piece being grown, in mark.js's count; -1 when none.
    let pieceStart = -1;
    let pieceEnd = -1;
    for (let i = firstSegmentAtOrAfter(segments, span.start); i < segments.length; i++) {
      const seg = segments[i]!;
      if (seg.start >= span.end) break;
      const base = offsets.get(seg.node);
      if (base === undefined) continue; // the node is gone, or outside the context
      const from = base + Math.max(span.start, seg.start) - seg.start;
      const to = base + Math.min(span.end, seg.start + seg.node.data.length) - seg.start;
      if (pieceStart >= 0 && pieceEnd === from) {
        pieceEnd = to;
        continue;
      }
      if (pieceEnd > pieceStart)
        ranges.push({ start: pieceStart, length: pieceEnd - pieceStart, data: span.data });
      pieceStart = from;
      pieceEnd = to;
    }
    if (pieceEnd > pieceStart)
      ranges.push({ start: pieceStart, length: pieceEnd - pieceStart, data: span.data });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * The smallest element holding each span's text: mark.js walks every text node of its context on
 * each call, so marking a quote inside its own paragraph costs that paragraph, not the whole page.
 */
export function spanContexts(
  segments: readonly TextSegment[],
  spans: ReadonlyArray<{ start: number; end: number }>,
): Array<Element | null> {
  return spans.map((span) => {
    const first = firstSegmentAtOrAfter(segments, span.start);
    let last = first;
    while (last + 1 < segments.length && segments[last + 1]!.start < span.end) last++;
    const a = segments[first]?.node;
    const b = segments[last]?.node;
    if (!a || !b) return null;
    // The enclosing block, never an inline element: a quote already highlighted sits inside a mark
    // that is removed before it is marked again.
    let context: Element | null = a.parentElement;
    while (context && (!context.contains(b) || !isBlock(context))) context = context.parentElement;
    return context;
  });
}

/** mark.js ranges grouped by the context each must be marked in (see {@link spanContexts}). */
export function rangesByContext<T>(
  segments: readonly TextSegment[],
  spans: ReadonlyArray<{ start: number; end: number; data: T }>,
  fallback: Element,
): Array<{ context: Element; ranges: Array<MarkRange<T>> }> {
  const contexts = spanContexts(segments, spans);
  const groups = new Map<Element, Array<{ start: number; end: number; data: T }>>();
  spans.forEach((span, i) => {
    const context = contexts[i] ?? fallback;
    groups.set(context, [...(groups.get(context) ?? []), span]);
  });
  return [...groups].map(([context, group]) => ({
    context,
    ranges: toMarkRanges(segments, group, markOffsets(context)),
  }));
}
