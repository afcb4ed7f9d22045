/**
 * One score for "this page is about this story", from four kinds of evidence together: the
 * story's statements quoted (./quote-evidence.ts), its people, organisations and places named
 * (../compile/story-entities.ts), its distinctive words used (../compile/distinctive-terms.ts),
 * and the page's date. Each kind removes part of the doubt that is left; none is required, so a
 * short page with one rare quote is recognised, and a page of the same people on another occasion
 * — entities and beat words, no quote, another date — stays below the bar.
 */
import { STORY_SCORE } from "./tuning.js";

export interface StorySignals {
  /** 0–1, from quote evidence. */
  readonly quote: number;
  /** 0–1: weighted share of the story's main entities the page names. */
  readonly entities: number;
  /** 0–1: weighted share of the story's distinctive terms the page uses. */
  readonly terms: number;
  /** Days between the page's date and the story's, or null when the page has no date. */
  readonly dateDistanceDays: number | null;
}

/** The weights {@link storyScore} gives each kind of evidence: STORY_SCORE's unless a calibration varies them. */
export interface EvidenceWeights {
  readonly quoteWeight: number;
  readonly entityWeight: number;
  readonly termWeight: number;
  /** Bands of date distance, nearest first, each with the share of the score it leaves. */
  readonly dateBands: ReadonlyArray<{ readonly days: number; readonly factor: number }>;
  readonly farFactor: number;
  readonly unknownFactor: number;
}

/** How much the page's date leaves of the other evidence: near dates keep it all. */
export function dateFactor(days: number | null, weights: EvidenceWeights = STORY_SCORE): number {
  if (days === null) return weights.unknownFactor;
  return weights.dateBands.find((band) => days <= band.days)?.factor ?? weights.farFactor;
}

/** The page's score for the story, 0–1; the page is about it from STORY_SCORE.threshold up. */
export function storyScore(signals: StorySignals, weights: EvidenceWeights = STORY_SCORE): number {
  const doubt =
    (1 - weights.quoteWeight * signals.quote) *
    (1 - weights.entityWeight * signals.entities) *
    (1 - weights.termWeight * signals.terms);
  return Math.round((1 - doubt) * dateFactor(signals.dateDistanceDays, weights) * 1000) / 1000;
}

/** A weighted share: the weight of the items present over the weight of all. */
export function weightedShare<T>(
  items: ReadonlyArray<readonly [T, number]>,
  present: (item: T) => boolean,
): number {
  let total = 0;
  let hit = 0;
  for (const [item, weight] of items) {
    total += weight;
    if (present(item)) hit += weight;
  }
  return total > 0 ? hit / total : 0;
}
