/**
 * The thresholds and weights of issue 10's mechanisms (soft alignment, quote evidence, story
 * score, lone words), each with its reason. They join match/tuning.ts when the stage layout lands;
 * the real-coverage scorer (npm run score, leave-one-story-out) is what pins them.
 */

/** Soft alignment (./soft-align.ts): Smith–Waterman over words. */
export const SOFT_ALIGN_WEIGHTS = {
  /** A function word ("the", "to") weighs this much against a content word's 1. */
  functionWord: 0.25,
  /** A WordNet synonym of the corpus word ("urged" for "pressed") counts this share of a same word. */
  related: 0.5,
  /** Cost of a word only one side has, per unit of its weight: reworded quotes add and drop words. */
  gap: 0.3,
  /** Cost of a word replaced by an unrelated one. */
  substitution: 0.5,
} as const;

/**
 * A soft alignment at least this good, on a page about the story, is a `reworded` match. Chosen
 * leave-one-story-out (scripts/calibrate-mechanisms.ts: 0.6 in six folds of six since WordNet
 * synonyms, not lexicographer classes, relate words; with classes it was 0.7 in five of six).
 */
export const REWORDED_MIN_SCORE = 0.6;
/** Content words a reworded rendering must print as the statement does: its anchors. */
export const REWORDED_MIN_SAME_WORDS = 3;

/** Quote evidence (./quote-evidence.ts). */
export const QUOTE_EVIDENCE = {
  /** A run whose words' rarities add up to this (three rare words) leaves no doubt on its own. */
  fullWeight: 1.5,
} as const;

/** The story score (./story-score.ts): each weight is how much doubt full evidence of its kind removes. */
export const STORY_SCORE = {
  /**
   * A page is about the story from this score up. Chosen leave-one-story-out
   * (scripts/calibrate-mechanisms.ts: 0.65 in four folds of six, 0.6 and 0.55 in one each).
   */
  threshold: 0.65,
  /** Quoting a statement's rare run: nearly decisive alone. */
  quoteWeight: 0.8,
  /** Naming all of the story's main entities: the same people meet on other occasions too. */
  entityWeight: 0.35,
  /** Using all of the story's distinctive words. */
  termWeight: 0.6,
  /** Within this many days, this much of the evidence is kept. */
  dateFactors: [
    [3, 1],
    [10, 0.9],
  ] as ReadonlyArray<readonly [number, number]>,
  /** A page dated further from the story: another occasion is likelier. */
  distantFactor: 0.6,
  /** A page without a date: nothing to say either way, a little doubt. */
  undatedFactor: 0.95,
} as const;
