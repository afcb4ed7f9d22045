/**
 * Finds, in a page's text, every span that reports a corpus statement, and the story the page is
 * about. Filter, then verify:
 *
 * 1. Tokenise the page once (offsets kept) and look up every word 5-gram in the shingle table:
 *    the cost follows the page's length and the hits, not the number of statements.
 * 2. Chain the hits of each rendering and verify each chain with greedy string tiling in a window,
 *    which tolerates what pages do to quotes: a changed word, a bracket added or dropped, an ellipsis,
 *    a clipped start or end, a quote split by "he wrote".
 * 3. Keep the verified words inside quotation marks (a paraphrase outside marks is not a match; only
 *    a long verbatim run, as in a block quote without marks, counts there), one occurrence per region.
 * 4. Decide the story from those matches plus words, people, places and date ({@link detectStory}).
 * 5. On a page about a story, short quoted fragments ("completely surrounded", 'productive') match
 *    that story's statements whole, the speaker named nearby breaking ties.
 */
import { covered, tile, type Tile } from "../text/align.js";
import { renderingOf } from "../corpus/schema.js";
import { detectStory, type DetectionTuning, type StoryMatch, type StoryPage } from "./detect-story.js";
import { stemKey, statementOfLoneQuote } from "./lone-words.js";
import { bisect } from "../common/bisect.js";
import { memoOnPair } from "../common/memo.js";
import { splitRange } from "../common/split-range.js";
import { addTo } from "../common/multimap.js";
import {
  REWORDED_TUNING,
  rewordedStatement,
  namesSpeaker,
  rewordedPair,
  speakerKeys,
  type QuotedRun,
  type RewordedTuning,
} from "./reworded-quotes.js";
import { endsSentenceBetween } from "../text/sentences.js";
import {
  canonicalUrl,
  hasContent,
  loneRunsOf,
  mayHaveShingle,
  shingleHash,
  type LoadedCorpus,
} from "./load-corpus.js";
import {
  CHAIN_GAP,
  FRAGMENT_MAX_WORDS,
  LONE_QUOTE_MAX_WORDS,
  REWORDED_MIN_WORDS,
  REWORDED_SHORT_RARITY,
  MAX_INNER_GAP,
  OCCURRENCE_GAP,
  SHINGLE,
  SPEAKER_CONTEXT_PARAGRAPHS,
  STRONG_CONTENT_WORDS,
  STRONG_WORDS,
  UNQUOTED_DENSITY,
  UNQUOTED_WORDS,
  WEAK_WORDS,
  WHOLE,
  WHOLE_QUOTE_EDGE_WORDS,
  WHOLE_QUOTE_SHARE,
  WINDOW_PAD,
} from "./tuning.js";
import { findDateLine } from "../text/date-lines.js";
import { slugify } from "../text/slugify.js";
import { findQuoteSpans, type QuoteSpan } from "../text/quote-spans.js";
import { isContentWord } from "../text/word-classes.js";
import { foldTypography, tokenize, type Tokens } from "../text/tokenize.js";

/**
 * exact: one outlet's wording, typography aside; variant: nearly all of a rendering, changed a
 * little; partial: a part of it; reworded: the statement in other words (an outlet's own
 * translation or rewording), found by soft alignment, with what differs in `differences`.
 */
export type MatchKind = "exact" | "variant" | "partial" | "reworded";

/** One place where a reworded quote's wording and the statement's differ. */
export interface WordingDifference {
  /** The page's words there ("" when the page leaves the statement's words out). */
  readonly page: string;
  /** The statement's words there, in its canonical rendering ("" when the page adds words). */
  readonly corpus: string;
}

export interface SpanMatch {
  readonly statementId: string;
  /** The corpus rendering this span matched best. */
  readonly quoteId: string;
  readonly kind: MatchKind;
  /** Offsets in the page text; `text` is exactly `pageText.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Share (0–1) of the statement's longest rendering this occurrence carries. */
  readonly coverage: number;
  /** Spans of one occurrence (a quote split in two by "he wrote") share this number. */
  readonly occurrence: number;
  /** For kind `reworded`: where the page's words differ from the statement's canonical rendering. */
  readonly differences?: readonly WordingDifference[];
}

export interface PageMatch {
  readonly story: StoryMatch | null;
  /** In page order. */
  readonly matches: SpanMatch[];
  /** Statements of the story the page does not carry. */
  readonly missing: string[];
  /** The page's date as found or given, YYYY-MM-DD. */
  readonly date: string | null;
  /** The corpus article this page is (by URL, or because it carries that article's text), if any. */
  readonly article: string | null;
}

