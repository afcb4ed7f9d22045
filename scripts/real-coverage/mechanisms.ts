/**
 * Issue 10's mechanisms put together around today's matcher, for measurement: story detection by
 * one score of quote evidence, entities, terms and date; highlights for quoted rare runs on a page
 * about the story; soft alignment for reworded and translated quotes; no lone words. Each can be
 * turned off (the ablation), and the thresholds are parameters (leave-one-story-out calibration).
 * The pieces are the core's new modules (src/core/text, compile, match); until the stage layout
 * lands this adapter stands where compile/ and match/ will call them, so the scorer can measure them.
 */
import { distinctiveTerms } from "../../src/core/compile/distinctive-terms.js";
import { loneWordIndex } from "../../src/core/compile/lone-word-index.js";
import { RARE_RUN_LENGTH, rareRuns } from "../../src/core/compile/rare-runs.js";
import { storyEntities, type StoryEntity } from "../../src/core/compile/story-entities.js";
import { keysOfWords, type WordKeys } from "../../src/core/compile/word-keys.js";
import type { CorpusStatement } from "../../src/core/corpus/schema.js";
import type { StoryMatch } from "../../src/core/match/detect-story.js";
import type { LoadedCorpus } from "../../src/core/match/load-corpus.js";
import { matchPage, type PageMatch, type SpanMatch } from "../../src/core/match/match-page.js";
import { entityEvidence } from "../../src/core/match/entity-evidence.js";
import {
  REWORDED_MIN_SAME_WORDS,
  REWORDED_MIN_SCORE,
  STORY_SCORE,
} from "../../src/core/match/mechanism-tuning.js";
import { statementOfLoneQuote } from "../../src/core/match/lone-words.js";
import { indexRuns, quoteEvidence, type StoryRun } from "../../src/core/match/quote-evidence.js";
import { softAlign, type PageWord } from "../../src/core/match/soft-align.js";
import { storyScore, weightedShare } from "../../src/core/match/story-score.js";
import { findQuoteSpans, paragraphRanges } from "../../src/core/text/quote-spans.js";
import { splitSentences } from "../../src/core/text/sentences.js";
import { STOPWORDS } from "../../src/core/text/word-classes.js";
import { stemWord } from "../../src/core/text/stem.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import type { Matcher } from "./score.js";

/** Which mechanisms are on: all, or all but one for the ablation. */
export interface Switches {
  readonly storyScore: boolean;
  readonly entities: boolean;
  readonly backgroundTerms: boolean;
  readonly quoteRuns: boolean;
  readonly reworded: boolean;
  readonly synonyms: boolean;
  readonly loneWords: boolean;
}

export const ALL_ON: Switches = {
  storyScore: true,
  entities: true,
  backgroundTerms: true,
  quoteRuns: true,
  reworded: true,
  synonyms: true,
  loneWords: true,
};

/** The thresholds the calibration chooses. */
export interface Tuning {
  readonly storyThreshold: number;
  readonly entityWeight: number;
  readonly termWeight: number;
  readonly rewordedMinScore: number;
  readonly rewordedMinSameWords: number;
}

/** The thresholds of src/core/match/mechanism-tuning.ts, chosen leave-one-story-out. */
export const DEFAULT_TUNING: Tuning = {
  storyThreshold: STORY_SCORE.threshold,
  entityWeight: STORY_SCORE.entityWeight,
  termWeight: STORY_SCORE.termWeight,
  rewordedMinScore: REWORDED_MIN_SCORE,
  rewordedMinSameWords: REWORDED_MIN_SAME_WORDS,
};

/** What compile time would add to each compiled story. */
interface StoryProfile {
  readonly id: string;
  readonly date: string;
  readonly entities: StoryEntity[];
  readonly terms: Array<[string, number]>;
  readonly runs: Map<string, StoryRun>;
  readonly lone: Map<string, string>;
  readonly statements: Array<{ statement: CorpusStatement; keys: WordKeys[]; speakerKeys: string[] }>;
}

const MAIN_ENTITIES = 10;
const TOPIC_TERMS = 25;

function speakerKeysOf(name: string | undefined): string[] {
  if (!name) return [];
  const words = tokenize(name).words;
  return words.length > 1 ? [words.join(" "), words.at(-1)!] : words;
}

