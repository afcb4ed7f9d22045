/**
 * Reworded and translated quotes, on a page already known to be about a story: a quotation the
 * verbatim matcher left unmatched is aligned softly (./soft-align.ts: same stems, WordNet synonyms
 * expanded at compile time) with each rendering of each of the story's statements. It is that
 * statement when the alignment is good enough and the page attributes the quote to the
 * statement's own speaker (named in its paragraph or the few before), or when it prints a rare run
 * of the statement (../compile/rare-runs.ts). Paraphrase outside quotation marks is never aligned.
 */
import { memoOn, memoOnPair } from "../common/memo.js";
import { splitRange } from "../common/split-range.js";
import { addTo } from "../common/multimap.js";
import { loneRunsOf, rareRunsIn, type LoadedCorpus } from "./load-corpus.js";
import { softAlign, type CorpusWordKeys, type PageWord, type SoftAlignment } from "./soft-align.js";
import {
  REWORDED_MIN_SAME_WORDS,
  REWORDED_MIN_SCORE,
  REWORDED_FRAGMENT_EXPLAINED,
  REWORDED_FRAGMENT_RARITY,
  REWORDED_MIN_WORDS,
  REWORDED_WHOLE_SHARE,
  REWORDED_PART_COVERAGE,
  REWORDED_PART_WORDS,
  REWORDED_SHORT_RARITY,
  SOFT_ALIGN_WEIGHTS,
} from "./tuning.js";
import { stemWord } from "../text/stem.js";
import { renderingOf } from "../corpus/schema.js";
import { quoteTokens } from "../text/quote-tokens.js";
import { endsSentenceBetween } from "../text/sentences.js";
import { tokenize } from "../text/tokenize.js";
import { STOPWORDS } from "../text/word-classes.js";

/** What a calibration may vary; the defaults are tuning.ts's. */
export interface RewordedTuning {
  readonly minScore: number;
  readonly minSameWords: number;
}

export const REWORDED_TUNING: RewordedTuning = {
  minScore: REWORDED_MIN_SCORE,
  minSameWords: REWORDED_MIN_SAME_WORDS,
};

/** A run of unmatched words inside one quotation: page word indexes [from, to]. */
export interface QuotedRun {
  readonly from: number;
  readonly to: number;
  readonly words: readonly string[];
  /** Normalised words of the quote's paragraph and the few before (SPEAKER_CONTEXT_PARAGRAPHS): where its speaker is named. */
  readonly context: readonly string[];
  /** The words as the page prints them, for the differences a reader sees (normalised without). */
  readonly printed?: readonly string[];
}

export interface RewordedMatch {
  readonly statementId: string;
  readonly quoteId: string;
  /** Page word indexes [from, to] of the aligned part. */
  readonly from: number;
  readonly to: number;
  /** 0–1: the better of the ordered alignment's score and the order-free one ({@link bagScore}). */
  readonly score: number;
  /**
   * The quote renders the statement (or one of its sentences) as a whole, not a fragment or a
   * rare run of it: only that is evidence of the story, since the speaker's phrases recur on his
   * other occasions ("very good and productive", of another call).
   */
  readonly whole: boolean;
  /** The rarities of the statement's words the quote renders, names aside ({@link BagScore.rarity}). */
  readonly rarity: number;
  readonly alignment: SoftAlignment;
}

/** A corpus word's compile-time keys; a word without them (an older corpus) is its own stem. */
function keysOf(corpus: LoadedCorpus, word: string): CorpusWordKeys {
  return corpus.wordKeys.get(word) ?? { word, stems: [stemWord(word)], related: [] };
}

/** A rendering's words with their compile-time keys. */
const keysOfVersion = memoOnPair((corpus: LoadedCorpus, version: number): CorpusWordKeys[] => {
  const vocabulary = corpus.data.index.vocabulary;
  return corpus.data.index.versions[version]!.words.map((id) => keysOf(corpus, vocabulary[id]!));
});

/**
 * A rendering's sentences, each as keyed words: an outlet translating a long statement may render
 * one of its sentences, and should be scored against that sentence, not the whole.
 */
const sentencesOfQuote = memoOnPair((corpus: LoadedCorpus, quoteId: string): CorpusWordKeys[][] => {
  const text = corpus.quoteById.get(quoteId)!.text;
  const tokens = tokenize(text);
  return splitRange(0, tokens.words.length - 1, (i) =>
    endsSentenceBetween(text, tokens.ends[i]!, tokens.starts[i + 1]!),
  ).map(([from, to]) => tokens.words.slice(from, to + 1).map((word) => keysOf(corpus, word)));
});

