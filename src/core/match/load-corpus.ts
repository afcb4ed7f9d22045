/**
 * Loads a compiled corpus (as parsed JSON) into the structures the matcher probes: a shingle table
 * from word 5-gram hashes to (version, position) postings, so matching a page costs a lookup per
 * page position instead of a loop over every quote in the corpus. Validates the data first (its
 * schema, then the references between its records): a corrupt or outdated corpus is a one-line
 * {@link CorpusError}, never a crash later.
 */
import { memoOnPair } from "../common/memo.js";
import { addTo } from "../common/multimap.js";
import { CorpusError } from "../corpus/corpus-error.js";
import {
  parseCompiledCorpus,
  type CompiledCorpus,
  type CorpusArticle,
  type CorpusQuote,
  type CorpusStatement,
  type CorpusStory,
  type Speaker,
} from "../corpus/schema.js";
import { stemKey } from "./lone-words.js";
import type { CorpusWordKeys } from "./soft-align.js";
import { slugify } from "../text/slugify.js";
import { isContentWord } from "../text/word-classes.js";
import {
  CANDIDATE_TERMS,
  FILTER_BITS,
  MAX_STATEMENTS_PER_SHINGLE,
  MAX_STORIES_PER_TERM,
  RARE_RUN_WORDS,
  SHINGLE,
  WHOLE_STATEMENT_WEIGHT,
} from "./tuning.js";

export { SHINGLE };

export interface LoadedCorpus {
  readonly data: CompiledCorpus;
  readonly wordId: ReadonlyMap<string, number>;
  /** Shingle hash → flat [version, position, version, position, …]. */
  readonly shingles: ReadonlyMap<number, number[]>;
  /**
   * A membership bitset over shingle hashes, in front of the postings map: most of a page's shingles
   * are in no statement, and a bit test is far cheaper than a lookup in a map of 10^5–10^6 keys.
   */
  readonly shingleFilter: Uint32Array;
  /** 1 for vocabulary ids of content words: shingles of function words alone are not indexed. */
  readonly contentful: Uint8Array;
  readonly articleById: ReadonlyMap<string, CorpusArticle>;
  readonly quoteById: ReadonlyMap<string, CorpusQuote>;
  /** Quote id → its indexed version (versions are indexed in quote order). */
  readonly quoteIndex: ReadonlyMap<string, number>;
  readonly statementById: ReadonlyMap<string, CorpusStatement>;
  readonly storyById: ReadonlyMap<string, CorpusStory>;
  readonly personById: ReadonlyMap<string, Speaker>;
  /** Statement index of each indexed version. */
  readonly statementOfVersion: Int32Array;
  /** Spoken-word length of each statement's longest version. */
  readonly statementLength: ReadonlyMap<string, number>;
  /** A story's top terms and entity words → the stories they propose as candidates ({@link buildStoryVotes}). */
  readonly storyVotesByWord: ReadonlyMap<string, Int32Array>;
  /** Speaker id → institutions the corpus's roles tie them to ("kremlin" for Peskov). */
  readonly speakerInstitutions: ReadonlyMap<string, string[]>;
  /** Canonical article URL ({@link canonicalUrl}) → story id. */
  readonly storyByUrl: ReadonlyMap<string, string>;
  /**
   * A statement's rare run (three normalised words), and each whole rendering of three words or
   * more (its words joined), → where it is from, for quote evidence.
   */
  readonly runsByText: ReadonlyMap<string, readonly StoryRun[]>;
  /** The first word of every key of {@link runsByText}. */
  readonly runFirstWords: ReadonlySet<string>;
  /** Soft alignment's keys of every word the renderings print. */
  readonly wordKeys: ReadonlyMap<string, CorpusWordKeys>;
}

/** A rare run as the matcher looks it up. */
export interface StoryRun {
  readonly run: string;
  readonly weight: number;
  readonly storyId: string;
  readonly statementId: string;
}

/** Canonical form of a URL for comparison: no scheme, www, query, fragment or trailing slash. */
export function canonicalUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "");
}

/**
 * Whether the shingle at `from` has a content word: "of the and to the" is in every text and is no
 * evidence of any statement, so such shingles are neither indexed nor probed.
 */
export function hasContent(contentful: Uint8Array, ids: ArrayLike<number>, from: number): boolean {
  for (let k = 0; k < SHINGLE; k++) if (contentful[ids[from + k]!] === 1) return true;
  return false;
}