export interface MatchOptions {
  /** The page's URL: a corpus article's URL settles its story. */
  readonly url?: string | null;
  /** The page's publication date (YYYY-MM-DD), when known from its markup. */
  readonly date?: string | null;
  /** Thresholds to use instead of tuning.ts's: only the leave-one-story-out calibration varies them. */
  readonly tuning?: MatchTuning;
}

/** The thresholds a calibration may vary. */
export interface MatchTuning {
  readonly detection: DetectionTuning;
  /** False only for the ablation that measures what the no-lone-words rule adds. */
  readonly loneWords?: boolean;
}

type Take = (
  statementId: string,
  quoteId: string,
  groups: readonly Group[],
  kind: MatchKind,
  coverage: number,
  differences?: readonly WordingDifference[],
) => void;

interface Group {
  /** First and last verified page word. */
  readonly from: number;
  readonly to: number;
  readonly covered: number;
}

interface Candidate {
  readonly version: number;
  readonly groups: Group[];
  readonly covered: number;
  /** Whether one contiguous group alone is long and contentful enough to count anywhere. */
  readonly strong: boolean;
}

interface Page {
  readonly text: string;
  readonly tokens: Tokens;
  readonly ids: Int32Array;
  /** Index of the quote span each word stands in, or -1. */
  readonly quoteOf: Int32Array;
  /** First and last word of each quote span (by span index; absent when it has no words). */
  readonly quoteWords: Array<[number, number]>;
  readonly spans: QuoteSpan[];
}

function readPage(text: string, corpus: LoadedCorpus): Page {
  const tokens = tokenize(text);
  const n = tokens.words.length;
  const spans = findQuoteSpans(text);
  const quoteOf = new Int32Array(n).fill(-1);
  const ids = new Int32Array(n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const start = tokens.starts[i]!;
    while (s < spans.length && spans[s]!.end <= start) s++;
    if (s < spans.length && spans[s]!.start <= start) quoteOf[i] = s;
    ids[i] = corpus.wordId.get(tokens.words[i]!) ?? -1;
  }
  const quoteWords: Array<[number, number]> = [];
  quoteOf.forEach((q, i) => {
    if (q < 0) return;
    if (quoteWords[q]) quoteWords[q]![1] = i;
    else quoteWords[q] = [i, i];
  });
  return { text, tokens, ids, quoteOf, quoteWords, spans };
}

/** Version → [pagePosition, versionPosition, …] for every shingle the page shares with the corpus. */
function shingleHits(page: Page, corpus: LoadedCorpus): Map<number, number[]> {
  const hits = new Map<number, number[]>();
  let lastUnknown = -1;
  for (let i = 0; i < page.ids.length; i++) {
    if (page.ids[i]! < 0) lastUnknown = i;
    const start = i - SHINGLE + 1;
    if (start < 0 || lastUnknown >= start || !hasContent(corpus.contentful, page.ids, start)) continue;
    const h = shingleHash(page.ids, start);
    if (!mayHaveShingle(corpus, h)) continue;
    const postings = corpus.shingles.get(h);
    if (!postings) continue;
    for (let k = 0; k < postings.length; k += 2) {
      const version = postings[k]!;
      const list = hits.get(version);
      if (list) list.push(start, postings[k + 1]!);
      else hits.set(version, [start, postings[k + 1]!]);
    }
  }
  return hits;
}

interface Chain {
  readonly from: number;
  readonly to: number;
  readonly hits: number;
  /** Some hit touches a quotation. */
  readonly quoted: boolean;
}

/** Splits one rendering's hits into chains of nearby, consistently ordered hits. */
function chains(page: Page, pairs: readonly number[]): Chain[] {
  const out: Chain[] = [];
  const touchesQuote = (p: number): boolean => page.quoteOf[p]! >= 0 || page.quoteOf[p + SHINGLE - 1]! >= 0;
  let from = pairs[0]!;
  let to = from;
  let hits = 1;
  let quoted = touchesQuote(from);
  let diagonal = pairs[0]! - pairs[1]!;
  for (let k = 2; k < pairs.length; k += 2) {
    const p = pairs[k]!;
    const d = p - pairs[k + 1]!;
    if (p - to <= CHAIN_GAP && Math.abs(d - diagonal) <= CHAIN_GAP) {
      to = p;
      hits++;
      quoted ||= touchesQuote(p);
    } else {
      out.push({ from, to, hits, quoted });
      from = to = p;
      hits = 1;
      quoted = touchesQuote(p);
    }
    diagonal = d;
  }
  out.push({ from, to, hits, quoted });
  return out;
}