/** Term weights from within-corpus frequency only: the ablation of the background table. */
function corpusOnlyTerms(articles: ReadonlyArray<readonly string[]>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const words of articles)
    for (const w of words) if (w.length >= 3 && !STOPWORDS.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 40);
  return top.map(([w, c]) => [w, c / top[0]![1]]);
}

function profileStories(
  corpus: LoadedCorpus,
  texts: ReadonlyMap<string, string>,
  switches: Switches,
): StoryProfile[] {
  return corpus.data.stories.map((story) => {
    const articles = story.articleIds.map((id) => corpus.articleById.get(id)!);
    const bodies = articles.map((a) => ({ title: a.title, body: texts.get(a.file) ?? "" }));
    const statements = story.statementIds.map((id) => corpus.statementById.get(id)!);
    const speakers = statements.flatMap((s) => (s.speaker ? [s.speaker] : []));
    const words = bodies.map((b) => tokenize(`${b.title}\n\n${b.body}`).words);
    const outletWords = new Set(articles.flatMap((a) => tokenize(a.outlet).words));
    const renderings = statements.flatMap((s) =>
      s.quoteIds.map((q) => ({ id: s.id, words: tokenize(corpus.quoteById.get(q)!.text).words })),
    );
    const e = storyEntities(bodies, speakers);
    return {
      id: story.id,
      date: story.date,
      entities: [...e.people, ...e.organisations, ...e.places]
        .sort((a, b) => b.count - a.count)
        .slice(0, MAIN_ENTITIES),
      terms: switches.backgroundTerms ? distinctiveTerms(words, outletWords) : corpusOnlyTerms(words),
      runs: indexRuns(rareRuns(renderings)),
      lone: new Map(loneWordIndex(renderings)),
      statements: statements.map((statement) => ({
        statement,
        keys: keysOfWords(tokenize(statement.text).words),
        speakerKeys: speakerKeysOf(statement.speaker?.name),
      })),
    };
  });
}

function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

interface PageQuote {
  readonly start: number;
  readonly end: number;
  readonly words: string[];
  readonly starts: number[];
  readonly ends: number[];
}

function scoreStory(
  profile: StoryProfile,
  page: { words: string[]; wordSet: Set<string>; quotes: PageQuote[]; date: string | null },
  switches: Switches,
  tuning: Tuning = DEFAULT_TUNING,
): { score: number; quoted: string[] } {
  const quote = switches.quoteRuns
    ? quoteEvidence(
        page.quotes.map((q) => q.words),
        profile.runs,
        RARE_RUN_LENGTH,
      )
    : { strength: 0, statementIds: [] };
  const entities = switches.entities ? entityEvidence(page.words, profile.entities).share : 0;
  const terms = weightedShare(profile.terms.slice(0, TOPIC_TERMS), (t) => page.wordSet.has(t));
  const days = page.date ? daysBetween(page.date, profile.date) : null;
  const weights = {
    quoteWeight: STORY_SCORE.quoteWeight,
    entityWeight: tuning.entityWeight,
    termWeight: tuning.termWeight,
  };
  return {
    score: storyScore({ quote: quote.strength, entities, terms, dateDistanceDays: days }, weights),
    quoted: quote.statementIds,
  };
}

function storyMatchOf(
  profile: StoryProfile,
  corpus: LoadedCorpus,
  score: number,
  quoted: string[],
): StoryMatch {
  return {
    id: profile.id,
    title: corpus.storyById.get(profile.id)!.title,
    score,
    evidence: { statements: quoted, people: [], places: [], terms: [], dateDistanceDays: null, url: false },
  };
}

/** The text around a quote that may name its speaker: its sentence, else its paragraph and the one before. */
function contextWords(
  text: string,
  quote: PageQuote,
  sentences: ReturnType<typeof splitSentences>,
): string[] {
  const sentence = sentences.find((s) => s.start <= quote.start && quote.end <= s.end);
  return sentence ? tokenize(text, sentence.start, sentence.end).words : [];
}

function paragraphWords(text: string, quote: PageQuote, paragraphs: Array<[number, number]>): string[] {
  const i = paragraphs.findIndex(([s, e]) => s <= quote.start && quote.start < e);
  if (i < 0) return [];
  return tokenize(text, paragraphs[Math.max(0, i - 1)]![0], paragraphs[i]![1]).words;
}

