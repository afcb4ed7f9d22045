/**
 * What attribution looks up while it walks an article: quote spans, sentences and mentions, each
 * sorted by offset and searched by bisection, and per-sentence facts (the reporter's text with quoted
 * words blanked, its cue verbs, where its main clause starts) computed once per sentence. Attribution
 * asks these questions once per quote; answering them by scanning the sentence made extraction cubic
 * in the quotes of one sentence (8,000 quotes took minutes), answering them here keeps it n log n.
 */
import { bisect } from "../common/bisect.js";
import { CUE_VERBS, type Mention, type Speaker } from "./mentions.js";
import type { QuoteSpan } from "../text/quote-spans.js";
import type { Sentence } from "../text/sentences.js";

export interface CueHit {
  readonly cue: string;
  readonly start: number;
  readonly end: number;
}

interface SentenceFacts {
  /** The sentence's reporter text: quoted content blanked with spaces, offsets kept. */
  readonly blanked: string;
  /** Cue verbs of {@link blanked}, absolute offsets, sorted by start. */
  readonly cues: readonly CueHit[];
  /** Where the main clause starts: after an introductory clause, if there is one. */
  readonly mainStart: number;
  /** Memoised answers that depend only on the sentence once its pronouns are resolved. */
  readonly subjects: Map<string, { speaker: Speaker; mention: Mention } | null>;
}

export interface Context {
  readonly text: string;
  readonly spans: readonly QuoteSpan[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly resolved: Map<Mention, Speaker | null>;
  /**
   * Whether every mention ends before the next starts: the bisections below rely on it. The
   * mention finder guarantees it in practice; if it ever did not, the plain scans are used instead.
   */
  readonly disjointMentions: boolean;
  /** For each mention index, the index of the last non-possessive mention at or before it, or -1. */
  readonly lastNonPossessive: Int32Array;
  readonly facts: Map<Sentence, SentenceFacts>;
  /** Whether the reporter's text of a sentence range is only marks and punctuation, by "start:end". */
  readonly onlyQuoted: Map<string, boolean>;
  /** Channels found after a cue, by "cueStart:clauseEnd". */
  readonly channels: Map<string, string | null>;
  /** Each sentence's written statement and who issued it (./document-sources.ts), once asked. */
  readonly documents: Map<Sentence, DocumentSource | null>;
  /** The written statement each sentence's quotes are from: its own, or one named just before. */
  readonly documentSources: Map<Sentence, DocumentSource | null>;
}

/** A written statement an article names and whoever issued it, who speaks for it. */
export interface DocumentSource {
  readonly speaker: Speaker;
  /** As printed: "letter jointly issued by the employees". */
  readonly phrase: string;
  /** Where the document is named. */
  readonly start: number;
}

export function createContext(
  text: string,
  spans: readonly QuoteSpan[],
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
): Context {
  let disjointMentions = true;
  const lastNonPossessive = new Int32Array(mentions.length);
  let last = -1;
  mentions.forEach((m, i) => {
    if (i > 0 && mentions[i - 1]!.end > m.start) disjointMentions = false;
    if (!m.possessive) last = i;
    lastNonPossessive[i] = last;
  });
  return {
    text,
    spans,
    sentences,
    mentions,
    resolved: new Map(),
    disjointMentions,
    lastNonPossessive,
    facts: new Map(),
    onlyQuoted: new Map(),
    channels: new Map(),
    documents: new Map(),
    documentSources: new Map(),
  };
}

/** The reporter's words of `text[from, to)`: quoted content blanked, offsets kept. */
export function reporterText(text: string, from: number, to: number, spans: readonly QuoteSpan[]): string {
  if (from >= to) return text.slice(from, to);
  const parts: string[] = [];
  let at = from;
  // Spans are in order and disjoint: start at the first one that ends after `from`.
  for (let i = bisect(spans.length, (k) => spans[k]!.end > from); i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start >= to) break;
    const a = Math.max(span.start, from);
    const b = Math.min(span.end, to);
    if (b <= a) continue;
    parts.push(text.slice(at, a), " ".repeat(b - a));
    at = b;
  }
  parts.push(text.slice(at, to));
  return parts.join("");
}

/** The first quote span opening at or after `offset`. */
export function spanFrom(ctx: Context, offset: number): QuoteSpan | undefined {
  return ctx.spans[bisect(ctx.spans.length, (k) => ctx.spans[k]!.open >= offset)];
}

/** The sentence that holds `offset` (its end counted in). */
export function sentenceAt(ctx: Context, offset: number): Sentence | undefined {
  const { sentences } = ctx;
  const holds = (s: Sentence | undefined): boolean => !!s && s.start <= offset && offset < s.end + 1;
  const i = bisect(sentences.length, (k) => sentences[k]!.start > offset) - 1;
  // The first sentence that holds it, as a scan from the start would find.
  if (holds(sentences[i - 1])) return sentences[i - 1];
  return holds(sentences[i]) ? sentences[i] : undefined;
}

/** Index of `sentence` in the article's sentences. */
export function sentenceIndex(ctx: Context, sentence: Sentence): number {
  return bisect(ctx.sentences.length, (k) => ctx.sentences[k]!.start >= sentence.start);
}

