/**
 * The real-coverage scorer: every page of every story scanned against its own story's corpus and
 * against one corpus of all the stories, measured against the pages' labels. Pure measurement; the
 * matcher and the compiler are parameters, so a calibration can score candidate tunings, and can
 * choose thresholds on all stories but one and measure on that one (leave-one-story-out):
 *
 *   const corpora = prepareCorpora(all);                  // compile once
 *   for (const heldOut of all) {
 *     const rest = all.filter((s) => s !== heldOut);
 *     const tuning = best(candidates, (t) => scoreStories(rest, { match: withTuning(t), corpora }));
 *     report(scoreStories([heldOut], { match: withTuning(tuning), corpora }));
 *   }
 */
import type { LoadedCorpus } from "../../src/core/match/load-corpus.js";
import {
  matchPage,
  type MatchOptions,
  type PageMatch,
  type SpanMatch,
} from "../../src/core/match/match-page.js";
import {
  prepareMultiStoryCorpus,
  prepareStoryCorpus,
  type CompileCorpus,
  type PreparedCorpus,
  type StatementMapping,
} from "./corpora.js";
import type { LabelKind, PageFixture, StoryFixture } from "./fixtures.js";
import { overlaps, placeLabels, type PlacedLabels } from "./labels.js";
import { nameWords, sameSpeaker } from "./names.js";

/** What the content script calls: the page's text, the corpus, the page's URL and date. */
export type Matcher = (text: string, corpus: LoadedCorpus, options: MatchOptions) => PageMatch;

export interface Ratio {
  readonly hit: number;
  readonly total: number;
}

export interface PageRef {
  readonly story: string;
  /** The page's file name in the story's pages/ folder. */
  readonly page: string;
  readonly outlet: string;
}

/** Why a false highlight is there, when a label explains it. */
export type FalseHighlightHit =
  | "lookalike"
  | "paraphrase"
  | "another statement's quote"
  | "another story"
  /** A quote the compiler found in a corpus article that story.json does not list: no label speaks for it. */
  | "not in story.json";

export interface FalseHighlight extends PageRef {
  readonly statementId: string;
  readonly text: string;
  readonly hits: FalseHighlightHit[];
}

export interface CrossStoryCredit extends PageRef {
  readonly statementId: string;
  readonly creditedStory: string;
  readonly text: string;
}

export interface MissedLabel extends PageRef {
  readonly statement: string;
  readonly kind: LabelKind;
  readonly text: string;
}

/** One story's pages (or several stories' together) against one corpus. */
export interface CorpusScore {
  /** Labelled quote spans highlighted with their own statement. */
  readonly recall: Ratio;
  readonly recallByKind: Partial<Record<LabelKind, Ratio>>;
  readonly rewordedOrTranslated: Ratio;
  /** Same-event pages taken for their own story. */
  readonly sameRecognised: Ratio;
  /** Near-miss pages that quote no corpus statement, taken for a story. */
  readonly nearMissTaken: PageRef[];
  /** Unrelated pages taken for a story or given any highlight. */
  readonly unrelatedFlagged: PageRef[];
  /** Highlights overlapping no label of the statement they are credited to. */
  readonly falseHighlights: FalseHighlight[];
  /** Compiled statements whose speaker shares a name word with story.json's. */
  readonly statementSpeakers: Ratio;
  /** Labels whose page credits a named story speaker: that name against the compiled statement's speaker. */
  readonly creditedSpeakers: Ratio;
  /** Highlights credited to a statement of another story (multi-story corpus only). */
  readonly crossStory: CrossStoryCredit[];
  readonly missed: MissedLabel[];
  readonly statements: StatementMapping[];
}

export interface StoryScore {
  readonly id: string;
  readonly title: string;
  readonly pages: Readonly<Record<PageFixture["group"], number>>;
  /** Against the story's own corpus. */
  readonly single: CorpusScore;
  /** Against the multi-story corpus, when measured. */
  readonly multi: CorpusScore | null;
}

export interface CoverageScore {
  readonly stories: StoryScore[];
  readonly total: { readonly single: CorpusScore; readonly multi: CorpusScore | null };
}

/** Compiled corpora for a set of stories, reusable across many scoring runs. */
export interface Corpora {
  readonly single: ReadonlyMap<string, PreparedCorpus>;
  readonly multi: PreparedCorpus | null;
}

export interface ScoreOptions {
  /** The matcher under measurement (default: the core's matchPage). */
  readonly match?: Matcher;
  /** The corpus compiler (default: the core's compileCorpus); ignored when `corpora` is given. */
  readonly compile?: CompileCorpus;
  /** Measure against the multi-story corpus too (default true). */
  readonly multiStory?: boolean;
  /**
   * Already compiled corpora, e.g. from {@link prepareCorpora} over every story, when only a subset
   * is measured: a held-out story is still scanned against the corpus that holds all stories.
   */
  readonly corpora?: Corpora;
}

