/**
 * Decides which corpus story, if any, a page is about, and says why. Evidence, strongest first: the
 * page is a corpus article (its URL); it quotes the story's statements (verified long matches); it
 * shares the story's distinctive words (the event's, not the beat's: "Witkoff", "massacre", not
 * "ceasefire"), people and places; its date is near the story's. Same people on another occasion
 * (the Jeddah talks, a later phone call) share the beat and the names but not the statements, the
 * event's words or the date, and stay below the bar.
 */
import { addTo, countIn } from "../common/multimap.js";
import type { CorpusStory } from "../corpus/schema.js";
import { canonicalUrl, type LoadedCorpus } from "./load-corpus.js";
import {
  CANDIDATE_TERMS,
  DATE_BANDS,
  DATE_FACTOR_FAR,
  DATE_FACTOR_UNKNOWN,
  MAX_TOPIC_CANDIDATES,
  STATEMENT_BASE,
  STATEMENT_MAX_EXTRA,
  STATEMENT_STEP,
  STATEMENT_TOPIC_SHARE,
  STORY_THRESHOLD,
  TOPIC_ONLY_BONUS,
  TOPIC_ONLY_MAX_DAYS,
  TOPIC_ONLY_THRESHOLD,
  TOPIC_PEOPLE,
  TOPIC_PLACES,
  TOPIC_TERMS,
  TOPIC_WEAK_SHARE,
  TOPIC_WEIGHTS,
} from "./tuning.js";

export { STORY_THRESHOLD, TOPIC_TERMS };

export interface StoryEvidence {
  /** Statements of the story the page quotes at length. */
  readonly statements: string[];
  readonly people: string[];
  readonly places: string[];
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

function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** How much the date distance leaves of a score: the band it falls in ({@link DATE_BANDS}). */
function dateFactor(days: number | null): number {
  if (days === null) return DATE_FACTOR_UNKNOWN;
  return Object.values(DATE_BANDS).find((band) => days <= band.days)?.factor ?? DATE_FACTOR_FAR;
}

/** Names as the page would write them: each person's surname and each institution's words. */
function nameWords(corpus: LoadedCorpus, personId: string): string[] {
  return corpus.nameWords.get(personId) ?? personId.split("-");
}

function weightedShare<T>(
  items: ReadonlyArray<[T, number]>,
  present: (item: T) => boolean,
): { share: number; found: T[] } {
  let total = 0;
  let hit = 0;
  const found: T[] = [];
  for (const [item, weight] of items) {
    total += weight;
    if (present(item)) {
      hit += weight;
      found.push(item);
    }
  }
  return { share: total > 0 ? hit / total : 0, found };
}

function scoreStory(
  corpus: LoadedCorpus,
  story: CorpusStory,
  words: ReadonlySet<string>,
  statements: readonly string[],
  pageDate: string | null,
  pageUrl: string | null,
): StoryMatch {
  const url = pageUrl !== null && corpus.storyByUrl.get(pageUrl) === story.id;
  const terms = weightedShare(story.terms.slice(0, TOPIC_TERMS), (t) => words.has(t));
  const topPeople = story.people
    .slice(0, TOPIC_PEOPLE)
    .map(([id, count]): [string, number] => [id, Math.log(1 + count)]);
  const people = weightedShare(topPeople, (id) => nameWords(corpus, id).every((w) => words.has(w)));
  const places = weightedShare(
    story.places.slice(0, TOPIC_PLACES).map(([p, c]): [string, number] => [p, Math.log(1 + c)]),
    (p) => words.has(p),
  );
  const topic =
    TOPIC_WEIGHTS.terms * terms.share +
    TOPIC_WEIGHTS.people * people.share +
    TOPIC_WEIGHTS.places * places.share;
  const days = pageDate ? daysBetween(pageDate, story.date) : null;
  let score: number;
  if (url) score = 1;
  else if (statements.length > 0) {
    const extra = STATEMENT_STEP * Math.min(STATEMENT_MAX_EXTRA, statements.length - 1);
    score = Math.min(1, STATEMENT_BASE + extra + STATEMENT_TOPIC_SHARE * topic) * dateFactor(days);
  } else if (
    topic >= TOPIC_ONLY_THRESHOLD &&
    (days === null || days <= TOPIC_ONLY_MAX_DAYS) &&
    // A page about the event names its people and places, not just its words.
    people.found.length > 0 &&
    places.found.length > 0
  ) {
    score = Math.min(1, topic + TOPIC_ONLY_BONUS) * dateFactor(days);
  } else {
    score = topic * TOPIC_WEAK_SHARE * dateFactor(days);
  }
  return {
    id: story.id,
    title: story.title,
    score: Math.round(score * 1000) / 1000,
    evidence: {
      statements: [...statements],
      people: people.found,
      places: places.found,
      terms: terms.found.slice(0, 12),
      dateDistanceDays: days,
      url,
    },
  };
}

/**
 * The story the page is about, or null. `statementsMatched` are the statement ids the page quotes
 * at length; `words` the page's normalised words.
 */
export function detectStory(
  corpus: LoadedCorpus,
  words: ReadonlySet<string>,
  statementsMatched: readonly string[],
  pageDate: string | null,
  pageUrl: string | null,
): StoryMatch | null {
  const byStory = new Map<string, string[]>();
  for (const id of statementsMatched) {
    const storyId = corpus.statementById.get(id)!.storyId;
    addTo(byStory, storyId, id);
  }
  const canonical = pageUrl ? canonicalUrl(pageUrl) : null;
  const candidates = new Set<string>(byStory.keys());
  const urlStory = canonical ? corpus.storyByUrl.get(canonical) : undefined;
  if (urlStory) candidates.add(urlStory);
  // Topic-only candidates: stories most of whose top words the page uses, found through the
  // inverted index, so the cost follows the page's vocabulary, not the number of stories.
  const termHits = new Map<string, number>();
  for (const word of words) {
    for (const storyId of corpus.storiesByTerm.get(word) ?? []) countIn(termHits, storyId);
  }
  // The stories the page shares most top words with, a few at most: scoring is per candidate.
  [...termHits]
    .filter(([, hits]) => hits >= Math.ceil(CANDIDATE_TERMS / 2))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TOPIC_CANDIDATES)
    .forEach(([storyId]) => candidates.add(storyId));
  let best: StoryMatch | null = null;
  for (const id of [...candidates].sort()) {
    const match = scoreStory(
      corpus,
      corpus.storyById.get(id)!,
      words,
      byStory.get(id) ?? [],
      pageDate,
      canonical,
    );
    if (match.score >= STORY_THRESHOLD && (!best || match.score > best.score)) best = match;
  }
  return best;
}
