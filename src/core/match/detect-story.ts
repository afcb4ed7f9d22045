/**
 * Decides which corpus story, if any, a page is about, and says why. One score per candidate story
 * (./story-score.ts) from four kinds of evidence together: the page quotes the story's statements
 * (a verified long match, or a rare run of a statement inside quotation marks, however short the
 * page); it names the story's main people, organisations and places (computed from its corpus); it
 * uses the story's distinctive words (rare in English, common in its articles); and its date is
 * near the story's. A corpus article's own URL settles it. Same people on another occasion share
 * the entities and the beat's words but not the statements, the event's words or the date, and
 * stay below the bar.
 */
import { byCodeUnits } from "../common/compare.js";
import { addTo } from "../common/multimap.js";
import type { CorpusStory } from "../corpus/schema.js";
import { entityEvidence } from "./entity-evidence.js";
import { canonicalUrl, rareRunsIn, type LoadedCorpus, type StoryRun } from "./load-corpus.js";
import { quoteEvidence, type QuoteEvidence } from "./quote-evidence.js";
import { storyScore, weightedShare, type EvidenceWeights, type StorySignals } from "./story-score.js";
import {
  CANDIDATE_TERMS,
  MAX_TOPIC_CANDIDATES,
  REWORDED_EVIDENCE_STORIES,
  STORY_SCORE,
  TOPIC_TERMS,
} from "./tuning.js";
import { RARE_RUN_WORDS } from "./quote-evidence.js";
import {
  REWORDED_TUNING,
  rewordedStatement,
  speakerKeys,
  type QuotedRun,
  type RewordedTuning,
} from "./reworded-quotes.js";

export const STORY_THRESHOLD = STORY_SCORE.threshold;
export { TOPIC_TERMS };

export interface StoryEvidence {
  /** Statements of the story the page quotes (at length, or by a rare run). */
  readonly statements: string[];
  /** The story's rare runs the page quotes, heaviest first. */
  readonly runs: string[];
  /** The story's main entities the page names. */
  readonly entities: string[];
  /** The story's distinctive words found on the page, most weighty first. */
  readonly terms: string[];
  /** Days between the page's date and the story's, when the page has a date. */
  readonly dateDistanceDays: number | null;
  /** The page is one of the story's articles. */
  readonly url: boolean;
}

export interface StoryMatch {
  readonly id: string;
  readonly title: string;
  /** 0–1; the page is about the story from {@link STORY_THRESHOLD} up. */
  readonly score: number;
  readonly evidence: StoryEvidence;
}

/** What detection reads of a page. */
export interface StoryPage {
  /** The page's normalised words, in order. */
  readonly words: readonly string[];
  readonly wordSet: ReadonlySet<string>;
  /** The page's quotations: their normalised words, and the words around them that may name the speaker. */
  readonly quotes: readonly QuotedRun[];
}

/** What a calibration may vary; the defaults are tuning.ts's. */
export interface DetectionTuning extends EvidenceWeights {
  readonly threshold: number;
  readonly reworded: RewordedTuning;
}

export const DETECTION_TUNING: DetectionTuning = { ...STORY_SCORE, reworded: REWORDED_TUNING };

function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** The story's rare runs the page quotes, by story: one pass over the page's quoted trigrams. */
function quotedRuns(corpus: LoadedCorpus, quotes: StoryPage["quotes"]): Map<string, StoryRun[]> {
  const byStory = new Map<string, StoryRun[]>();
  for (const { words } of quotes) {
    for (const run of rareRunsIn(corpus, words)) addTo(byStory, run.storyId, run);
    // The quotation is a whole rendering of a statement.
    if (words.length > RARE_RUN_WORDS)
      for (const run of corpus.runsByText.get(words.join(" ")) ?? []) addTo(byStory, run.storyId, run);
  }
  return byStory;
}

/** Statement id → the best soft alignment score of a page quote credited to its speaker. */
function rewordedEvidence(
  corpus: LoadedCorpus,
  storyId: string,
  page: StoryPage,
  tuning: RewordedTuning,
): Map<string, number> {
  const found = new Map<string, number>();
  for (const quote of page.quotes) {
    const match = rewordedStatement(corpus, storyId, quote, tuning, { wholeOnly: true });
    if (match?.whole && (found.get(match.statementId) ?? 0) < match.score)
      found.set(match.statementId, match.score);
  }
  return found;
}

/** A candidate story's evidence and score before any reworded quote is sought. */
interface Scored {
  readonly story: CorpusStory;
  readonly signals: StorySignals;
  readonly attributed: readonly StoryRun[];
  readonly statements: readonly string[];
  readonly entities: readonly string[];
  readonly url: boolean;
  runs: QuoteEvidence;
  score: number;
}

function scoreStory(
  corpus: LoadedCorpus,
  story: CorpusStory,
  page: StoryPage,
  quoted: { statements: readonly string[]; runs: readonly StoryRun[] },
  date: string | null,
  url: boolean,
  tuning: DetectionTuning,
): Scored {
  const entities = entityEvidence(page.words, story.entities, page.wordSet);
  const termShare = weightedShare(story.terms.slice(0, TOPIC_TERMS), (t) => page.wordSet.has(t));
  const days = date ? daysBetween(date, story.date) : null;
  const signals = { quote: 0, entities: entities.share, terms: termShare, dateDistanceDays: days };
  // A page quoting a statement names who said it: a rare run on a page that never names the
  // speaker is someone else's words ("productive discussions with the unions").
  const named = new Map<string, boolean>();
  const attributed = quoted.runs.filter((r) => {
    let yes = named.get(r.statementId);
    if (yes === undefined) {
      const keys = speakerKeys(corpus, r.statementId);
      yes = keys.length === 0 || keys.some((k) => k.split(" ").every((w) => page.wordSet.has(w)));
      named.set(r.statementId, yes);
    }
    return yes;
  });
  const runs = quoteEvidence(attributed, quoted.statements);
  const score = url ? 1 : storyScore({ ...signals, quote: runs.strength }, tuning);
  return {
    story,
    signals,
    attributed,
    statements: quoted.statements,
    entities: entities.found,
    url,
    runs,
    score,
  };
}