/** A rendering's spoken words as its outlet prints them ("don't", not "dont"). */
const printedWordsOf = memoOnPair((corpus: LoadedCorpus, quoteId: string): string[] => {
  const { source, segments } = renderingOf(corpus.quoteById.get(quoteId)!);
  const tokens = quoteTokens(source, segments);
  return tokens.words.flatMap((_, i) =>
    tokens.bracketed[i] ? [] : [source.slice(tokens.starts[i], tokens.ends[i])],
  );
});

/** One quote id per distinct wording of a statement: ten outlets printing one wire copy are one. */
const distinctRenderings = memoOnPair((corpus: LoadedCorpus, statementId: string): string[] => {
  const seen = new Set<string>();
  return corpus.statementById.get(statementId)!.quoteIds.filter((id) => {
    const words = corpus.data.index.versions[corpus.quoteIndex.get(id)!]!.words.join(" ");
    if (seen.has(words)) return false;
    seen.add(words);
    return true;
  });
});

/** A distinct rendering of one of a story's statements, in the story's order of statements. */
interface StoryRendering {
  readonly statementId: string;
  readonly quoteId: string;
  readonly version: number;
}

/**
 * A story's distinct renderings, and the stem of each of their content words → the renderings
 * that print it. Every acceptance below needs a content word printed the same (an anchor, or the
 * words of a rare run), and most of a page's quotes share none with most renderings: the index
 * finds the few that do without looking at the rest.
 */
const renderingsOfStory = memoOnPair(
  (
    corpus: LoadedCorpus,
    storyId: string,
  ): { renderings: StoryRendering[]; byStem: Map<string, number[]> } => {
    const renderings: StoryRendering[] = [];
    const byStem = new Map<string, number[]>();
    for (const statementId of corpus.storyById.get(storyId)!.statementIds)
      for (const quoteId of distinctRenderings(corpus, statementId)) {
        const version = corpus.quoteIndex.get(quoteId)!;
        const at = renderings.push({ statementId, quoteId, version }) - 1;
        const stems = new Set<string>();
        for (const k of keysOfVersion(corpus, version))
          if (!STOPWORDS.has(k.word)) k.stems.forEach((st) => stems.add(st));
        for (const st of stems) addTo(byStem, st, at);
      }
    return { renderings, byStem };
  },
);

/** The story's renderings that print one of the page stems as the page does, in the story's order. */
function renderingsSharingStems(
  corpus: LoadedCorpus,
  storyId: string,
  pageStems: ReadonlySet<string>,
): StoryRendering[] {
  const { renderings, byStem } = renderingsOfStory(corpus, storyId);
  const found = new Set<number>();
  for (const st of pageStems) for (const at of byStem.get(st) ?? []) found.add(at);
  return [...found].sort((a, b) => a - b).map((at) => renderings[at]!);
}

/**
 * The words of the names a story knows, its main entities' and its speakers': a name is rare in
 * English, but quoting it is mentioning it ("The China-U.S.", "Sam Altman and Greg Brockman").
 */
const namesOfStory = memoOnPair((corpus: LoadedCorpus, storyId: string): Set<string> => {
  const story = corpus.storyById.get(storyId)!;
  const names = new Set(story.entities.flatMap((e) => e.keys.flatMap((k) => k.split(" "))));
  for (const id of story.statementIds) {
    const speaker = corpus.statementById.get(id)!.speaker;
    if (speaker) tokenize(speaker.name).words.forEach((w) => names.add(w));
  }
  return names;
});

/** A distinctive pair of a story's statements (a two-word lone run) with its words' keys. */
interface LonePair {
  readonly run: string;
  readonly words: readonly [CorpusWordKeys, CorpusWordKeys];
}

/** The story's distinctive pairs by the stems of each of their words. */
const lonePairsByStem = memoOnPair((corpus: LoadedCorpus, storyId: string): Map<string, LonePair[]> => {
  const byStem = new Map<string, LonePair[]>();
  for (const run of loneRunsOf(corpus, storyId).keys()) {
    const words = run.split(" ");
    if (run.startsWith("~") || words.length !== 2) continue;
    const pair: LonePair = { run, words: [keysOf(corpus, words[0]!), keysOf(corpus, words[1]!)] };
    for (const keys of pair.words) for (const stem of keys.stems) addTo(byStem, stem, pair);
  }
  return byStem;
});