/** Compiles each story's corpus, and all of them as one multi-story corpus. */
export function prepareCorpora(
  stories: readonly StoryFixture[],
  options: Pick<ScoreOptions, "compile" | "multiStory"> = {},
): Corpora {
  return {
    single: new Map(stories.map((s) => [s.id, prepareStoryCorpus(s, options.compile)])),
    multi: options.multiStory === false ? null : prepareMultiStoryCorpus(stories, options.compile),
  };
}

/** Scores `stories`: each against its own corpus and, unless turned off, the multi-story corpus. */
export function scoreStories(stories: readonly StoryFixture[], options: ScoreOptions = {}): CoverageScore {
  const match = options.match ?? matchPage;
  const corpora = options.corpora ?? prepareCorpora(stories, options);
  const useMulti = options.multiStory !== false && corpora.multi !== null;
  const scored = stories.map((story): StoryScore => {
    const single = corpora.single.get(story.id) ?? prepareStoryCorpus(story, options.compile);
    const multi = useMulti && corpora.multi!.storyIds.has(story.id) ? corpora.multi : null;
    if (useMulti && !multi) throw new Error(`story ${story.id} is not in the multi-story corpus given`);
    const pages = { same: 0, "near-miss": 0, unrelated: 0 };
    for (const page of story.pages) pages[page.group]++;
    return {
      id: story.id,
      title: story.title,
      pages,
      single: scoreAgainst(story, single, match),
      multi: multi ? scoreAgainst(story, multi, match) : null,
    };
  });
  return {
    stories: scored,
    total: {
      single: mergeScores(scored.map((s) => s.single)),
      multi: useMulti ? mergeScores(scored.map((s) => s.multi!)) : null,
    },
  };
}

interface Tally {
  recall: Ratio;
  recallByKind: Partial<Record<LabelKind, Ratio>>;
  rewordedOrTranslated: Ratio;
  sameRecognised: Ratio;
  creditedSpeakers: Ratio;
  nearMissTaken: PageRef[];
  unrelatedFlagged: PageRef[];
  falseHighlights: FalseHighlight[];
  crossStory: CrossStoryCredit[];
  missed: MissedLabel[];
}

const add = (r: Ratio, hit: boolean): Ratio => ({ hit: r.hit + (hit ? 1 : 0), total: r.total + 1 });
const sum = (a: Ratio, b: Ratio): Ratio => ({ hit: a.hit + b.hit, total: a.total + b.total });
const ZERO: Ratio = { hit: 0, total: 0 };

/** Context of one story against one corpus. */
interface Scan {
  readonly story: StoryFixture;
  readonly corpus: LoadedCorpus;
  readonly ownStories: ReadonlySet<string>;
  readonly mapping: ReadonlyMap<string, StatementMapping>;
  /** Name words of every story.json speaker: a credited name is compared only when it names one. */
  readonly storySpeakerWords: ReadonlySet<string>;
  /** Compiled statement ids some story.json statement maps to. */
  readonly labelled: ReadonlySet<string>;
}

function scoreAgainst(story: StoryFixture, prepared: PreparedCorpus, match: Matcher): CorpusScore {
  const statements = [...prepared.statements.get(story.id)!];
  const scan: Scan = {
    story,
    corpus: prepared.loaded,
    ownStories: prepared.storyIds.get(story.id)!,
    mapping: new Map(statements.map((m) => [m.id, m])),
    storySpeakerWords: new Set(story.statements.flatMap((s) => [...nameWords(s.speaker)])),
    labelled: new Set(statements.flatMap((m) => m.compiledIds)),
  };
  const tally: Tally = {
    recall: ZERO,
    recallByKind: {},
    rewordedOrTranslated: ZERO,
    sameRecognised: ZERO,
    creditedSpeakers: ZERO,
    nearMissTaken: [],
    unrelatedFlagged: [],
    falseHighlights: [],
    crossStory: [],
    missed: [],
  };
  for (const page of story.pages) {
    const result = match(page.text, prepared.loaded, { url: page.url, date: page.date });
    scorePage(scan, page, result, tally);
  }
  return {
    ...tally,
    statementSpeakers: statements.reduce((r, m) => add(r, m.speakerRight), ZERO),
    statements,
  };
}

