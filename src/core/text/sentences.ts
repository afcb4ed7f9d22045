/**
 * Splits text into the reporter's sentences. Quotations are opaque: the sentences a speaker says
 * inside one pair of marks belong to the one reporter sentence that carries them, which is the unit
 * attribution works on ("…end," Trump wrote on Truth Social.). A quote whose last words end a
 * sentence ends the reporter's sentence too when what follows starts a new one.
 */
import { paragraphRanges, type QuoteSpan } from "./quote-spans.js";

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph the sentence stands in. */
  readonly paragraph: number;
}

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr|No|vs|etc|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b\p{Lu}|(?:\b\p{L}\.)+\p{L})$/u;

/** Whether a sentence may start at `i` (after white space): a capital, a digit or an opening mark. */
function startsSentence(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && /[\p{Lu}\d“"‘'([«]/u.test(ch);
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

/** Sentences of `text`, given its quote spans (from {@link findQuoteSpans}). */
export function splitSentences(text: string, spans: readonly QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let spanIndex = 0;
  paragraphRanges(text).forEach(([from, to], paragraph) => {
    let start = skipSpace(text, from, to);
    for (let i = start; i < to; i++) {
      while (spanIndex < spans.length && spans[spanIndex]!.end < i && spans[spanIndex]!.close < i)
        spanIndex++;
      const span = spans[spanIndex];
      if (span && span.open === i) {
        // Jump over the quotation; it ends the sentence only if its words end one.
        const closeAt = span.close >= 0 ? span.close : span.end;
        const lastWord = text.slice(span.start, span.end).trimEnd();
        i = Math.min(closeAt, to - 1);
        if (/[.!?…]$/.test(lastWord)) {
          const next = skipSpace(text, i + 1, to);
          if (next >= to || (startsSentence(text, next) && next > i + 1)) {
            sentences.push({ start, end: i + 1, paragraph });
            start = next;
            i = next - 1;
          }
        }
        continue;
      }
      const ch = text[i]!;
      if (ch !== "." && ch !== "!" && ch !== "?") continue;
      let end = i + 1;
      while (end < to && /[)"”’'\]]/.test(text[end]!)) end++;
      const next = skipSpace(text, end, to);
      if (next < to && (next === end || !startsSentence(text, next))) continue;
      if (ch === "." && ABBREVIATION.test(text.slice(Math.max(from, i - 12), i)) && next < to) continue;
      sentences.push({ start, end, paragraph });
      start = next;
      i = next - 1;
    }
    if (start < to) {
      let end = to;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) sentences.push({ start, end, paragraph });
    }
  });
  return sentences;
}

/**
 * Whether the text between two words, `text[wordEnd, nextStart)`, ends a sentence: a full stop,
 * question or exclamation mark that is not an abbreviation's ("U.S.", "Mr."), before a word that
 * may start one. Used inside a quotation, cut into the speaker's sentences.
 */
export function endsSentenceBetween(text: string, wordEnd: number, nextStart: number): boolean {
  // A character scan, not a slice and a search: it runs between every two quoted words of a page.
  let mark = -1;
  for (let i = wordEnd; i < nextStart && mark < 0; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 46 || ch === 33 || ch === 63) mark = i; // . ! ?
  }
  if (mark < 0) return false;
  if (text[mark] === "." && ABBREVIATION.test(text.slice(Math.max(0, mark - 12), mark))) return false;
  return startsSentence(text, nextStart);
}