/**
 * The story's distinctive pair a two-word quote renders with one word in other words ("false
 * feminists" or "fake feminism" for "false feminism", "strongly opposes" for "firmly opposes"):
 * one word printed the same, the other a WordNet synonym or derived form. Returns the pair's run
 * and which of the quote's words differs, or null.
 */
export function rewordedPair(
  corpus: LoadedCorpus,
  storyId: string,
  words: readonly string[],
): { run: string; differs: 0 | 1 } | null {
  if (words.length !== 2) return null;
  const page = stemmed(words);
  for (const stem of stemsOf(page))
    for (const pair of lonePairsByStem(corpus, storyId).get(stem) ?? [])
      for (const differs of [0, 1] as const) {
        const same = differs === 0 ? 1 : 0;
        const [word, keys] = [page[differs]!, pair.words[differs]];
        if (!pair.words[same].stems.includes(page[same]!.stem) || STOPWORDS.has(word.word)) continue;
        if (!keys.stems.includes(word.stem) && keys.related.includes(word.stem))
          return { run: pair.run, differs };
      }
  return null;
}

/** How a page names a statement's speaker: full name, a word of it, the institutions of their role, the role. */
export const speakerKeys = memoOnPair((corpus: LoadedCorpus, statementId: string): string[] => {
  const speaker = corpus.statementById.get(statementId)!.speaker;
  if (!speaker) return [];
  const words = speaker.name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  // Every word of a person's name: the family name comes first in some ("Xi Jinping", "Xi").
  const keys = [words.join(" "), ...words];
  // And the roles the corpus gives them: "the prime minister said", "the spokesperson added".
  const roles = rolesOf(corpus).get(speaker.id) ?? [];
  return [...new Set([...keys, ...(corpus.speakerInstitutions.get(speaker.id) ?? []), ...roles])].filter(
    (k) => k !== "" && !STOPWORDS.has(k),
  );
});

/** Speaker id → the roles the corpus gives them, normalised ("prime minister", "kremlin spokesman"). */
const rolesOf = memoOn((corpus: LoadedCorpus): Map<string, string[]> => {
  const found = new Map<string, Set<string>>();
  for (const quote of corpus.data.quotes) {
    if (!quote.speaker || !quote.role) continue;
    const role = tokenize(quote.role).words.join(" ");
    if (role !== "") found.set(quote.speaker.id, (found.get(quote.speaker.id) ?? new Set()).add(role));
  }
  return new Map([...found].map(([id, set]) => [id, [...set]]));
});

/**
 * The score of a quote as the statement in other words, order aside: translators reorder clauses
 * ("We will be worse than before for a few months" for "For a few months, we're going to be worse
 * than before"), which an ordered alignment cannot follow. The harmonic mean of the share of the
 * statement's word weight the quote renders (same stem, or a WordNet synonym at half weight) and
 * the share of the quote's word weight that renders it; content words weigh 1, function words
 * {@link SOFT_ALIGN_WEIGHTS}.functionWord. Also counts the content words printed as the statement
 * prints them, the anchors.
 */
export interface BagScore {
  readonly score: number;
  /** Content words of the statement part the quote prints with the same stem. */
  readonly sameWords: number;
  /** Of those, the words of names (`names`). */
  readonly sameNames: number;
  readonly contentWords: number;
  /** Share (0–1) of the quote's word weight the statement part explains. */
  readonly explained: number;
  /** Share (0–1) of the statement part's word weight the quote renders. */
  readonly rendered: number;
  /** The rarities of the statement's content words the quote renders, added up; names count nothing. */
  readonly rarity: number;
}

/** The stems a statement part prints and those of its synonyms; a part is scored against many quotes. */
const stemsOfPart = memoOn((corpus: readonly CorpusWordKeys[]) => ({
  corpusStems: new Set(corpus.flatMap((k) => k.stems)),
  relatedStems: new Set(corpus.flatMap((k) => k.related)),
}));