/**
 * A quote the outlet reworded or translated, credited to the statement's speaker, is quote
 * evidence too. It costs an alignment per quote and statement, so it is sought only for stories
 * the verbatim evidence leaves below the bar that could still cross it (and beat the best so far)
 * with every quote counted, best first, and for {@link REWORDED_EVIDENCE_STORIES} of them at most.
 */
function addRewordedEvidence(
  corpus: LoadedCorpus,
  page: StoryPage,
  scored: readonly Scored[],
  tuning: DetectionTuning,
): void {
  const ceiling = (s: Scored): number => storyScore({ ...s.signals, quote: 1 }, tuning);
  const below = scored
    .filter((s) => !s.url && s.score < tuning.threshold)
    .map((s) => ({ s, ceiling: ceiling(s) }))
    .sort((a, b) => b.ceiling - a.ceiling || byCodeUnits(a.s.story.id, b.s.story.id));
  let bar = Math.max(tuning.threshold, ...scored.map((s) => s.score));
  let sought = 0;
  for (const { s, ceiling: best } of below) {
    if (best < bar || sought === REWORDED_EVIDENCE_STORIES) break;
    sought++;
    const reworded = rewordedEvidence(corpus, s.story.id, page, tuning.reworded);
    if (reworded.size === 0) continue;
    s.runs = quoteEvidence(s.attributed, s.statements, reworded);
    s.score = storyScore({ ...s.signals, quote: s.runs.strength }, tuning);
    if (s.score >= tuning.threshold) bar = Math.max(bar, s.score);
  }
}

function toMatch(s: Scored, page: StoryPage): StoryMatch {
  return {
    id: s.story.id,
    title: s.story.title,
    score: s.score,
    evidence: {
      statements: s.runs.statementIds,
      runs: s.runs.runs,
      entities: [...s.entities],
      terms: s.story.terms
        .slice(0, TOPIC_TERMS)
        .filter(([t]) => page.wordSet.has(t))
        .map(([t]) => t)
        .slice(0, 12),
      dateDistanceDays: s.signals.dateDistanceDays,
      url: s.url,
    },
  };
}

/** Stories worth scoring: quoted, at the page's URL, or sharing enough top words or entity words. */
function candidates(
  corpus: LoadedCorpus,
  page: StoryPage,
  quoted: ReadonlyMap<string, unknown>,
  urlStory: string | undefined,
): string[] {
  const found = new Set<string>(quoted.keys());
  if (urlStory) found.add(urlStory);
  // Topic candidates through inverted indexes, so the cost follows the page's vocabulary, not the
  // number of stories: each top term or entity word the page uses is a vote.
  const stories = corpus.data.stories;
  const votes = new Int32Array(stories.length);
  const voted: number[] = [];
  for (const word of page.wordSet) {
    const list = corpus.storyVotesByWord.get(word);
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const story = list[i]!;
      if (votes[story] === 0) voted.push(story);
      votes[story]!++;
    }
  }
  voted
    .filter((story) => votes[story]! >= Math.ceil(CANDIDATE_TERMS / 2))
    .sort((a, b) => votes[b]! - votes[a]! || a - b)
    .slice(0, MAX_TOPIC_CANDIDATES)
    .forEach((story) => found.add(stories[story]!.id));
  return [...found].sort();
}

/**
 * The story the page is about, or null. `statementsMatched` are the statement ids the page quotes
 * at length (verified long matches).
 */
export function detectStory(
  corpus: LoadedCorpus,
  page: StoryPage,
  statementsMatched: readonly string[],
  pageDate: string | null,
  pageUrl: string | null,
  tuning: DetectionTuning = DETECTION_TUNING,
): StoryMatch | null {
  const quoted = quotedRuns(corpus, page.quotes);
  const statementsByStory = new Map<string, string[]>();
  for (const id of statementsMatched) addTo(statementsByStory, corpus.statementById.get(id)!.storyId, id);
  for (const storyId of statementsByStory.keys()) if (!quoted.has(storyId)) quoted.set(storyId, []);
  const canonical = pageUrl ? canonicalUrl(pageUrl) : null;
  const urlStory = canonical ? corpus.storyByUrl.get(canonical) : undefined;
  const scored = candidates(corpus, page, quoted, urlStory).map((id) =>
    scoreStory(
      corpus,
      corpus.storyById.get(id)!,
      page,
      { statements: statementsByStory.get(id) ?? [], runs: quoted.get(id) ?? [] },
      pageDate,
      id === urlStory,
      tuning,
    ),
  );
  addRewordedEvidence(corpus, page, scored, tuning);
  let best: StoryMatch | null = null;
  for (const s of scored)
    if (s.score >= tuning.threshold && (!best || s.score > best.score)) best = toMatch(s, page);
  return best;
}