const names = (words: readonly string[], keys: readonly string[]): boolean => {
  const joined = ` ${words.join(" ")} `;
  return keys.some((k) => joined.includes(` ${k} `));
};

function spanMatch(
  statement: CorpusStatement,
  start: number,
  end: number,
  text: string,
  occurrence: number,
): SpanMatch {
  return {
    statementId: statement.id,
    quoteId: statement.canonicalQuoteId,
    kind: "partial",
    start,
    end,
    text: text.slice(start, end),
    coverage: 0,
    occurrence,
  };
}

/** A page quote aligned with the story's statements, softly; the best accepted one, or null. */
function rewordedStatement(
  quote: PageQuote,
  profile: StoryProfile,
  switches: Switches,
  tuning: Tuning,
  context: string[],
): CorpusStatement | null {
  const page: PageWord[] = quote.words.map((word) => ({ word, stem: stemWord(word) }));
  let best: { statement: CorpusStatement; score: number } | null = null;
  for (const { statement, keys, speakerKeys } of profile.statements) {
    // Attributed to the statement's own speaker: a reworded quote by someone else is not this statement.
    if (!names(context, speakerKeys)) continue;
    const corpus = switches.synonyms ? keys : keys.map((k) => ({ ...k, related: [] }));
    const alignment = softAlign(page, corpus, (w) => STOPWORDS.has(w));
    if (
      !alignment ||
      alignment.score < tuning.rewordedMinScore ||
      alignment.sameWords < tuning.rewordedMinSameWords
    )
      continue;
    if (!best || alignment.score > best.score) best = { statement, score: alignment.score };
  }
  return best?.statement ?? null;
}

interface PageContext {
  readonly text: string;
  readonly quotes: PageQuote[];
  readonly sentences: ReturnType<typeof splitSentences>;
  readonly paragraphs: Array<[number, number]>;
}

function extraMatches(
  page: PageContext,
  profile: StoryProfile,
  taken: SpanMatch[],
  switches: Switches,
  tuning: Tuning,
): SpanMatch[] {
  const added: SpanMatch[] = [];
  const byId = new Map(profile.statements.map((s) => [s.statement.id, s]));
  for (const quote of page.quotes) {
    if ([...taken, ...added].some((m) => m.start < quote.end && quote.start < m.end)) continue;
    const n = quote.words.length;
    let statement: CorpusStatement | null = null;
    if (n >= 1 && n <= 2 && switches.loneWords) {
      const context = contextWords(page.text, quote, page.sentences);
      const id = statementOfLoneQuote(
        { words: quote.words, sentence: context },
        profile.lone,
        (sid) => byId.get(sid)?.speakerKeys ?? [],
      );
      statement = id ? byId.get(id)!.statement : null;
    } else if (n >= RARE_RUN_LENGTH) {
      if (switches.quoteRuns) {
        const found = quoteEvidence([quote.words], profile.runs, RARE_RUN_LENGTH).statementIds[0];
        statement = found ? byId.get(found)!.statement : null;
      }
      if (!statement && switches.reworded && n >= 4)
        statement = rewordedStatement(
          quote,
          profile,
          switches,
          tuning,
          paragraphWords(page.text, quote, page.paragraphs),
        );
    }
    if (statement) added.push(spanMatch(statement, quote.start, quote.end, page.text, 10_000 + added.length));
  }
  return added;
}

/** Matches of one or two words the lone-word rule does not allow: distinctive, speaker named. */
function allowedLone(
  m: SpanMatch,
  page: PageContext,
  profiles: ReadonlyMap<string, StoryProfile>,
  corpus: LoadedCorpus,
): boolean {
  const words = tokenize(m.text).words;
  if (words.length > 2) return true;
  const statement = corpus.statementById.get(m.statementId)!;
  const profile = profiles.get(statement.storyId)!;
  const quote: PageQuote = { start: m.start, end: m.end, words, starts: [], ends: [] };
  const sentence = contextWords(page.text, quote, page.sentences);
  const keys = (sid: string): string[] =>
    profile.statements.find((s) => s.statement.id === sid)?.speakerKeys ?? [];
  return statementOfLoneQuote({ words, sentence }, profile.lone, keys) === m.statementId;
}

