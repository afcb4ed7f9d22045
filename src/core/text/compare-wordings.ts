/**
 * Word-level comparison of two renderings of one statement, as the popup shows it: the words of the
 * shown rendering, each marked as shared with the reference or inserted, with the reference's words
 * it lacks marked by why they are missing. Differences are told apart because they mean different
 * things to a reader: an editor's [bracketed insertion], words elided at an ellipsis, a clipped
 * start or end, a word changed in the middle, a quote split in two by its attribution.
 */
import { diffArrays } from "diff";
import type { WordOp, WordOpKind } from "../corpus/schema.js";
import { tile, type Tile } from "./align.js";
import { quoteTokens, type QuoteTokens } from "./quote-tokens.js";

export type { WordOp, WordOpKind };

/** A rendering: the text it stands in and its segments (offsets into that text). */
export interface Rendering {
  readonly source: string;
  readonly segments: ReadonlyArray<{ start: number; end: number }>;
}

/** Display text of word i: the word with the punctuation that clings to it, brackets included. */
function piece(source: string, tokens: QuoteTokens, i: number, segmentEnd: number): string {
  const prevEnd = i > 0 && tokens.gapBefore[i] !== "split" ? tokens.ends[i - 1]! : -1;
  let start = tokens.starts[i]!;
  if (prevEnd >= 0) {
    // Leading opening punctuation ("[", "(", "…") belongs to this word; the rest to the previous one.
    const gap = source.slice(prevEnd, start);
    const space = gap.search(/\s/);
    start = space >= 0 ? prevEnd + space + 1 : start;
    while (start < tokens.starts[i]! && /\s/.test(source[start]!)) start++;
  } else {
    while (start > 0 && /[[(…]/.test(source[start - 1]!)) start--;
  }
  let end = tokens.ends[i]!;
  const nextStart =
    i + 1 < tokens.words.length && tokens.gapBefore[i + 1] !== "split" ? tokens.starts[i + 1]! : segmentEnd;
  const trailing = source.slice(end, nextStart);
  const space = trailing.search(/\s/);
  end += space >= 0 ? space : trailing.length;
  return source.slice(start, end).replace(/\s+/g, " ");
}

function pieces(rendering: Rendering, tokens: QuoteTokens): string[] {
  const out: string[] = [];
  let segment = 0;
  for (let i = 0; i < tokens.words.length; i++) {
    while (
      segment + 1 < rendering.segments.length &&
      tokens.starts[i]! >= rendering.segments[segment + 1]!.start
    )
      segment++;
    out.push(piece(rendering.source, tokens, i, rendering.segments[segment]!.end));
  }
  return out;
}

interface Change {
  readonly value: string[];
  readonly added?: boolean;
  readonly removed?: boolean;
}

/**
 * A word diff anchored on the longest runs the two share, diffing only between anchors: a minimal
 * edit script alone may pair "very good" with the wrong one of two occurrences, splitting a phrase
 * the reader sees whole.
 */
function anchoredDiff(a: string[], b: string[]): Change[] {
  const anchors: Tile[] = [];
  for (const t of [...tile(a, b, 2)].sort((x, y) => y.length - x.length || x.a - y.a)) {
    const consistent = anchors.every((u) => (t.a < u.a && t.b < u.b) || (t.a > u.a && t.b > u.b));
    if (consistent) anchors.push(t);
  }
  anchors.sort((x, y) => x.a - y.a);
  const changes: Change[] = [];
  let ai = 0;
  let bi = 0;
  for (const anchor of [...anchors, { a: a.length, b: b.length, length: 0 }]) {
    for (const change of diffArrays(a.slice(ai, anchor.a), b.slice(bi, anchor.b))) changes.push(change);
    if (anchor.length > 0) changes.push({ value: a.slice(anchor.a, anchor.a + anchor.length) });
    ai = anchor.a + anchor.length;
    bi = anchor.b + anchor.length;
  }
  // Merge neighbours of one kind so "same" runs read as one.
  const merged: Change[] = [];
  for (const change of changes) {
    const last = merged[merged.length - 1];
    if (last && !!last.added === !!change.added && !!last.removed === !!change.removed) {
      merged[merged.length - 1] = { ...last, value: [...last.value, ...change.value] };
    } else if (change.value.length > 0) merged.push(change);
  }
  return merged;
}

/** Compares `shown` against `reference`, word by word. */
export function compareWordings(shown: Rendering, reference: Rendering): WordOp[] {
  const a = quoteTokens(reference.source, reference.segments);
  const b = quoteTokens(shown.source, shown.segments);
  const aPieces = pieces(reference, a);
  const bPieces = pieces(shown, b);
  // Brackets in the reference are its editor's words, not the speaker's: leave them out of the diff.
  const aIndex = a.words.map((_, i) => i).filter((i) => !a.bracketed[i]);
  const changes = anchoredDiff(
    aIndex.map((i) => a.words[i]!),
    b.words,
  );
  const ops: WordOp[] = [];
  const push = (op: WordOpKind, text: string): void => {
    const last = ops[ops.length - 1];
    if (last && last.op === op && op !== "split") ops[ops.length - 1] = { op, text: `${last.text} ${text}` };
    else ops.push({ op, text });
  };
  let ai = 0;
  let bi = 0;
  const firstSame = changes.findIndex((x) => !x.added && !x.removed);
  const lastSame = changes.length - 1 - [...changes].reverse().findIndex((x) => !x.added && !x.removed);
  changes.forEach((change, c) => {
    const count = change.value.length;
    if (change.removed) {
      const atStart = bi === 0;
      const atEnd = c === changes.length - 1 || changes.slice(c + 1).every((x) => x.removed);
      const elided = bi < b.words.length && b.gapBefore[bi] === "ellipsis";
      const kind: WordOpKind = elided ? "elided" : atStart || atEnd ? "clipped" : "omitted";
      push(
        kind,
        aIndex
          .slice(ai, ai + count)
          .map((i) => aPieces[i]!)
          .join(" "),
      );
      ai += count;
      return;
    }
    // Words only the shown rendering has, where the reference has an ellipsis: the reference elided them.
    const referenceElided = ai < aIndex.length && ai > 0 && a.gapBefore[aIndex[ai]!] === "ellipsis";
    for (let k = 0; k < count; k++, bi++) {
      if (b.gapBefore[bi] === "split" && bi > 0) ops.push({ op: "split", text: "" });
      const outside = firstSame >= 0 && (c < firstSame || c > lastSame);
      push(change.added ? addedKind(b.bracketed[bi]!, referenceElided, outside) : "same", bPieces[bi]!);
    }
    if (!change.added) ai += count;
  });
  return ops;
}

/**
 * What a word only the shown rendering has is: an editor's bracketed insertion, words the
 * reference elided, words before or after everything the reference quotes, or an insertion.
 */
function addedKind(bracketed: boolean, referenceElided: boolean, outside: boolean): WordOpKind {
  if (bracketed) return "bracketed";
  if (referenceElided) return "elided";
  if (outside) return "beyond";
  return "inserted";
}

/** A short human summary of what differs ("bracketed insertion, clipped end"), empty when nothing. */
export function summariseDifferences(ops: readonly WordOp[]): string[] {
  const found: string[] = [];
  const add = (label: string): void => {
    if (!found.includes(label)) found.push(label);
  };
  ops.forEach((op, i) => {
    if (op.op === "bracketed") add("bracketed insertion");
    else if (op.op === "elided") add("ellipsis");
    else if (op.op === "split") add("split in two");
    else if (op.op === "clipped") add(i === 0 ? "clipped start" : "clipped end");
    else if (op.op === "omitted") add("words left out");
    else if (op.op === "inserted") add("words added or changed");
    else if (op.op === "beyond") add("quotes more");
  });
  return found;
}