/** Splits verified words into groups: one per quotation they stand in, broken at long gaps. */
function groupsOf(page: Page, tiles: readonly Tile[]): Group[][] {
  const positions = tiles
    .flatMap((t) => Array.from({ length: t.length }, (_, k) => t.a + k))
    .sort((a, b) => a - b);
  const occurrences: Group[][] = [];
  let groups: Group[] = [];
  let from = positions[0]!;
  let to = from;
  let count = 1;
  const close = (): void => {
    groups.push({ from, to, covered: count });
  };
  for (let k = 1; k < positions.length; k++) {
    const p = positions[k]!;
    if (p - to > OCCURRENCE_GAP) {
      close();
      occurrences.push(groups);
      groups = [];
    } else if (page.quoteOf[p] !== page.quoteOf[to] || unbracketedGap(page, to, p) > MAX_INNER_GAP) {
      close();
    } else {
      to = p;
      count++;
      continue;
    }
    from = to = p;
    count = 1;
  }
  close();
  occurrences.push(groups);
  return occurrences;
}

/** Words strictly between page words a and b that are not inside brackets on the page. */
function unbracketedGap(page: Page, a: number, b: number): number {
  if (b - a - 1 <= MAX_INNER_GAP) return b - a - 1;
  const between = page.text.slice(page.tokens.ends[a]!, page.tokens.starts[b]!);
  const inBrackets = between.replace(/\[[^\]]*\]|\([^)]*\)/g, " ");
  return tokenize(inBrackets).words.length;
}

function acceptableGroup(page: Page, group: Group): boolean {
  if (page.quoteOf[group.from]! >= 0) return true;
  return group.covered >= UNQUOTED_WORDS && group.covered / (group.to - group.from + 1) >= UNQUOTED_DENSITY;
}

/** Long candidates of a page, and how many chains were verified by tiling to find them (the cost). */
function longCandidates(page: Page, corpus: LoadedCorpus): { candidates: Candidate[]; verified: number } {
  const candidates: Candidate[] = [];
  let verifications = 0;
  const versions = corpus.data.index.versions;
  const n = page.ids.length;
  const chainsFound: Array<{ version: number; statement: number; chain: Chain }> = [];
  for (const [version, pairs] of shingleHits(page, corpus)) {
    for (const chain of chains(page, pairs)) {
      // Outside quotation marks only a verbatim run of UNQUOTED_WORDS counts, which takes that many
      // consecutive shingles: chance hits in the reporter's prose are dropped before any verification.
      if (!chain.quoted && chain.hits < UNQUOTED_WORDS - SHINGLE + 1) continue;
      chainsFound.push({ version, statement: corpus.statementOfVersion[version]!, chain });
    }
  }
  // Several outlets' renderings of one statement hit the same region: verify the one with the most
  // hits there (and any tied with it), not every outlet's.
  chainsFound.sort((a, b) => b.chain.hits - a.chain.hits || a.version - b.version);
  const verified = new Map<number, Chain[]>();
  for (const { version, statement, chain } of chainsFound) {
    const done = verified.get(statement) ?? [];
    if (done.some((c) => c.hits > chain.hits && c.from <= chain.to + SHINGLE && chain.from <= c.to + SHINGLE))
      continue;
    done.push(chain);
    verified.set(statement, done);
    const words = versions[version]!.words;
    const from = Math.max(0, chain.from - WINDOW_PAD);
    const to = Math.min(n, chain.to + SHINGLE + WINDOW_PAD);
    verifications++;
    const tiles = tile(page.ids, words, 2, from, to, 0, words.length);
    if (covered(tiles) < WEAK_WORDS) continue;
    for (const occurrence of groupsOf(page, tiles)) {
      const groups = occurrence.filter((g) => acceptableGroup(page, g));
      const total = groups.reduce((sum, g) => sum + g.covered, 0);
      if (total < Math.min(WEAK_WORDS, words.length)) continue;
      const strong = groups.some((g) => {
        let content = 0;
        for (let i = g.from; i <= g.to; i++) if (isContentWord(page.tokens.words[i]!)) content++;
        return g.covered >= STRONG_WORDS && content >= STRONG_CONTENT_WORDS;
      });
      candidates.push({ version, groups, covered: total, strong });
    }
  }
  return { candidates, verified: verifications };
}

/**
 * What matching a page costs before story detection: the renderings its shingles hit and the
 * chains verified by tiling. A page sharing no shingle with the corpus verifies nothing.
 */