/** Whether a shingle hash may be in the index (no false negatives). */
export function mayHaveShingle(corpus: Pick<LoadedCorpus, "shingleFilter">, h: number): boolean {
  return (corpus.shingleFilter[(h & (FILTER_BITS - 1)) >>> 5]! & (1 << (h & 31))) !== 0;
}

/** Hash of the `SHINGLE` word ids starting at `from`. */
export function shingleHash(ids: ArrayLike<number>, from: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ ids[from + k]!, 0x01000193);
  // 30 bits: V8 keeps such keys as small integers; larger ones become heap numbers, slow to hash.
  return h & 0x3fffffff;
}

/**
 * What the schema cannot say: every lookup map is keyed by id (a repeated one would silently shadow
 * a record), index versions point at quotes and vocabulary words that exist, quotes at statements,
 * stories' runs at statements.
 */
function checkReferences(corpus: CompiledCorpus, fail: (problem: string) => never): void {
  for (const key of ["articles", "quotes", "statements", "stories", "people"] as const) {
    const seen = new Set<string>();
    corpus[key].forEach((record, i) => {
      if (seen.has(record.id)) fail(`${key}[${i}].id ${JSON.stringify(record.id)} is used twice`);
      seen.add(record.id);
    });
  }
  const vocabularySize = corpus.index.vocabulary.length;
  corpus.index.versions.forEach((version, i) => {
    if (!corpus.quotes[version.quote])
      fail(`index.versions[${i}].quote ${version.quote} is no quote's index`);
    const bad = version.words.findIndex((w) => w < 0 || w >= vocabularySize);
    if (bad >= 0) {
      fail(
        `index.versions[${i}].words[${bad}] is a bad word id (${version.words[bad]}; the vocabulary has ${vocabularySize})`,
      );
    }
  });
  const statementIds = new Set(corpus.statements.map((s) => s.id));
  corpus.quotes.forEach((quote, i) => {
    if (!statementIds.has(quote.statementId)) {
      fail(`quotes[${i}].statementId ${JSON.stringify(quote.statementId)} is no statement's id`);
    }
  });
  const statements = corpus.statements.length;
  const badStatement = (i: number): boolean => !Number.isInteger(i) || i < 0 || i >= statements;
  corpus.stories.forEach((story, i) => {
    const run = story.runs.findIndex(([, , s]) => badStatement(s));
    if (run >= 0)
      fail(`stories[${i}].runs[${run}] names statement ${story.runs[run]![2]}, but there are ${statements}`);
    const lone = story.loneRuns.findIndex(([, ids]) => ids.some(badStatement));
    if (lone >= 0)
      fail(`stories[${i}].loneRuns[${lone}] names a statement index out of range (there are ${statements})`);
  });
}

/** Validates parsed JSON as a compiled corpus. Throws a one-line {@link CorpusError} naming `file`. */
export function validateCorpus(data: unknown, file: string): CompiledCorpus {
  const corpus = parseCompiledCorpus(data, file);
  checkReferences(corpus, (problem) => {
    throw new CorpusError(file, `${problem}; rebuild it with npm run build:corpus`);
  });
  return corpus;
}

type ShingleIndex = Pick<
  LoadedCorpus,
  "shingles" | "shingleFilter" | "statementOfVersion" | "statementLength"
>;

/**
 * Postings per statement, not per rendering: ten outlets quoting one statement share its shingles,
 * and a page probe should walk one posting for it, not ten. The longest rendering of each statement
 * is indexed first; the others add only the shingles it lacks (their own wording). The cap then
 * counts distinct statements, which is what makes a phrase too common to be evidence.
 */
function buildShingleIndex(corpus: CompiledCorpus, contentful: Uint8Array): ShingleIndex {
  const versions = corpus.index.versions;
  const statementIndex = new Map(corpus.statements.map((s, i) => [s.id, i]));
  const statementOfVersion = new Int32Array(versions.length);
  const statementLength = new Map<string, number>();
  versions.forEach((version, v) => {
    const statementId = corpus.quotes[version.quote]!.statementId;
    statementOfVersion[v] = statementIndex.get(statementId)!;
    statementLength.set(statementId, Math.max(statementLength.get(statementId) ?? 0, version.words.length));
  });
  const order = versions
    .map((_, v) => v)
    .sort(
      (a, b) =>
        statementOfVersion[a]! - statementOfVersion[b]! ||
        versions[b]!.words.length - versions[a]!.words.length ||
        a - b,
    );
  const shingles = new Map<number, number[]>();
  let seen = new Set<number>();
  let currentStatement = -1;
  for (const v of order) {
    if (statementOfVersion[v] !== currentStatement) {
      currentStatement = statementOfVersion[v]!;
      seen = new Set();
    }
    const words = versions[v]!.words;
    for (let p = 0; p + SHINGLE <= words.length; p++) {
      if (!hasContent(contentful, words, p)) continue;
      const h = shingleHash(words, p);
      if (seen.has(h)) continue;
      seen.add(h);
      const postings = shingles.get(h);
      if (postings) postings.push(v, p);
      else shingles.set(h, [v, p]);
    }
  }
  for (const [h, postings] of shingles)
    if (postings.length > 2 * MAX_STATEMENTS_PER_SHINGLE) shingles.delete(h);
  const shingleFilter = new Uint32Array(FILTER_BITS >>> 5);
  for (const h of shingles.keys()) shingleFilter[(h & (FILTER_BITS - 1)) >>> 5]! |= 1 << (h & 31);
  return { shingles, shingleFilter, statementOfVersion, statementLength };
}

