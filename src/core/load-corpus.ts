/**
 * Loads a compiled corpus (as parsed JSON) into the structures the matcher probes: a shingle table
 * from word 5-gram hashes to (version, position) postings, so matching a page costs a lookup per
 * page position instead of a loop over every quote in the corpus. Validates the data first: a
 * corrupt or outdated corpus is a one-line {@link CorpusError}, never a crash later.
 */
import { CorpusError } from "./compile-corpus.js";
import {
  SCHEMA_VERSION,
  type CompiledCorpus,
  type CorpusArticle,
  type CorpusQuote,
  type CorpusStatement,
  type CorpusStory,
} from "./corpus-types.js";
import type { Speaker } from "./mentions.js";
import { ORGANISATIONS, slugify } from "./people.js";
import { isContentWord } from "./stopwords.js";
import { tokenize } from "./tokenize.js";

/** Words per shingle: long enough to be rare, short enough to survive a changed word nearby. */
export const SHINGLE = 5;
/** Bits of the shingle filter: 4 Mi bits (512 KiB), about 5% false positives at 200,000 shingles. */
export const FILTER_BITS = 1 << 22;
/** Shingles with more postings than this are boilerplate phrases ("the war in Ukraine"): skipped. */
const MAX_POSTINGS = 64;

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
  /** A story's most distinctive words → the stories they belong to (topic candidates). */
  readonly storiesByTerm: ReadonlyMap<string, string[]>;
  /** Person or institution id → the normalised words a page names them by (surname; institution's words). */
  readonly nameWords: ReadonlyMap<string, string[]>;
  /** Speaker id → institutions the corpus's roles tie them to ("kremlin" for Peskov). */
  readonly speakerInstitutions: ReadonlyMap<string, string[]>;
  /** Canonical article URL ({@link canonicalUrl}) → story id. */
  readonly storyByUrl: ReadonlyMap<string, string>;
}

/** A candidate term shared by more stories than this is too common to propose any of them. */
const MAX_STORIES_PER_TERM = 32;
/** Distinctive words per story that propose it as a candidate for a page. */
export const CANDIDATE_TERMS = 5;

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

function fail(problem: string): never {
  throw new CorpusError("compiled corpus", `${problem}; rebuild it with npm run build:corpus`);
}

function validate(data: unknown): CompiledCorpus {
  if (typeof data !== "object" || data === null) fail("not a JSON object");
  const c = data as Partial<CompiledCorpus>;
  if (c.schemaVersion !== SCHEMA_VERSION) {
    fail(`schema version ${JSON.stringify(c.schemaVersion)}, this build reads ${SCHEMA_VERSION}`);
  }
  for (const key of ["articles", "quotes", "statements", "stories", "people"] as const) {
    if (!Array.isArray(c[key])) fail(`\`${key}\` is missing or not a list`);
  }
  if (!c.index || !Array.isArray(c.index.vocabulary) || !Array.isArray(c.index.versions))
    fail("`index` is missing");
  const quotes = c.quotes!;
  const vocabularySize = c.index.vocabulary.length;
  c.index.versions.forEach((v, i) => {
    if (!v || typeof v.quote !== "number" || !quotes[v.quote] || !Array.isArray(v.words))
      fail(`index version ${i} is malformed`);
    for (const w of v.words)
      if (!Number.isInteger(w) || w < 0 || w >= vocabularySize) fail(`index version ${i} has a bad word id`);
  });
  for (const key of ["articles", "quotes", "statements", "stories", "people"] as const) {
    // Every lookup map is keyed by id: a repeated one would silently shadow a record.
    const seen = new Set<unknown>();
    for (const record of c[key]! as ReadonlyArray<{ id?: unknown }>) {
      if (typeof record?.id !== "string") fail(`an entry of \`${key}\` has no id`);
      if (seen.has(record.id)) fail(`\`${key}\` has the id ${JSON.stringify(record.id)} twice`);
      seen.add(record.id);
    }
  }
  const statementIds = new Set(c.statements!.map((s) => s.id));
  quotes.forEach((q, i) => {
    if (!q || typeof q.id !== "string" || typeof q.text !== "string" || !statementIds.has(q.statementId)) {
      fail(`quote ${i} is malformed`);
    }
  });
  return c as CompiledCorpus;
}