export function probeCost(text: string, corpus: LoadedCorpus): { renderingsHit: number; verified: number } {
  const page = readPage(text, corpus);
  return { renderingsHit: shingleHits(page, corpus).size, verified: longCandidates(page, corpus).verified };
}

/** Span offsets of a group, widened over punctuation that clings to its first and last words. */
function spanOf(page: Page, group: Group): [number, number] {
  const { text, tokens, spans, quoteOf } = page;
  let start = tokens.starts[group.from]!;
  let end = tokens.ends[group.to]!;
  const quote = quoteOf[group.from]! >= 0 ? spans[quoteOf[group.from]!] : undefined;
  const lower = quote ? quote.start : 0;
  const upper = quote ? quote.end : text.length;
  // A quotation matched all but a word or two at its edges ("…can finally end." for "…can finally
  // come to an end") is highlighted whole: the reader sees one quote.
  if (quote) {
    const inQuote = page.quoteWords[quoteOf[group.from]!]!;
    const before = group.from - inQuote[0];
    const after = inQuote[1] - group.to;
    if (
      before + after <= WHOLE_QUOTE_EDGE_WORDS &&
      group.covered >= WHOLE_QUOTE_SHARE * (inQuote[1] - inQuote[0] + 1)
    ) {
      start = Math.min(start, tokens.starts[inQuote[0]]!);
      end = Math.max(end, tokens.ends[inQuote[1]]!);
    }
  }
  // An editorial insertion at either edge belongs to the quote as printed: "(Putin) said …".
  const before = /[[(](?:[^\])]*)[\])]\s*$/.exec(text.slice(lower, start));
  if (before && !/[[(]/.test(text.slice(lower + before.index + 1, start))) start = lower + before.index;
  const after = /^\s*[[(][^\])]*[\])]/.exec(text.slice(end, upper));
  if (after) end += after[0].length;
  while (start > lower && /[[(…]/.test(text[start - 1]!)) start--;
  while (end < upper && /[.,!?;:…\])%]/.test(text[end]!)) end++;
  return [start, end];
}