/**
 * A story's most distinctive words → the stories they belong to. A word among the top terms of many
 * stories tells none of them apart: dropped, so candidates follow the page's distinctive words and
 * not the corpus's size.
 */
function buildStoriesByTerm(stories: readonly CorpusStory[]): Map<string, string[]> {
  const storiesByTerm = new Map<string, string[]>();
  for (const story of stories) {
    for (const [term] of story.terms.slice(0, CANDIDATE_TERMS)) addTo(storiesByTerm, term, story.id);
  }
  for (const [term, ids] of storiesByTerm) if (ids.length > MAX_STORIES_PER_TERM) storiesByTerm.delete(term);
  return storiesByTerm;
}

/** The rare runs (of any story) a quotation's normalised words print, one lookup per trigram. */
export function rareRunsIn(
  corpus: Pick<LoadedCorpus, "runsByText" | "runFirstWords">,
  words: readonly string[],
): StoryRun[] {
  const found: StoryRun[] = [];
  for (let i = 0; i + RARE_RUN_WORDS <= words.length; i++) {
    // Most quoted words start no run: no trigram is built for them.
    if (!corpus.runFirstWords.has(words[i]!)) continue;
    let run = words[i]!;
    for (let k = 1; k < RARE_RUN_WORDS; k++) run += ` ${words[i + k]!}`;
    const runs = corpus.runsByText.get(run);
    if (runs) for (const r of runs) found.push(r);
  }
  return found;
}

/** Every story's rare runs by their words, and its lone runs per story. */
function buildRuns(corpus: CompiledCorpus): Pick<LoadedCorpus, "runsByText" | "runFirstWords"> {
  const runsByText = new Map<string, StoryRun[]>();
  for (const story of corpus.stories) {
    for (const [run, weight, statement] of story.runs)
      addTo(runsByText, run, {
        run,
        weight,
        storyId: story.id,
        statementId: corpus.statements[statement]!.id,
      });
  }
  const storyOf = new Map(corpus.statements.map((s) => [s.id, s.storyId]));
  for (const version of corpus.index.versions) {
    // A whole statement as an outlet printed it ("There is no money."), not a phrase it quoted
    // ("very good chance"): everyone says the phrase.
    if (version.words.length < RARE_RUN_WORDS || corpus.quotes[version.quote]!.kind !== "full") continue;
    const run = version.words.map((id) => corpus.index.vocabulary[id]!).join(" ");
    const statementId = corpus.quotes[version.quote]!.statementId;
    const known = runsByText.get(run) ?? [];
    if (known.some((r) => r.statementId === statementId)) continue;
    addTo(runsByText, run, {
      run,
      weight: WHOLE_STATEMENT_WEIGHT,
      storyId: storyOf.get(statementId)!,
      statementId,
    });
  }
  const runFirstWords = new Set([...runsByText.keys()].map((run) => run.slice(0, run.indexOf(" "))));
  return { runsByText, runFirstWords };
}

/**
 * A story's lone runs (a one- or two-word quote distinctive of one statement, by its words or
 * stems) → the ids of the statements printing it. Built on first use for that story: a page is
 * about one story, and a corpus of thousands carries a million runs.
 */
export const loneRunsOf = memoOnPair(
  (corpus: LoadedCorpus, storyId: string): ReadonlyMap<string, readonly string[]> => {
    const statements = corpus.data.statements;
    const found = new Map<string, readonly string[]>();
    const implied = new Map<string, Set<string>>();
    for (const [run, indexes] of corpus.storyById.get(storyId)?.loneRuns ?? []) {
      const ids = indexes.map((i) => statements[i]!.id);
      found.set(run, ids);
      if (run.startsWith("~")) continue;
      // The stem key, unless the compiler shipped it: the union of the word keys sharing it.
      const key = stemKey(run.split(" "));
      implied.set(key, new Set([...(implied.get(key) ?? []), ...ids]));
    }
    for (const [key, ids] of implied) if (!found.has(key)) found.set(key, [...ids].sort());
    return found;
  },
);

