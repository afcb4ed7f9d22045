/**
 * The compiled corpus: what `npm run build:corpus` writes and the extension ships. Plain JSON, in a
 * stable order, with a schema version. This module is its one definition: each type is inferred from
 * its valibot schema, and the algorithms (attribution, word comparison, the compiler, the matcher)
 * import the shapes from here, never the other way round, so this folder imports nothing of the
 * project. {@link parseCompiledCorpus} validates parsed JSON against it.
 */
import * as v from "valibot";
import { CorpusError } from "./corpus-error.js";
import { expected, parseOrFail } from "./validation.js";

export const SCHEMA_VERSION = 4;

const text = v.string(expected("a string"));
const nullableText = v.nullable(v.string(expected("a string or null")));
const integer = v.pipe(v.number(expected("a number")), v.integer(expected("a whole number")));
const list = <T extends v.GenericSchema>(item: T) => v.array(item, expected("a list"));
const record = <T extends v.ObjectEntries>(entries: T) =>
  v.pipe(v.object(entries, expected("an object")), v.readonly());
/**
 * A list of vocabulary ids, checked in one loop: the index holds a few million of them, and a schema
 * per number (with a copied array per rendering) tripled the loader's validation time.
 */
function wordIds() {
  return v.custom<number[]>(
    (input) => Array.isArray(input) && input.every((w) => Number.isInteger(w)),
    expected("a list of whole numbers"),
  );
}
/**
 * A long list of small entries, checked by one loop rather than entry by entry by the schema
 * library (which copies each): a corpus of thousands of stories carries a million of them.
 */
function entries<T>(isEntry: (entry: unknown) => boolean, what: string) {
  return v.custom<T[]>(
    (input) => Array.isArray(input) && input.every(isEntry),
    expected(`a list of ${what}`),
  );
}
const isText = (x: unknown): x is string => typeof x === "string";
const isTextList = (x: unknown): boolean => Array.isArray(x) && x.every(isText);
const isTuple = (x: unknown, length: number): x is unknown[] => Array.isArray(x) && x.length === length;

/** A [key, weight] pair: a story's people, places and terms. */
const weighted = v.tuple([text, v.number(expected("a number"))], expected("a [name, number] pair"));

export const SpeakerSchema = record({
  /** Stable slug shared across articles ("dmitry-peskov", "kremlin"). */
  id: text,
  /** Display name ("Dmitry Peskov", "Kremlin"). */
  name: text,
  kind: v.picklist(["person", "organisation"], expected('"person" or "organisation"')),
});
/** A speaker as the corpus and the matcher name it. */
export type Speaker = v.InferOutput<typeof SpeakerSchema>;

export const QuoteKindSchema = v.picklist(
  ["full", "partial", "scare"],
  expected('"full", "partial" or "scare"'),
);
export type QuoteKind = v.InferOutput<typeof QuoteKindSchema>;

/** Which attribution rule named the speaker. */
export const AttributionRuleSchema = v.picklist(
  [
    "after-quote", // "…," Trump wrote / "…," said Peskov
    "between-segments", // "…," he wrote. "…"
    "before-quote", // Trump wrote on Truth Social: "…" / Peskov told reporters that "…"
    "sentence-subject", // the person the reporter's sentence is about
    "previous-speaker", // a paragraph that is only a quote continues the last speaker
    "none",
  ],
  expected("an attribution rule"),
);
export type AttributionRule = v.InferOutput<typeof AttributionRuleSchema>;

const attributionEntries = {
  /** The cue verb as printed, lower-cased ("said", "wrote", "told"), or null when inherited. */
  cue: nullableText,
  /** Where the words were said, when the article says ("Truth Social", "a press conference"). */
  channel: nullableText,
  /** The speaker's role as the article gives it ("Kremlin spokesman"). */
  role: nullableText,
  /** The reporter's sentence that carries the quote and its attribution, as printed. */
  sentence: text,
  /** Where `sentence` starts in the body: it contains every segment of the quote. */
  sentenceStart: integer,
  /** The attribution clause itself ("Trump wrote on Truth Social"), for display. */
  phrase: nullableText,
  rule: AttributionRuleSchema,
};
export const AttributionSchema = record(attributionEntries);
/** How an article attributes a quote: cue, channel, role, sentence, phrase and the rule that found it. */
export type Attribution = v.InferOutput<typeof AttributionSchema>;

export const WordOpKindSchema = v.picklist(
  [
    "same", // in both renderings
    "inserted", // only in the shown rendering, as the speaker's words, among shared ones
    "beyond", // only in the shown rendering, before or after everything the reference quotes
    "bracketed", // only in the shown rendering, as an editorial insertion in brackets
    "omitted", // only in the reference, left out in the middle
    "clipped", // only in the reference, cut from the start or the end
    "elided", // in one rendering only, where the other has an ellipsis
    "split", // the shown rendering breaks the quote here (…," he wrote. "…)
  ],
  expected("a word operation"),
);
export type WordOpKind = v.InferOutput<typeof WordOpKindSchema>;

export const WordOpSchema = record({
  op: WordOpKindSchema,
  /** The words as printed (in the shown rendering, or in the reference for missing words). */
  text,
});
/** One step of a word comparison between two renderings. */
export type WordOp = v.InferOutput<typeof WordOpSchema>;