/** Folded wording for exactness: typography folded, edge punctuation (", " vs ". ") dropped. */
function wording(text: string): string {
  return foldTypography(text).replace(/^[\s.,;:!?…"'[(]+|[\s.,;:!?…"'\])]+$/g, "");
}

/** Exact when the page's wording is one outlet's, typography aside; else variant, or partial when short. */
function kindOf(
  page: Page,
  corpus: LoadedCorpus,
  quoteId: string,
  coverage: number,
  groups: readonly Group[],
): MatchKind {
  if (coverage < WHOLE) return "partial";
  const ours = groups.map((g) => wording(page.text.slice(...spanOf(page, g)))).join(" ");
  const statement = corpus.statementById.get(corpus.quoteById.get(quoteId)!.statementId)!;
  const exact = statement.quoteIds.some((id) => {
    const { source, segments } = renderingOf(corpus.quoteById.get(id)!);
    return segments.map((s) => wording(source.slice(s.start, s.end))).join(" ") === ours;
  });
  return exact ? "exact" : "variant";
}

/** Long candidates, best first: most verified words, then the rendering they cover most completely. */
function rankedCandidates(page: Page, corpus: LoadedCorpus): Candidate[] {
  const share = (c: Candidate): number => c.covered / corpus.data.index.versions[c.version]!.words.length;
  return longCandidates(page, corpus).candidates.sort(
    (a, b) => b.covered - a.covered || share(b) - share(a) || a.version - b.version,
  );
}

/** Matches a page's text against the corpus. */
export function matchPage(text: string, corpus: LoadedCorpus, options: MatchOptions = {}): PageMatch {
  const page = readPage(text, corpus);
  const occupied = new Int32Array(page.ids.length).fill(-1);
  const matches: SpanMatch[] = [];
  let occurrence = 0;

  const take: Take = (statementId, quoteId, groups, kind, coverage, differences) => {
    for (const g of groups) {
      occupied.fill(occurrence, g.from, g.to + 1);
      const [start, end] = spanOf(page, g);
      matches.push({
        statementId,
        quoteId,
        kind,
        start,
        end,
        text: text.slice(start, end),
        coverage: Math.round(coverage * 1000) / 1000,
        occurrence,
        ...(differences ? { differences } : {}),
      });
    }
    occurrence++;
  };
  const free = (groups: readonly Group[]): boolean =>
    groups.every((g) => {
      for (let i = g.from; i <= g.to; i++) if (occupied[i]! >= 0) return false;
      return true;
    });
  const accept = (candidate: Candidate): void => {
    const statement = corpus.data.statements[corpus.statementOfVersion[candidate.version]!]!;
    const quoteId = corpus.data.quotes[corpus.data.index.versions[candidate.version]!.quote]!.id;
    const coverage = Math.min(1, candidate.covered / corpus.statementLength.get(statement.id)!);
    take(
      statement.id,
      quoteId,
      candidate.groups,
      kindOf(page, corpus, quoteId, coverage, candidate.groups),
      coverage,
    );
  };

  const candidates = rankedCandidates(page, corpus);
  const strong = candidates.filter((c) => c.strong);
  for (const candidate of strong) if (free(candidate.groups)) accept(candidate);

  const date = options.date ?? findDateLine(text);
  const statementsMatched = [...new Set(matches.map((m) => m.statementId))];
  const story = detectStory(
    corpus,
    storyPageOf(page),
    statementsMatched,
    date,
    options.url ?? null,
    options.tuning?.detection,
  );

  if (story) {
    for (const candidate of candidates) {
      if (candidate.strong || !free(candidate.groups)) continue;
      const storyId = corpus.data.statements[corpus.statementOfVersion[candidate.version]!]!.storyId;
      if (storyId === story.id) accept(candidate);
    }
    const reworded = options.tuning?.detection.reworded ?? REWORDED_TUNING;
    matchShortAndReworded(page, corpus, story, occupied, take, reworded);
  }

  const kept = options.tuning?.loneWords === false ? [...matches] : withoutLoneWords(page, corpus, matches);
  kept.sort((a, b) => a.start - b.start);
  const carried = new Set(kept.map((m) => m.statementId));
  const missing = story ? corpus.storyById.get(story.id)!.statementIds.filter((id) => !carried.has(id)) : [];
  return {
    story,
    matches: kept,
    missing,
    date,
    article: story ? identifyArticle(page, corpus, story, options.url) : null,
  };
}

/**
 * Which of the story's articles the page is: the one at the page's URL, else the one whose opening
 * and closing words the page carries verbatim (a saved copy of the article).
 */
function identifyArticle(
  page: Page,
  corpus: LoadedCorpus,
  story: StoryMatch,
  url: string | null | undefined,
): string | null {
  const articles = corpus.storyById.get(story.id)!.articleIds;
  if (url) {
    const byUrl = articles.find((id) => canonicalUrl(corpus.articleById.get(id)!.url) === canonicalUrl(url));
    if (byUrl) return byUrl;
  }
  const words = ` ${page.tokens.words.join(" ")} `;
  return (
    articles.find((id) => {
      const article = corpus.articleById.get(id)!;
      return (
        article.opening !== "" &&
        words.includes(` ${article.opening} `) &&
        words.includes(` ${article.closing} `)
      );
    }) ?? null
  );
}

/** On a story's page: short fragments, lone quotes, then reworded quotes, each in what is left. */
function matchShortAndReworded(
  page: Page,
  corpus: LoadedCorpus,
  story: StoryMatch,
  occupied: Int32Array,
  take: Take,
  tuning: RewordedTuning,
): void {
  matchFragments(page, corpus, story, occupied, take);
  matchLoneQuotes(page, corpus, story.id, occupied, take);
  matchShortRenderings(page, corpus, story.id, occupied, take);
  matchReworded(page, corpus, story.id, occupied, take, tuning);
}

/**
 * Renderings too short for a shingle ("false feminism", "taking action", "India is on the moon")
 * printed whole inside a longer quotation ("paying homage to false feminism, which is a great
 * scourge"): the outlet quoted more of the speech than the corpus did. One of one or two words
 * stays only by the lone-word rule (../match/lone-words.ts, applied to every match at the end);
 * a longer one wants its speaker named in the quotation's paragraph or the few before.
 */
function matchShortRenderings(
  page: Page,
  corpus: LoadedCorpus,
  storyId: string,
  occupied: Int32Array,
  take: Take,
): void {
  const byFirstWord = shortRenderingsOf(corpus, storyId);
  if (byFirstWord.size === 0) return;
  page.quoteWords.forEach(([from, to]) => {
    for (let i = from; i <= to; i++) {
      for (const rendering of byFirstWord.get(page.ids[i]!) ?? []) {
        const end = i + rendering.words.length - 1;
        if (end > to || !rendering.words.every((id, k) => page.ids[i + k] === id && occupied[i + k]! < 0))
          continue;
        if (rendering.words.length > LONE_QUOTE_MAX_WORDS) {
          if (!namesSpeaker(corpus, rendering.statementId, contextOf(page, i))) continue;
        }
        const coverage = Math.min(
          1,
          rendering.words.length / corpus.statementLength.get(rendering.statementId)!,
        );
        const groups = [{ from: i, to: end, covered: rendering.words.length }];
        take(
          rendering.statementId,
          rendering.quoteId,
          groups,
          kindOf(page, corpus, rendering.quoteId, coverage, groups),
          coverage,
        );
        i = end;
        break;
      }
    }
  });
}

interface ShortRendering {
  readonly statementId: string;
  readonly quoteId: string;
  readonly words: readonly number[];
}

/** The story's renderings shorter than a shingle with a content word, by their first word id, longest first. */
const shortRenderingsOf = memoOnPair((corpus: LoadedCorpus, storyId: string) => {
  const found = new Map<number, ShortRendering[]>();
  const vocabulary = corpus.data.index.vocabulary;
  for (const statementId of corpus.storyById.get(storyId)!.statementIds)
    for (const quoteId of corpus.statementById.get(statementId)!.quoteIds) {
      const words = corpus.data.index.versions[corpus.quoteIndex.get(quoteId)!]!.words;
      if (words.length >= SHINGLE || !words.some((id) => isContentWord(vocabulary[id]!))) continue;
      addTo(found, words[0]!, { statementId, quoteId, words });
    }
  for (const list of found.values()) list.sort((a, b) => b.words.length - a.words.length);
  return found;
});

function matchFragments(
  page: Page,
  corpus: LoadedCorpus,
  story: StoryMatch,
  occupied: Int32Array,
  take: Take,
): void {
  const statements = corpus.storyById.get(story.id)!.statementIds.map((id) => corpus.statementById.get(id)!);
  const versionsOf = new Map(statements.map((s) => [s.id, s.quoteIds.map((q) => corpus.quoteIndex.get(q)!)]));
  page.quoteWords.forEach(([from, to]) => {
    const length = to - from + 1;
    if (length > FRAGMENT_MAX_WORDS) return;
    let taken = false;
    for (let i = from; i <= to; i++) if (occupied[i]! >= 0) taken = true;
    if (taken) return;
    const words = page.tokens.words.slice(from, to + 1);
    if (!words.some(isContentWord)) return;
    const ids = Array.from(page.ids.subarray(from, to + 1));
    if (ids.some((id) => id < 0)) return;

    const found: Array<{ statementId: string; version: number }> = [];
    for (const statement of statements) {
      for (const version of versionsOf.get(statement.id)!) {
        if (containsRun(corpus.data.index.versions[version]!.words, ids)) {
          found.push({ statementId: statement.id, version });
          break;
        }
      }
    }
    if (found.length === 0) return;
    const chosen = found.length === 1 ? found[0]! : disambiguate(page, corpus, from, found);
    const coverage = Math.min(1, length / corpus.statementLength.get(chosen.statementId)!);
    const quoteId = corpus.data.quotes[corpus.data.index.versions[chosen.version]!.quote]!.id;
    const groups = [{ from, to, covered: length }];
    take(chosen.statementId, quoteId, groups, kindOf(page, corpus, quoteId, coverage, groups), coverage);
  });
}

function containsRun<T>(haystack: readonly T[], needle: readonly T[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Several statements contain the fragment ("cautiously optimistic": Rubio and Peskov both said it):
 * the one whose speaker the page names nearest before the quote in the same paragraph (by surname,
 * or by the institution in the role the corpus gives them: "Kremlin" for Peskov); else the most
 * quoted.
 */
function disambiguate(
  page: Page,
  corpus: LoadedCorpus,
  from: number,
  found: ReadonlyArray<{ statementId: string; version: number }>,
): { statementId: string; version: number } {
  const namesOf = (statementId: string): Set<string> => {
    const speaker = corpus.statementById.get(statementId)!.speaker;
    const names = new Set<string>();
    if (!speaker) return names;
    names.add(slugify(speaker.name.split(" ").pop()!));
    for (const word of corpus.speakerInstitutions.get(speaker.id) ?? []) names.add(word);
    return names;
  };
  const names = found.map((f) => namesOf(f.statementId));
  const paragraphStart = page.text.lastIndexOf("\n\n", page.tokens.starts[from]!);
  for (let i = from - 1; i >= 0 && page.tokens.starts[i]! > paragraphStart; i--) {
    const hit = names.findIndex((set) => set.has(page.tokens.words[i]!));
    if (hit >= 0) return found[hit]!;
  }
  const quoted = (f: { statementId: string }): number =>
    corpus.statementById.get(f.statementId)!.quoteIds.length;
  return [...found].sort((a, b) => quoted(b) - quoted(a))[0]!;
}

/** What story detection reads of the page: its words, and its quotations sentence by sentence. */
function storyPageOf(page: Page): StoryPage {
  return {
    words: page.tokens.words,
    wordSet: new Set(page.tokens.words),
    quotes: page.quoteWords.flatMap(([from, to]) =>
      sentencesIn(page, from, to).map(([a, b]) => quotedRun(page, a, b)),
    ),
  };
}

/** Page words [from, to] of a quotation, with the words around it read once, when first asked for. */
function quotedRun(page: Page, from: number, to: number): QuotedRun {
  let context: string[] | null = null;
  return {
    from,
    to,
    words: page.tokens.words.slice(from, to + 1),
    get context() {
      return (context ??= contextOf(page, from));
    },
    get printed() {
      const { starts, ends } = page.tokens;
      return starts.slice(from, to + 1).map((start, k) => page.text.slice(start, ends[from + k]));
    },
  };
}

/** A quotation's words [from, to] cut into its sentences: a translation renders one at a time. */
function sentencesIn(page: Page, from: number, to: number): Array<[number, number]> {
  const { text, tokens } = page;
  return splitRange(from, to, (i) => endsSentenceBetween(text, tokens.ends[i]!, tokens.starts[i + 1]!));
}

/**
 * Normalised words of the paragraph holding page word `i` and of the {@link SPEAKER_CONTEXT_PARAGRAPHS}
 * before it, where a reporter names the speaker whose words follow ("Rubiales said … He added:
 * …"), read once per paragraph: a paragraph's quotations, sentence by sentence, share it.
 */
function contextOf(page: Page, i: number): string[] {
  return paragraphContext(page, page.text.lastIndexOf("\n\n", page.tokens.starts[i]!));
}

/** {@link contextOf} by the offset of the paragraph's break (-1 for the first). */
const paragraphContext = memoOnPair((page: Page, paragraph: number): string[] => {
  let previous = paragraph;
  for (let k = 0; k < SPEAKER_CONTEXT_PARAGRAPHS && previous > 0; k++)
    previous = page.text.lastIndexOf("\n\n", previous - 1);
  const next = page.text.indexOf("\n\n", paragraph + 2);
  return tokenize(page.text, Math.max(0, previous), next < 0 ? page.text.length : next).words;
});

/**
 * Quoted words no verbatim match took, in runs (a quotation part matched, part reworded gives
 * one run for the rest): each run is aligned softly with the story's statements.
 */
function matchReworded(
  page: Page,
  corpus: LoadedCorpus,
  storyId: string,
  occupied: Int32Array,
  take: Take,
  tuning: RewordedTuning,
): void {
  // forEach: quotations without words are holes in quoteWords.
  page.quoteWords.forEach(([from, to]) => {
    let i = from;
    while (i <= to) {
      if (occupied[i]! >= 0) {
        i++;
        continue;
      }
      let j = i;
      while (j < to && occupied[j + 1]! < 0) j++;
      for (const [a, b] of sentencesIn(page, i, j)) {
        if (b - a + 1 < REWORDED_MIN_WORDS) continue;
        if (matchRun(corpus, storyId, quotedRun(page, a, b), take, tuning)) continue;
        // A sentence that renders two statements ("extremely wrong and irresponsible political
        // manipulation") is matched clause by clause.
        const clauses = clausesIn(page, a, b);
        if (clauses.length > 1)
          for (const [c, d] of clauses)
            if (d - c + 1 >= REWORDED_MIN_WORDS)
              matchRun(corpus, storyId, quotedRun(page, c, d), take, tuning, REWORDED_SHORT_RARITY);
      }
      i = j + 1;
    }
  });
}

/** Words [from, to] cut into clauses: at a comma, colon, semicolon or dash, and before "and" or "but". */
function clausesIn(page: Page, from: number, to: number): Array<[number, number]> {
  const { text, tokens } = page;
  return splitRange(from, to, (i) => {
    const next = tokens.words[i + 1]!;
    return (
      /[,;:—–]/.test(text.slice(tokens.ends[i]!, tokens.starts[i + 1]!)) || next === "and" || next === "but"
    );
  });
}

/** Whether the run renders one of the story's statements in other words (taken if so). */
function matchRun(
  corpus: LoadedCorpus,
  storyId: string,
  run: QuotedRun,
  take: Take,
  tuning: RewordedTuning,
  minRarity = 0,
): boolean {
  const found = rewordedStatement(corpus, storyId, run, tuning);
  // A clause is short: it must share words that are not everyday English ("I love OpenAI" is not
  // "I loved my time at OpenAI").
  if (!found || found.rarity < minRarity) return false;
  const { alignment } = found;
  const coverage = Math.min(
    1,
    (alignment.statementEnd - alignment.statementStart) / corpus.statementLength.get(found.statementId)!,
  );
  const kind = alignment.differences.length > 0 ? "reworded" : "partial";
  const group = { from: found.from, to: found.to, covered: found.to - found.from + 1 };
  take(found.statementId, found.quoteId, [group], kind, coverage, alignment.differences);
  return true;
}

/**
 * No lone words: a highlight of one or two words stays only when those words are distinctive of
 * its statement (../compile/lone-word-index.ts) and its paragraph, or the few before, names the
 * statement's speaker.
 */
function withoutLoneWords(page: Page, corpus: LoadedCorpus, matches: readonly SpanMatch[]): SpanMatch[] {
  return matches.filter((m) => {
    const words = tokenize(m.text).words;
    if (words.length > LONE_QUOTE_MAX_WORDS) return true;
    const storyId = corpus.statementById.get(m.statementId)!.storyId;
    const run = loneRunOf(corpus, storyId, words);
    const first = bisect(page.tokens.starts.length, (k) => page.tokens.starts[k]! > m.start) - 1;
    return (
      run !== null &&
      loneStatement(corpus, storyId, run, contextOf(page, Math.max(0, first))) === m.statementId
    );
  });
}

/** A quote of one or two words as one of the story's lone runs, with the index of a reworded word. */
interface LoneRun {
  readonly words: readonly string[];
  readonly differs: 0 | 1 | null;
}

/**
 * The story's lone run a quote of one or two words is: its words, or their stems, are one of the
 * story's distinctive runs (../compile/lone-word-index.ts), or it is a distinctive pair with one
 * word reworded; or null. Read before the words around the quote, which cost a tokenising.
 */
function loneRunOf(corpus: LoadedCorpus, storyId: string, words: readonly string[]): LoneRun | null {
  const lone = loneRunsOf(corpus, storyId);
  if (lone.has(words.join(" ")) || lone.has(stemKey(words))) return { words, differs: null };
  const pair = rewordedPair(corpus, storyId, words);
  return pair ? { words: pair.run.split(" "), differs: pair.differs } : null;
}

/** The statement a lone run stands for, when the context names its speaker (and only its), or null. */
function loneStatement(
  corpus: LoadedCorpus,
  storyId: string,
  run: LoneRun,
  context: readonly string[],
): string | null {
  return statementOfLoneQuote({ words: run.words, context }, loneRunsOf(corpus, storyId), (id) =>
    speakerKeys(corpus, id),
  );
}

/**
 * Quotations of one or two words no other rule took ("deeply regrets" for "I deeply regret"): a
 * highlight when they are distinctive of one statement and the words around them name its speaker.
 */
function matchLoneQuotes(
  page: Page,
  corpus: LoadedCorpus,
  storyId: string,
  occupied: Int32Array,
  take: Take,
): void {
  page.quoteWords.forEach(([from, to]) => {
    if (to - from + 1 > LONE_QUOTE_MAX_WORDS || occupied[from]! >= 0 || occupied[to]! >= 0) return;
    const words = page.tokens.words.slice(from, to + 1);
    // The index first: most short quotes ("a", "the") are no statement's, and reading the words
    // around each would cost a page of thousands of them the square of their number.
    const run = loneRunOf(corpus, storyId, words);
    const statementId = run && loneStatement(corpus, storyId, run, contextOf(page, from));
    if (!run || !statementId) return;
    const statement = corpus.statementById.get(statementId)!;
    const coverage = Math.min(1, words.length / corpus.statementLength.get(statementId)!);
    const groups = [{ from, to, covered: words.length }];
    if (run.differs === null) {
      take(statementId, statement.canonicalQuoteId, groups, "partial", coverage);
      return;
    }
    const at = from + run.differs;
    const printed = page.text.slice(page.tokens.starts[at]!, page.tokens.ends[at]!);
    const differences = [{ page: printed, corpus: run.words[run.differs]! }];
    take(statementId, statement.canonicalQuoteId, groups, "reworded", coverage, differences);
  });
}