/** The first word of every main entity's keys → its stories; a word in too many stories proposes none. */
/**
 * Word → the indexes (in `stories`) of the stories it proposes as a page's candidates: once for
 * each story it is a top term of, once more for each it is an entity word of. Numbers, not ids: a
 * page's every word is looked up and its votes counted.
 */
function buildStoryVotes(stories: readonly CorpusStory[]): Map<string, Int32Array> {
  const index = new Map(stories.map((s, i) => [s.id, i]));
  const votes = new Map<string, number[]>();
  for (const byWord of [buildStoriesByTerm(stories), buildStoriesByEntityWord(stories)])
    for (const [word, ids] of byWord) for (const id of ids) addTo(votes, word, index.get(id)!);
  return new Map([...votes].map(([word, list]) => [word, Int32Array.from(list)]));
}

function buildStoriesByEntityWord(stories: readonly CorpusStory[]): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const story of stories) {
    const words = new Set(story.entities.flatMap((e) => e.keys.map((k) => k.split(" ")[0]!)));
    for (const word of words) addTo(byWord, word, story.id);
  }
  for (const [word, ids] of byWord) if (ids.length > MAX_STORIES_PER_TERM) byWord.delete(word);
  return byWord;
}

/**
 * Speaker id → institutions their roles name ("Kremlin spokesman" → "kremlin"). The compiler lists
 * every institution a role names among the corpus's people, so the run time needs no lexicon.
 */
/** The longest institution name sought in a role, in words ("chinese foreign ministry" is three). */
const MAX_INSTITUTION_WORDS = 5;

function buildSpeakerInstitutions(corpus: CompiledCorpus): Map<string, string[]> {
  const institutions = new Set(corpus.people.filter((p) => p.kind === "organisation").map((p) => p.id));
  const speakerInstitutions = new Map<string, string[]>();
  for (const quote of corpus.quotes) {
    if (!quote.speaker || !quote.role) continue;
    // Institutions of one word or several ("chinese foreign ministry spokeswoman"), as a page
    // names them: their words, space-separated.
    const words = slugify(quote.role).split("-");
    const named: string[] = [];
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= Math.min(words.length, i + MAX_INSTITUTION_WORDS); j++)
        if (institutions.has(words.slice(i, j).join("-"))) named.push(words.slice(i, j).join(" "));
    const known = speakerInstitutions.get(quote.speaker.id) ?? [];
    speakerInstitutions.set(quote.speaker.id, [...new Set([...known, ...named])]);
  }
  return speakerInstitutions;
}

/** How a page names each person (surname) or institution (its words). */
/**
 * Validates compiled corpus data and builds the matcher's index. `file` names the corpus in errors.
 * Throws {@link CorpusError}.
 */
export function loadCorpus(data: unknown, file = "compiled corpus"): LoadedCorpus {
  const corpus = validateCorpus(data, file);
  const contentful = Uint8Array.from(corpus.index.vocabulary, (w) => (isContentWord(w) ? 1 : 0));
  return {
    data: corpus,
    wordId: new Map(corpus.index.vocabulary.map((w, i) => [w, i])),
    contentful,
    ...buildShingleIndex(corpus, contentful),
    storyVotesByWord: buildStoryVotes(corpus.stories),
    ...buildRuns(corpus),
    wordKeys: new Map(
      corpus.wordKeys.map(([word, stems, related, rarity]) => [word, { word, stems, related, rarity }]),
    ),
    storyByUrl: new Map(corpus.articles.map((a) => [canonicalUrl(a.url), a.storyId])),
    speakerInstitutions: buildSpeakerInstitutions(corpus),
    articleById: new Map(corpus.articles.map((a) => [a.id, a])),
    quoteById: new Map(corpus.quotes.map((q) => [q.id, q])),
    quoteIndex: new Map(corpus.index.versions.map((v, i) => [corpus.quotes[v.quote]!.id, i])),
    statementById: new Map(corpus.statements.map((s) => [s.id, s])),
    storyById: new Map(corpus.stories.map((s) => [s.id, s])),
    personById: new Map(corpus.people.map((p) => [p.id, p])),
  };
}