/** Index of the first mention starting at or after `offset`. */
export function mentionIndexFrom(ctx: Context, offset: number): number {
  return bisect(ctx.mentions.length, (k) => ctx.mentions[k]!.start >= offset);
}

/** Mentions inside [from, to). */
export function mentionsIn(ctx: Context, from: number, to: number): Mention[] {
  const { mentions } = ctx;
  const out: Mention[] = [];
  for (let i = mentionIndexFrom(ctx, from); i < mentions.length && mentions[i]!.start < to; i++)
    if (mentions[i]!.end <= to) out.push(mentions[i]!);
  return out;
}

/** The last non-possessive mention inside [from, to). */
export function lastNonPossessiveIn(ctx: Context, from: number, to: number): Mention | undefined {
  if (!ctx.disjointMentions)
    return mentionsIn(ctx, from, to)
      .filter((m) => !m.possessive)
      .at(-1);
  let i = mentionIndexFrom(ctx, to) - 1;
  // Disjoint mentions: only the last one starting before `to` can reach past it.
  if (i >= 0 && ctx.mentions[i]!.end > to) i--;
  const j = i >= 0 ? ctx.lastNonPossessive[i]! : -1;
  const mention = ctx.mentions[j];
  return mention && mention.start >= from ? mention : undefined;
}

/** Number of white-space separated words in `text`, counting no further than `limit`. */
export function countWords(text: string, limit: number): number {
  const word = /\S+/g;
  let count = 0;
  while (count < limit && word.exec(text)) count++;
  return count;
}

const CUE_WORD = new RegExp(`\\b(${[...CUE_VERBS].join("|")})\\b`, "gi");
const TO_SAY = /\b(went on|goes on|going on|continued|continues)\s+to\s+(say|add|write|note|warn)\b/gi;

/** Cue verbs in `clause`, with offsets counted from `offset`. */
export function cuesIn(clause: string, offset: number): CueHit[] {
  const hits: CueHit[] = [];
  for (const re of [CUE_WORD, TO_SAY]) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const word = (m[2] ?? m[1]!).toLowerCase();
      hits.push({ cue: word, start: offset + m.index, end: offset + m.index + m[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Words that open an introductory clause ("Asked whether Schumer should step down, Murphy
 * declined…"): the sentence's subject comes after the clause's comma.
 */
const INTRODUCTORY =
  /^(?:asked|speaking|according|after|before|when|while|as|although|though|despite|following|in|on|at|during|since|unlike|like|only|additionally|meanwhile|however|earlier|later|still|separately|responding|writing|addressing)\b/i;

function mainClauseStart(blanked: string, sentence: Sentence): number {
  const lead = blanked.search(/\S/);
  if (lead < 0 || !INTRODUCTORY.test(blanked.slice(lead))) return sentence.start;
  const comma = blanked.indexOf(",", lead);
  if (comma < 0 || blanked.slice(lead, comma).split(/\s+/).length > 25) return sentence.start;
  return sentence.start + comma + 1;
}

/** The sentence's reporter text, cue verbs and main clause, computed on first use. */
export function sentenceFacts(ctx: Context, sentence: Sentence): SentenceFacts {
  let facts = ctx.facts.get(sentence);
  if (!facts) {
    const blanked = reporterText(ctx.text, sentence.start, sentence.end, ctx.spans);
    facts = {
      blanked,
      cues: cuesIn(blanked, sentence.start),
      mainStart: mainClauseStart(blanked, sentence),
      subjects: new Map(),
    };
    ctx.facts.set(sentence, facts);
  }
  return facts;
}

/** The reporter's text of `sentence` up to `offset` (a quote's opening mark inside it). */
export function reporterBefore(ctx: Context, sentence: Sentence, offset: number): string {
  if (offset < sentence.start || offset > sentence.end)
    return reporterText(ctx.text, sentence.start, offset, ctx.spans);
  return sentenceFacts(ctx, sentence).blanked.slice(0, offset - sentence.start);
}

/**
 * The last cue verb of the sentence before `offset`, a quote's opening mark. A cue cannot run across
 * the mark, so the cues of the sentence that start before it are exactly those of
 * {@link reporterBefore}'s text.
 */
export function lastCueBefore(ctx: Context, sentence: Sentence, offset: number): CueHit | undefined {
  if (offset < sentence.start || offset > sentence.end) {
    const before = reporterText(ctx.text, sentence.start, offset, ctx.spans);
    return cuesIn(before, sentence.start)
      .filter((c) => !ctx.spans.some((s) => s.start <= c.start && c.end <= s.end))
      .at(-1);
  }
  const { cues } = sentenceFacts(ctx, sentence);
  return cues[bisect(cues.length, (k) => cues[k]!.start >= offset) - 1];
}

/**
 * Whether the reporter's text from `sentence` to `last` is nothing but marks and punctuation (a
 * paragraph that is only a quote). Memoised: the quotes of one sentence all ask about the same range.
 */
export function onlyQuotedBetween(ctx: Context, sentence: Sentence, last: Sentence): boolean {
  const key = `${sentence.start}:${last.end}`;
  let only = ctx.onlyQuoted.get(key);
  if (only === undefined) {
    only = !/[^\s"“”‘’'.,…]/.test(reporterText(ctx.text, sentence.start, last.end, ctx.spans));
    ctx.onlyQuoted.set(key, only);
  }
  return only;
}
