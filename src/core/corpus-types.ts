/**
 * The compiled corpus: what `npm run build:corpus` writes and the extension ships. Plain JSON, in a
 * stable order, with a schema version that {@link loadCorpus} checks.
 */
import type { WordOp } from "./compare-wordings.js";
import type { Attribution, QuoteKind } from "./extract-quotes.js";
import type { Speaker } from "./mentions.js";

export const SCHEMA_VERSION = 2;

export interface CorpusArticle {
  readonly id: string;
  /** The seed file it was compiled from. */
  readonly file: string;
  readonly outlet: string;
  readonly title: string;
  readonly dek: string | null;
  readonly date: string;
  readonly url: string;
  /**
   * The body's first and last words (normalised, space-separated): enough to recognise a saved copy
   * of the article, without shipping its text. Quote offsets still count characters of the body.
   */
  readonly opening: string;
  readonly closing: string;
  readonly storyId: string;
}

/** A quote of an article with its attribution (cue, channel, role, sentence, phrase, rule). */
export interface CorpusQuote extends Attribution {
  readonly id: string;
  readonly articleId: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly segments: ReadonlyArray<{ start: number; end: number }>;
  readonly speaker: Speaker | null;
  readonly kind: QuoteKind;
  readonly statementId: string;
}

export interface CorpusStatement {
  readonly id: string;
  readonly speaker: Speaker | null;
  /** Canonical wording: the longest rendering. */
  readonly text: string;
  /** The quote whose wording is canonical. */
  readonly canonicalQuoteId: string;
  /** Every rendering, ordered by article then position. */
  readonly quoteIds: string[];
  readonly articleIds: string[];
  readonly storyId: string;
  /** Each rendering compared with the canonical one, by quote id (the canonical one omitted). */
  readonly comparisons: Readonly<Record<string, WordOp[]>>;
}

export interface CorpusStory {
  readonly id: string;
  readonly title: string;
  /** Earliest article date, YYYY-MM-DD. */
  readonly date: string;
  readonly articleIds: string[];
  readonly statementIds: string[];
  /** People and institutions the story's articles name, most named first: [id, count]. */
  readonly people: Array<[string, number]>;
  /** Places the story's articles name: [normalised name, count]. */
  readonly places: Array<[string, number]>;
  /** Distinctive words of the story with weights in (0, 1]. */
  readonly terms: Array<[string, number]>;
}

/** One rendering of a statement as the matcher indexes it: the spoken words as vocabulary ids. */
export interface IndexedVersion {
  readonly quote: number;
  readonly words: number[];
}

export interface CompiledCorpus {
  readonly schemaVersion: number;
  /** Hash of the seed files and manifest the corpus was compiled from. */
  readonly sourceHash: string;
  readonly articles: CorpusArticle[];
  readonly quotes: CorpusQuote[];
  readonly statements: CorpusStatement[];
  readonly stories: CorpusStory[];
  readonly people: Speaker[];
  readonly index: {
    readonly vocabulary: string[];
    readonly versions: IndexedVersion[];
  };
}

/** A quote as a rendering for word comparisons: its sentence, with the segments' offsets in it. */
export function renderingOf(quote: CorpusQuote): {
  source: string;
  segments: Array<{ start: number; end: number }>;
} {
  return {
    source: quote.sentence,
    segments: quote.segments.map((s) => ({
      start: s.start - quote.sentenceStart,
      end: s.end - quote.sentenceStart,
    })),
  };
}