export const CorpusArticleSchema = record({
  id: text,
  /** The seed file it was compiled from. */
  file: text,
  outlet: text,
  title: text,
  dek: nullableText,
  date: text,
  url: text,
  /**
   * The body's first and last words (normalised, space-separated): enough to recognise a saved copy
   * of the article, without shipping its text. Quote offsets still count characters of the body.
   */
  opening: text,
  closing: text,
  storyId: text,
});
export type CorpusArticle = v.InferOutput<typeof CorpusArticleSchema>;

const offsets = record({ start: integer, end: integer });

/** A quote of an article (one rendering of a statement) with its attribution. */
export const CorpusQuoteSchema = record({
  id: text,
  articleId: text,
  text,
  start: integer,
  end: integer,
  segments: list(offsets),
  speaker: v.nullable(SpeakerSchema),
  ...attributionEntries,
  kind: QuoteKindSchema,
  statementId: text,
});
export type CorpusQuote = v.InferOutput<typeof CorpusQuoteSchema>;

export const CorpusStatementSchema = record({
  id: text,
  speaker: v.nullable(SpeakerSchema),
  /** Canonical wording: the longest rendering. */
  text,
  /** The quote whose wording is canonical. */
  canonicalQuoteId: text,
  /** Every rendering, ordered by article then position. */
  quoteIds: list(text),
  articleIds: list(text),
  storyId: text,
  /** Each rendering compared with the canonical one, by quote id (the canonical one omitted). */
  comparisons: v.pipe(v.record(text, list(WordOpSchema), expected("an object")), v.readonly()),
});
export type CorpusStatement = v.InferOutput<typeof CorpusStatementSchema>;

export const StoryEntitySchema = record({
  kind: v.picklist(["person", "organisation", "place", "name"], expected("an entity kind")),
  /** As the articles print it ("Javier Milei", "Argentina"). */
  name: text,
  /** Normalised word runs, any of which on a page names the entity ("javier milei", "milei"). */
  keys: list(text),
  /** Mentions across the story's articles. */
  count: integer,
});
export type StoryEntity = v.InferOutput<typeof StoryEntitySchema>;

export const CorpusStorySchema = record({
  id: text,
  title: text,
  /** Earliest article date, YYYY-MM-DD. */
  date: text,
  articleIds: list(text),
  statementIds: list(text),
  /** The people, organisations and places the story's articles name most, most named first. */
  entities: list(StoryEntitySchema),
  /** Distinctive words of the story (rare in English, common in its articles), weights in (0, 1]. */
  terms: list(weighted),
  /**
   * Rare three-word runs of its statements: [run, weight, statement index in `statements`]
   * (indexes, not ids: a story has thousands of runs, and an id is forty characters).
   */
  runs: entries<[string, number, number]>(
    (r) => isTuple(r, 3) && isText(r[0]) && typeof r[1] === "number" && Number.isInteger(r[2]),
    "[run, weight, statement] triples",
  ),
  /**
   * Distinctive one- and two-word runs that may stand alone as a quote: [run, the indexes in
   * `statements` of the statements printing it].
   */
  loneRuns: entries<[string, number[]]>(
    (r) => isTuple(r, 2) && isText(r[0]) && Array.isArray(r[1]) && r[1].every(Number.isInteger),
    "[run, statements] pairs",
  ),
});
export type CorpusStory = v.InferOutput<typeof CorpusStorySchema>;

/** One rendering of a statement as the matcher indexes it: the spoken words as vocabulary ids. */
export const IndexedVersionSchema = record({
  quote: integer,
  words: wordIds(),
});
export type IndexedVersion = v.InferOutput<typeof IndexedVersionSchema>;

export const CompiledCorpusSchema = v.pipe(
  v.object(
    {
      schemaVersion: v.literal(SCHEMA_VERSION, expected(`${SCHEMA_VERSION}, the version this build reads`)),
      /** Hash of the seed files and manifest the corpus was compiled from. */
      sourceHash: text,
      articles: list(CorpusArticleSchema),
      quotes: list(CorpusQuoteSchema),
      statements: list(CorpusStatementSchema),
      stories: list(CorpusStorySchema),
      /** Every speaker and institution the articles name (institutions in roles included). */
      people: list(SpeakerSchema),
      index: record({
        vocabulary: list(text),
        versions: list(IndexedVersionSchema),
      }),
      /**
       * For soft alignment, each word of the statements' renderings: [word, stems that count as
       * the same word, stems of its synonyms, how rare it is in English (0 everyday – 1 unlisted)];
       * a page word then only needs stemming.
       */
      wordKeys: entries<[string, string[], string[], number]>(
        (e) =>
          isTuple(e, 4) && isText(e[0]) && isTextList(e[1]) && isTextList(e[2]) && typeof e[3] === "number",
        "[word, stems, related stems, rarity] entries",
      ),
    },
    () => "not a JSON object",
  ),
  v.readonly(),
);
export type CompiledCorpus = v.InferOutput<typeof CompiledCorpusSchema>;

/**
 * Validates parsed JSON as a compiled corpus of this schema version. Throws a one-line
 * {@link CorpusError} naming `file` and the first field that is wrong.
 */
export function parseCompiledCorpus(data: unknown, file: string): CompiledCorpus {
  return parseOrFail(CompiledCorpusSchema, data, (problem) => {
    throw new CorpusError(file, `${problem}; rebuild it with npm run build:corpus`);
  });
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