export function bagScore(
  page: readonly PageWord[],
  corpus: readonly CorpusWordKeys[],
  names: ReadonlySet<string> = new Set(),
): BagScore {
  const weight = (w: string): number => (STOPWORDS.has(w) ? SOFT_ALIGN_WEIGHTS.functionWord : 1);
  const pageStemSet = stemsOf(page);
  let rendered = 0;
  let total = 0;
  let sameWords = 0;
  let sameNames = 0;
  let contentWords = 0;
  let rarity = 0;
  const { corpusStems, relatedStems } = stemsOfPart(corpus);
  // Content words are counted once however often the statement repeats them: "good" twice in
  // "very good and productive … a very good chance" is one anchor.
  const counted = new Set<string>();
  for (const keys of corpus) {
    const w = weight(keys.word);
    total += w;
    const first = w === 1 && !counted.has(keys.word);
    if (first) counted.add(keys.word);
    if (first) contentWords++;
    if (keys.stems.some((st) => pageStemSet.has(st))) {
      rendered += w;
      if (first) sameWords++;
      if (first && names.has(keys.word)) sameNames++;
      if (first && !names.has(keys.word)) rarity += keys.rarity ?? 0;
    } else if (keys.related.some((st) => pageStemSet.has(st))) {
      rendered += SOFT_ALIGN_WEIGHTS.related * w;
      if (first && !names.has(keys.word)) rarity += SOFT_ALIGN_WEIGHTS.related * (keys.rarity ?? 0);
    }
  }
  let explained = 0;
  let pageTotal = 0;
  for (const { word, stem } of page) {
    const w = weight(word);
    pageTotal += w;
    if (corpusStems.has(stem)) explained += w;
    else if (relatedStems.has(stem)) explained += SOFT_ALIGN_WEIGHTS.related * w;
  }
  const a = total > 0 ? rendered / total : 0;
  const b = pageTotal > 0 ? explained / pageTotal : 0;
  return {
    score: a + b > 0 ? (2 * a * b) / (a + b) : 0,
    sameWords,
    sameNames,
    contentWords,
    explained: b,
    rendered: a,
    rarity,
  };
}

/** A quotation's words with their stems: one quotation is aligned with every candidate story's renderings. */
const stemmed = memoOn((words: readonly string[]): PageWord[] =>
  words.map((word) => ({ word, stem: stemWord(word) })),
);

const stemsOf = memoOn((page: readonly PageWord[]) => new Set(page.map((w) => w.stem)));

/** A quotation's context as one string, ` a b c `, where a speaker's name is sought as a phrase. */
const joinedContext = memoOn((context: readonly string[]) => ` ${context.join(" ")} `);

/**
 * Whether the words around a quote (its paragraph and the few before) name a statement's speaker:
 * full name, a word of it, or an institution of their role.
 */
export function namesSpeaker(corpus: LoadedCorpus, statementId: string, context: readonly string[]): boolean {
  const text = joinedContext(context);
  return speakerKeys(corpus, statementId).some((k) => text.includes(` ${k} `));
}

/** The statements whose rare runs the words print: asked once per quotation, for every candidate story. */
const statementsWithRareRuns = memoOnPair(
  (words: readonly string[], corpus: LoadedCorpus) =>
    new Set(rareRunsIn(corpus, words).map((r) => r.statementId)),
);

/**
 * Whether a quote prints enough of a statement as the statement prints it. `bags` are its scores
 * against the whole statement and each of its sentences, `bag` the best of them.
 */
function anchorsOf(
  bags: readonly BagScore[],
  bag: BagScore,
  quoteContentWords: number,
  tuning: RewordedTuning,
): { anchored: boolean; anchoredWhole: boolean } {
  // Anchors: content words printed as the statement prints them, all but one of the statement
  // part the quote renders (a long statement's sentence, or the whole), two at least unless the
  // statement has fewer, and at most REWORDED_MIN_SAME_WORDS ("I'm going to fight until the end"
  // for "I will fight until the end", not "It would not have happened."). A short quote of a
  // long statement may print fewer, all but one of its own (two at least), when what it shares is
  // not everyday English ("turning away is not an option"). One anchor at least must not be a
  // name: "the United States" names, it does not quote.
  const named = bag.sameWords > bag.sameNames;
  const rare = bag.rarity >= REWORDED_SHORT_RARITY;
  const wholeAnchors = Math.min(tuning.minSameWords, Math.max(1, bags[0]!.contentWords - 1));
  const partAnchors = Math.min(
    tuning.minSameWords,
    Math.max(Math.min(2, bags[0]!.contentWords), bag.contentWords - 1),
  );
  const anchored =
    named && (bag.sameWords >= partAnchors || (rare && bag.sameWords >= Math.max(2, quoteContentWords - 1)));
  // Story evidence wants more: a sentence of a long statement in everyday words ("God bless them
  // all!") is every speaker's stock phrase, and a short quote no whole rendering.
  const anchoredWhole = named && (bag.sameWords >= wholeAnchors || (rare && bag.sameWords >= partAnchors));
  return { anchored, anchoredWhole };
}

