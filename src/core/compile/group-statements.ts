/**
 * Groups quotes that report the same utterance into statements, across outlets and within one
 * article (a lede's "very good chance" belongs with the full quote further down).
 *
 * Candidates share a word 5-gram, or, for quotes under five words, occur whole inside a longer
 * quote. Each candidate is verified by a run-keeping token alignment and scored by containment of
 * the shorter quote (a clipped fragment of a long quote has low Jaccard but full containment).
 * Quotes are taken longest first and each attaches to its single best container (MemeTracker's
 * rule), so "A B" and "B C" can never chain two different statements together. Short quotes must
 * have the same speaker as their container, or one of the two must have none (a dek's "This is a
 * moment to cherish forever" is the speaker's quote below it): a shared phrase like "cautiously
 * optimistic" from two different people is two statements.
 */
import { MAX_QUOTES_PER_SHINGLE, SHINGLE } from "../match/tuning.js";
import { covered, tile } from "../text/align.js";
import { isContentWord } from "../text/word-classes.js";

export interface GroupableQuote {
  /** The speaker's words, editorial brackets removed, normalised. */
  readonly words: readonly string[];
  readonly speakerId: string | null;
}

/** Quotes at least this long may join a statement of another speaker (attribution can differ). */
const LONG_QUOTE = 8;

/**
 * Containment of `short` in `long`: words of the shorter covered by shared runs of two or more
 * words (a quote of one or two words must occur whole).
 */
export function containment(short: readonly string[], long: readonly string[]): number {
  if (short.length === 0) return 0;
  const minRun = Math.min(short.length, 2);
  const shared = covered(tile(short, long, minRun));
  return short.length < 3 && shared < short.length ? 0 : shared / short.length;
}

function minContainment(length: number): number {
  if (length >= LONG_QUOTE) return 0.7;
  return 0.85;
}

/**
 * Assigns each quote a group number; quotes with the same number report one statement. The first
 * quote of each group (in the returned `roots`) is its longest.
 */
export function groupStatements(quotes: readonly GroupableQuote[]): { groupOf: number[]; roots: number[] } {
  const order = quotes
    .map((_, i) => i)
    .sort((a, b) => quotes[b]!.words.length - quotes[a]!.words.length || a - b);
  const groupOf = new Array<number>(quotes.length).fill(-1);
  const roots: number[] = [];
  const members: number[][] = [];
  /** Each group's members' speakers. */
  const speakersIn: Array<Set<string>> = [];
  const groupsBySpeaker = new Map<string, number[]>();
  const shingles = new Map<string, Set<number>>(); // shingle → groups
  const shingleCounts = new Map<string, number>();
  for (const q of quotes) {
    for (const s of shinglesOf(q.words)) shingleCounts.set(s, (shingleCounts.get(s) ?? 0) + 1);
  }

  for (const index of order) {
    const quote = quotes[index]!;
    const words = quote.words;
    const contentful = words.some(isContentWord);
    let best = -1;
    let bestScore = 0;
    if (words.length > 0 && contentful) {
      const candidates = new Set<number>();
      if (words.length >= SHINGLE) {
        for (const s of shinglesOf(words)) {
          if ((shingleCounts.get(s) ?? 0) > MAX_QUOTES_PER_SHINGLE) continue;
          for (const g of shingles.get(s) ?? []) candidates.add(g);
        }
      } else {
        // A short quote is checked against its own speaker's statements only.
        for (const g of quote.speakerId === null ? [] : (groupsBySpeaker.get(quote.speakerId) ?? [])) {
          candidates.add(g);
        }
      }
      for (const g of [...candidates].sort((a, b) => a - b)) {
        const rootSpeaker = quotes[roots[g]!]!.speakerId;
        const sameSpeaker = quote.speakerId !== null && rootSpeaker === quote.speakerId;
        // A headline or a dek prints a quote with nobody attributed: it is no other speaker's either,
        // and a statement rooted in one takes a speaker's quote only if it has no other speaker yet.
        const others = speakersIn[g]!;
        const unattributed =
          quote.speakerId === null ||
          (rootSpeaker === null && [...others].every((id) => id === quote.speakerId));
        if (words.length < LONG_QUOTE && !sameSpeaker && !unattributed) continue;
        // A loop, not Math.max(...members): a statement quoted 150,000 times would overflow the stack.
        let score = 0;
        for (const m of members[g]!) score = Math.max(score, containment(words, quotes[m]!.words));
        if (score >= minContainment(words.length) && score > bestScore) {
          best = g;
          bestScore = score;
        }
      }
    }
    if (best < 0) {
      best = roots.length;
      roots.push(index);
      members.push([]);
      speakersIn.push(new Set());
      if (quote.speakerId !== null) {
        const groups = groupsBySpeaker.get(quote.speakerId) ?? [];
        groups.push(best);
        groupsBySpeaker.set(quote.speakerId, groups);
      }
    }
    groupOf[index] = best;
    members[best]!.push(index);
    if (quote.speakerId !== null) speakersIn[best]!.add(quote.speakerId);
    for (const s of shinglesOf(words)) {
      let groups = shingles.get(s);
      if (!groups) shingles.set(s, (groups = new Set()));
      groups.add(best);
    }
  }
  return { groupOf, roots };
}

function shinglesOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(" "));
  return out;
}