/**
 * A matcher with the mechanisms switched as given. `articleTexts` are the corpus articles' texts by
 * file name (the compiled corpus keeps only their first and last words).
 */
export function mechanismMatcher(
  articleTexts: ReadonlyMap<string, string>,
  switches: Switches = ALL_ON,
  tuning: Tuning = DEFAULT_TUNING,
  base: Matcher = cachedMatchPage,
): Matcher {
  return (text, corpus, options) => {
    const byStory = profilesOf(corpus, articleTexts, switches);
    const result = base(text, corpus, options);
    const spans = findQuoteSpans(text);
    const page: PageContext = {
      text,
      quotes: spans.map((s) => ({ start: s.start, end: s.end, ...tokenize(text, s.start, s.end) })),
      sentences: splitSentences(text, spans),
      paragraphs: paragraphRanges(text),
    };
    let story = result.story;
    // Today's detection is precise (one near-miss page in 70): the story score only adds the pages it misses.
    if (switches.storyScore && !story) {
      const words = tokenize(text).words;
      const facts = {
        words,
        wordSet: new Set(words),
        quotes: page.quotes,
        date: options.date ?? result.date,
      };
      let best: StoryMatch | null = null;
      for (const profile of byStory.values()) {
        const { score, quoted } = scoreStory(profile, facts, switches, tuning);
        if (score >= tuning.storyThreshold && (!best || score > best.score))
          best = storyMatchOf(profile, corpus, score, quoted);
      }
      story = best;
    }
    let matches = result.matches.filter((m) => story || !isStoryGated(m));
    if (switches.loneWords) matches = matches.filter((m) => allowedLone(m, page, byStory, corpus));
    if (story) {
      const own = matches.filter(
        (m) => corpus.statementById.get(m.statementId)!.storyId === story.id || !isStoryGated(m),
      );
      matches = [...own, ...extraMatches(page, byStory.get(story.id)!, own, switches, tuning)];
    }
    return { ...result, story, matches: matches.sort((a, b) => a.start - b.start) };
  };
}

/** The story-score signals of a page for each story, for diagnosis. */
export function storySignals(
  text: string,
  corpus: LoadedCorpus,
  date: string | null,
  articleTexts: ReadonlyMap<string, string>,
): Array<{ story: string; score: number; quoted: string[] }> {
  const spans = findQuoteSpans(text);
  const words = tokenize(text).words;
  const quotes = spans.map((s) => ({ start: s.start, end: s.end, ...tokenize(text, s.start, s.end) }));
  return [...profilesOf(corpus, articleTexts, ALL_ON).values()].map((profile) => ({
    story: profile.id,
    ...scoreStory(profile, { words, wordSet: new Set(words), quotes, date }, ALL_ON),
  }));
}

/** Matches the base matcher only makes on a page about the story: short ones. */
function isStoryGated(m: SpanMatch): boolean {
  return m.kind === "partial" && m.coverage < 0.5;
}

const profileCache = new WeakMap<LoadedCorpus, Map<boolean, Map<string, StoryProfile>>>();

/** The stories' compile-time profiles, once per corpus (only the term table's switch changes them). */
function profilesOf(
  corpus: LoadedCorpus,
  texts: ReadonlyMap<string, string>,
  switches: Switches,
): Map<string, StoryProfile> {
  let bySwitch = profileCache.get(corpus);
  if (!bySwitch) profileCache.set(corpus, (bySwitch = new Map()));
  let profiles = bySwitch.get(switches.backgroundTerms);
  if (!profiles) {
    profiles = new Map(profileStories(corpus, texts, switches).map((p) => [p.id, p]));
    bySwitch.set(switches.backgroundTerms, profiles);
  }
  return profiles;
}

const baseCache = new WeakMap<LoadedCorpus, Map<string, PageMatch>>();

/** matchPage, remembered per corpus and page: the calibration scans each page many times. */
export const cachedMatchPage: Matcher = (text, corpus, options) => {
  let byPage = baseCache.get(corpus);
  if (!byPage) baseCache.set(corpus, (byPage = new Map()));
  const key = `${options.url ?? ""}\n${options.date ?? ""}\n${text}`;
  let found = byPage.get(key);
  if (!found) byPage.set(key, (found = matchPage(text, corpus, options)));
  return found;
};