/**
 * The best statement of the story a quoted run renders in other words, or null. With `wholeOnly`,
 * only a whole rendering of a full statement counts ({@link RewordedMatch.whole}): what story
 * detection weighs, and far cheaper to seek, since the order-free score decides most pairs before
 * the alignment is computed.
 */
export function rewordedStatement(
  corpus: LoadedCorpus,
  storyId: string,
  run: QuotedRun,
  tuning: RewordedTuning = REWORDED_TUNING,
  { wholeOnly = false }: { wholeOnly?: boolean } = {},
): RewordedMatch | null {
  if (run.words.length < REWORDED_MIN_WORDS) return null;
  const page = stemmed(run.words);
  let best: RewordedMatch | null = null;
  const rareOf = statementsWithRareRuns(run.words, corpus);
  const names = namesOfStory(corpus, storyId);
  const quoteContentWords = new Set(run.words.filter((w) => !STOPWORDS.has(w))).size;
  for (const { statementId, quoteId, version } of renderingsSharingStems(corpus, storyId, stemsOf(page))) {
    // Attributed to the statement's own speaker: a reworded quote by someone else is not this statement.
    if (!rareOf.has(statementId) && !namesSpeaker(corpus, statementId, run.context)) continue;
    const full = corpus.quoteById.get(quoteId)!.kind === "full";
    if (wholeOnly && !full) continue;
    const keys = keysOfVersion(corpus, version);
    const sentences = sentencesOfQuote(corpus, quoteId);
    const bags = [keys, ...(sentences.length > 1 ? sentences : [])].map((part) =>
      bagScore(page, part, names),
    );
    const bag = bags.reduce((a, b) => (b.score > a.score ? b : a));
    const { anchored, anchoredWhole } = anchorsOf(bags, bag, quoteContentWords, tuning);
    const longPart = run.words.length >= REWORDED_PART_WORDS;
    if (wholeOnly && (!anchoredWhole || (bag.rendered < REWORDED_WHOLE_SHARE && !longPart))) continue;
    const alignment = softAlign(page, keys, (w) => STOPWORDS.has(w));
    if (!alignment) continue;
    const score = Math.max(alignment.score, bag.score);
    const good = score >= tuning.minScore && anchored;
    const whole =
      good &&
      anchoredWhole &&
      full &&
      (bag.rendered >= REWORDED_WHOLE_SHARE ||
        (longPart &&
          alignment.pageCoverage >= REWORDED_PART_COVERAGE &&
          alignment.sameWords >= tuning.minSameWords));
    // A short quote of the statement's rarer words, reworded ("mutual and with the consent",
    // "deeply regrets"): all of it is the statement's, and what it shares is not everyday English.
    const fragment =
      bag.explained >= REWORDED_FRAGMENT_EXPLAINED &&
      bag.sameWords >= 1 &&
      bag.rarity >= REWORDED_FRAGMENT_RARITY;
    if (wholeOnly ? !whole : !good && !fragment && !rareOf.has(statementId)) continue;
    if (!best || score > best.score)
      best = {
        statementId,
        quoteId,
        // The ordered alignment says where the statement is in the quote; when the quote reorders
        // it, the whole run is the statement.
        from: alignment.score >= bag.score ? run.from + alignment.pageStart : run.from,
        to: alignment.score >= bag.score ? run.from + alignment.pageEnd - 1 : run.to,
        score,
        // The ordered alignment is local (a verbatim fragment scores 1): a whole rendering is one
        // of a full statement, most of whose sentence the quote renders, or a long quote that is
        // all a part of it ("Turning our backs on each other is not an option").
        whole,
        rarity: bag.rarity,
        alignment,
      };
  }
  if (!best || wholeOnly) return best;
  // The differences as the page and the outlet print the words, for the reader.
  const printed = printedWordsOf(corpus, best.quoteId);
  const keys = keysOfVersion(corpus, corpus.quoteIndex.get(best.quoteId)!);
  const alignment = softAlign(page, keys, (w) => STOPWORDS.has(w), {
    ...(run.printed ? { page: run.printed } : {}),
    ...(printed.length === keys.length ? { corpus: printed } : {}),
  });
  return alignment ? { ...best, alignment } : best;
}