function scorePage(scan: Scan, page: PageFixture, result: PageMatch, tally: Tally): void {
  const ref: PageRef = { story: scan.story.id, page: page.file, outlet: page.outlet };
  const placed = placeLabels(page);
  const detected = result.story?.id ?? null;
  if (page.group === "same")
    tally.sameRecognised = add(tally.sameRecognised, detected !== null && scan.ownStories.has(detected));
  if (page.group === "near-miss" && page.spans.length === 0 && detected !== null)
    tally.nearMissTaken.push(ref);
  if (page.group === "unrelated" && (detected !== null || result.matches.length > 0))
    tally.unrelatedFlagged.push(ref);
  scoreLabels(scan, ref, placed, result, tally);
  for (const m of result.matches) {
    const storyId = scan.corpus.statementById.get(m.statementId)!.storyId;
    const anotherStory = !scan.ownStories.has(storyId);
    if (anotherStory)
      tally.crossStory.push({ ...ref, statementId: m.statementId, creditedStory: storyId, text: m.text });
    const hits = falseHighlightHits(scan, placed, m, anotherStory);
    if (hits) tally.falseHighlights.push({ ...ref, statementId: m.statementId, text: m.text, hits });
  }
}

/** Recall and credited speakers over the page's span labels. */
function scoreLabels(scan: Scan, ref: PageRef, placed: PlacedLabels, result: PageMatch, tally: Tally): void {
  for (const { label, region } of placed.spans) {
    const mapping = scan.mapping.get(label.statement)!;
    const found = result.matches.find(
      (m) => mapping.compiledIds.includes(m.statementId) && overlaps(m, region),
    );
    tally.recall = add(tally.recall, found !== undefined);
    tally.recallByKind[label.kind] = add(tally.recallByKind[label.kind] ?? ZERO, found !== undefined);
    if (label.kind === "reworded" || label.kind === "translated")
      tally.rewordedOrTranslated = add(tally.rewordedOrTranslated, found !== undefined);
    if (!found) tally.missed.push({ ...ref, statement: label.statement, kind: label.kind, text: label.text });
    // What the hover card would show: the matched statement's speaker, else the statement's.
    const shown = found
      ? scan.corpus.statementById.get(found.statementId)!.speaker?.name
      : mapping.compiledSpeaker;
    const credited = label.speaker ?? "";
    const named = [...nameWords(credited)].some((w) => scan.storySpeakerWords.has(w));
    if (named && mapping.compiledIds.length > 0)
      tally.creditedSpeakers = add(tally.creditedSpeakers, !!shown && sameSpeaker(credited, shown));
  }
}

/** Null when the highlight is a labelled quote of its statement; else what it overlaps. */
function falseHighlightHits(
  scan: Scan,
  placed: PlacedLabels,
  m: SpanMatch,
  anotherStory: boolean,
): FalseHighlightHit[] | null {
  const reports = (statement: string): boolean =>
    scan.mapping.get(statement)!.compiledIds.includes(m.statementId);
  if (placed.statementText.some((r) => overlaps(m, r) && reports(r.statement))) return null;
  const hits: FalseHighlightHit[] = [];
  if (placed.lookalikes.some((r) => overlaps(m, r))) hits.push("lookalike");
  if (placed.paraphrases.some((r) => overlaps(m, r))) hits.push("paraphrase");
  if (placed.spans.some((s) => overlaps(m, s.region))) hits.push("another statement's quote");
  if (anotherStory) hits.push("another story");
  if (!scan.labelled.has(m.statementId)) hits.push("not in story.json");
  return hits;
}

/** Several stories' scores as one: ratios summed, lists joined. */
export function mergeScores(scores: readonly CorpusScore[]): CorpusScore {
  const byKind: Partial<Record<LabelKind, Ratio>> = {};
  for (const s of scores)
    for (const [kind, r] of Object.entries(s.recallByKind) as Array<[LabelKind, Ratio]>)
      byKind[kind] = sum(byKind[kind] ?? ZERO, r);
  const ratio = (
    key: "recall" | "rewordedOrTranslated" | "sameRecognised" | "statementSpeakers" | "creditedSpeakers",
  ) => scores.reduce((r, s) => sum(r, s[key]), ZERO);
  return {
    recall: ratio("recall"),
    recallByKind: byKind,
    rewordedOrTranslated: ratio("rewordedOrTranslated"),
    sameRecognised: ratio("sameRecognised"),
    statementSpeakers: ratio("statementSpeakers"),
    creditedSpeakers: ratio("creditedSpeakers"),
    nearMissTaken: scores.flatMap((s) => s.nearMissTaken),
    unrelatedFlagged: scores.flatMap((s) => s.unrelatedFlagged),
    falseHighlights: scores.flatMap((s) => s.falseHighlights),
    crossStory: scores.flatMap((s) => s.crossStory),
    missed: scores.flatMap((s) => s.missed),
    statements: scores.flatMap((s) => s.statements),
  };
}

/** A ratio as a share, or null when there is nothing to measure. */
export function share(r: Ratio): number | null {
  return r.total === 0 ? null : r.hit / r.total;
}
