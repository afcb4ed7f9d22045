/**
 * What Verbatim shows for a page, built from a {@link PageMatch}: each matched span with its
 * statement, speaker and every other outlet's rendering (words, attribution, and a word-level
 * comparison against this page's wording), then the story's statements the page lacks. The CLI
 * prints it and the popup renders it, so both show the same thing.
 */
import {
  compareWordings,
  summariseDifferences,
  type Rendering,
  type WordOp,
} from "../text/compare-wordings.js";
import { addTo } from "../common/multimap.js";
import { renderingOf, type CorpusQuote } from "../corpus/schema.js";
import type { LoadedCorpus } from "../match/load-corpus.js";
import type { MatchKind, PageMatch, SpanMatch, WordingDifference } from "../match/match-page.js";

export interface VersionView {
  readonly quoteId: string;
  readonly articleId: string;
  readonly outlet: string;
  readonly url: string;
  readonly date: string;
  readonly title: string;
  /** The words as that outlet printed them. */
  readonly text: string;
  /** How the outlet attributed them ("Trump wrote on Truth Social"), or its sentence when no clause. */
  readonly attribution: string;
  readonly sentence: string;
  readonly speaker: string | null;
  readonly cue: string | null;
  readonly channel: string | null;
  /** That outlet's words compared with this page's. */
  readonly comparison: WordOp[];
  readonly differences: string[];
}

export interface MatchView {
  readonly statementId: string;
  readonly speaker: string | null;
  readonly kind: MatchKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly occurrence: number;
  readonly versions: VersionView[];
  /** For kind `reworded`: where the page's words differ from the canonical rendering; else empty. */
  readonly differences: readonly WordingDifference[];
  /** The outlet whose rendering is the statement's canonical one, which `differences` compare with. */
  readonly canonicalOutlet: string;
}

export interface MissingView {
  readonly statementId: string;
  readonly speaker: string | null;
  readonly text: string;
  readonly outlets: string[];
}

export interface PageReport {
  readonly story: {
    readonly id: string;
    readonly title: string;
    readonly score: number;
    readonly date: string;
    readonly outlets: string[];
    readonly evidence: NonNullable<PageMatch["story"]>["evidence"];
  } | null;
  /** The corpus article this page is, whose own renderings are not "other outlets". */
  readonly articleId: string | null;
  readonly matches: MatchView[];
  readonly missing: MissingView[];
}

/** The attribution as a reader wants it: the clause if the extractor found one, else the sentence. */
export function attributionText(quote: CorpusQuote): string {
  return quote.phrase ?? quote.sentence;
}

/** One rendering per other article: the longest quote of the statement in each. */
function otherRenderings(
  corpus: LoadedCorpus,
  statementId: string,
  selfArticleId: string | null,
): CorpusQuote[] {
  const statement = corpus.statementById.get(statementId)!;
  const best = new Map<string, CorpusQuote>();
  for (const id of statement.quoteIds) {
    const quote = corpus.quoteById.get(id)!;
    if (quote.articleId === selfArticleId) continue;
    const length = (q: CorpusQuote): number => q.segments.reduce((sum, s) => sum + s.end - s.start, 0);
    const current = best.get(quote.articleId);
    if (!current || length(quote) > length(current)) best.set(quote.articleId, quote);
  }
  return [...best.values()];
}

/**
 * Every other outlet's rendering of a statement, each compared with `reference` (this page's wording,
 * or for the lookup the statement's canonical rendering).
 */
export function versionsOf(
  corpus: LoadedCorpus,
  statementId: string,
  reference: Rendering,
  selfArticleId: string | null,
): VersionView[] {
  return otherRenderings(corpus, statementId, selfArticleId).map((quote) =>
    versionView(corpus, quote, reference),
  );
}

function versionView(corpus: LoadedCorpus, quote: CorpusQuote, reference: Rendering): VersionView {
  const article = corpus.articleById.get(quote.articleId)!;
  const comparison = compareWordings(renderingOf(quote), reference);
  return {
    quoteId: quote.id,
    articleId: article.id,
    outlet: article.outlet,
    url: article.url,
    date: article.date,
    title: article.title,
    text: quote.text,
    attribution: attributionText(quote),
    sentence: quote.sentence,
    speaker: quote.speaker?.name ?? null,
    cue: quote.cue,
    channel: quote.channel,
    comparison,
    differences: summariseDifferences(comparison),
  };
}

/** Builds the report for a page's text and its match. */
export function buildPageReport(pageText: string, match: PageMatch, corpus: LoadedCorpus): PageReport {
  const story = match.story ? corpus.storyById.get(match.story.id)! : null;
  const byOccurrence = new Map<number, SpanMatch[]>();
  for (const m of match.matches) addTo(byOccurrence, m.occurrence, m);
  const matches = match.matches.map((m): MatchView => {
    const statement = corpus.statementById.get(m.statementId)!;
    const occurrence = byOccurrence.get(m.occurrence)!;
    return {
      statementId: m.statementId,
      speaker: statement.speaker?.name ?? null,
      kind: m.kind,
      start: m.start,
      end: m.end,
      text: m.text,
      occurrence: m.occurrence,
      versions: versionsOf(
        corpus,
        m.statementId,
        { source: pageText, segments: occurrence.map((o) => ({ start: o.start, end: o.end })) },
        match.article,
      ),
      differences: m.differences ?? [],
      canonicalOutlet: corpus.articleById.get(corpus.quoteById.get(statement.canonicalQuoteId)!.articleId)!
        .outlet,
    };
  });
  const missing = match.missing.map((id): MissingView => {
    const statement = corpus.statementById.get(id)!;
    return {
      statementId: id,
      speaker: statement.speaker?.name ?? null,
      text: statement.text,
      outlets: [...new Set(statement.articleIds.map((a) => corpus.articleById.get(a)!.outlet))],
    };
  });
  return {
    story:
      story && match.story
        ? {
            id: story.id,
            title: story.title,
            score: match.story.score,
            date: story.date,
            outlets: [...new Set(story.articleIds.map((a) => corpus.articleById.get(a)!.outlet))],
            evidence: match.story.evidence,
          }
        : null,
    articleId: match.article,
    matches,
    missing,
  };
}