/** Validates compiled corpus data and builds the matcher's index. Throws {@link CorpusError}. */
export function loadCorpus(data: unknown): LoadedCorpus {
  const corpus = validate(data);
  const wordId = new Map(corpus.index.vocabulary.map((w, i) => [w, i]));
  const contentful = Uint8Array.from(corpus.index.vocabulary, (w) => (isContentWord(w) ? 1 : 0));
  const statementIndex = new Map(corpus.statements.map((s, i) => [s.id, i]));
  const statementOfVersion = new Int32Array(corpus.index.versions.length);
  const statementLength = new Map<string, number>();
  const shingles = new Map<number, number[]>();
  corpus.index.versions.forEach((version, v) => {
    const statementId = corpus.quotes[version.quote]!.statementId;
    statementOfVersion[v] = statementIndex.get(statementId)!;
    statementLength.set(statementId, Math.max(statementLength.get(statementId) ?? 0, version.words.length));
  });
  // Postings per statement, not per rendering: ten outlets quoting one statement share its shingles,
  // and a page probe should walk one posting for it, not ten. The longest rendering of each statement
  // is indexed first; the others add only the shingles it lacks (their own wording). The cap below
  // then counts distinct statements, which is what makes a phrase too common to be evidence.
  const order = corpus.index.versions
    .map((_, v) => v)
    .sort(
      (a, b) =>
        statementOfVersion[a]! - statementOfVersion[b]! ||
        corpus.index.versions[b]!.words.length - corpus.index.versions[a]!.words.length ||
        a - b,
    );
  let seen = new Set<number>();
  let currentStatement = -1;
  for (const v of order) {
    if (statementOfVersion[v] !== currentStatement) {
      currentStatement = statementOfVersion[v]!;
      seen = new Set();
    }
    const words = corpus.index.versions[v]!.words;
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
  for (const [h, postings] of shingles) if (postings.length > 2 * MAX_POSTINGS) shingles.delete(h);
  const shingleFilter = new Uint32Array(FILTER_BITS >>> 5);
  for (const h of shingles.keys()) shingleFilter[(h & (FILTER_BITS - 1)) >>> 5]! |= 1 << (h & 31);
  const storiesByTerm = new Map<string, string[]>();
  for (const story of corpus.stories) {
    for (const [term] of story.terms.slice(0, CANDIDATE_TERMS)) {
      storiesByTerm.set(term, [...(storiesByTerm.get(term) ?? []), story.id]);
    }
  } // A word among the top terms of many stories tells none of them apart: drop it, so candidates
  // follow the page's distinctive words and not the corpus's size.
  for (const [term, stories] of storiesByTerm)
    if (stories.length > MAX_STORIES_PER_TERM) storiesByTerm.delete(term);

  const storyByUrl = new Map(corpus.articles.map((a) => [canonicalUrl(a.url), a.storyId]));
  const nameWords = new Map(
    corpus.people.map((p) => [
      p.id,
      p.kind === "organisation" ? tokenize(p.name).words : tokenize(p.name.split(" ").pop()!).words,
    ]),
  );
  const speakerInstitutions = new Map<string, string[]>();
  for (const quote of corpus.quotes) {
    if (!quote.speaker || !quote.role) continue;
    const words = slugify(quote.role)
      .split("-")
      .filter((w) => ORGANISATIONS.has(w));
    const known = speakerInstitutions.get(quote.speaker.id) ?? [];
    speakerInstitutions.set(quote.speaker.id, [...new Set([...known, ...words])]);
  }
  return {
    storiesByTerm,
    storyByUrl,
    speakerInstitutions,
    nameWords,
    data: corpus,
    wordId,
    shingles,
    shingleFilter,
    contentful,
    articleById: new Map(corpus.articles.map((a) => [a.id, a])),
    quoteById: new Map(corpus.quotes.map((q) => [q.id, q])),
    quoteIndex: new Map(corpus.index.versions.map((v, i) => [corpus.quotes[v.quote]!.id, i])),
    statementById: new Map(corpus.statements.map((s) => [s.id, s])),
    storyById: new Map(corpus.stories.map((s) => [s.id, s])),
    personById: new Map(corpus.people.map((p) => [p.id, p])),
    statementOfVersion,
    statementLength,
  };
}
