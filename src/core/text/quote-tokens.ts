/**
 * A quote as the matcher and the differ see it: its words in order, each flagged when it is an
 * editorial insertion in brackets ("their [Ukrainian soldiers in Russia's Kursk region] lives",
 * "(Putin) said"), and each marked when a gap precedes it: an ellipsis (words elided) or the break
 * between two segments of a quote split by its attribution.
 */
import { tokenize } from "./tokenize.js";

export type GapKind = "none" | "ellipsis" | "split";

export interface QuoteTokens {
  readonly words: string[];
  /** Offsets of each word in the source text the quote was taken from. */
  readonly starts: number[];
  readonly ends: number[];
  readonly bracketed: boolean[];
  /** What stands between word i-1 and word i. */
  readonly gapBefore: GapKind[];
}

const ELLIPSIS = /…|\.\s?\.\s?\./g;

/** Tokenises quote segments of `source` (offsets into it), flagging brackets and gaps. */
export function quoteTokens(
  source: string,
  segments: ReadonlyArray<{ start: number; end: number }>,
): QuoteTokens {
  const out: QuoteTokens = { words: [], starts: [], ends: [], bracketed: [], gapBefore: [] };
  segments.forEach((segment, segmentIndex) => {
    const text = source.slice(segment.start, segment.end);
    const brackets: Array<[number, number]> = [];
    for (const m of text.matchAll(/\[[^\]]*\]|\([^)]*\)/g)) brackets.push([m.index, m.index + m[0].length]);
    const ellipses = [...text.matchAll(ELLIPSIS)].map((m) => m.index);
    const tokens = tokenize(text);
    let ellipsisIndex = 0;
    tokens.words.forEach((word, i) => {
      const start = tokens.starts[i]!;
      let gap: GapKind = i === 0 && segmentIndex > 0 ? "split" : "none";
      while (ellipsisIndex < ellipses.length && ellipses[ellipsisIndex]! < start) {
        if (i > 0) gap = "ellipsis";
        ellipsisIndex++;
      }
      out.words.push(word);
      out.starts.push(segment.start + start);
      out.ends.push(segment.start + tokens.ends[i]!);
      out.bracketed.push(brackets.some(([a, b]) => a < start && start < b));
      out.gapBefore.push(gap);
    });
  });
  return out;
}

/** The words a speaker said: editorial insertions left out. */
export function spokenWords(tokens: QuoteTokens): string[] {
  return tokens.words.filter((_, i) => !tokens.bracketed[i]);
}
