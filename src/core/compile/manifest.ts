/**
 * The seeds manifest (seeds/corpus.json), hand-written: which article files make the corpus, with
 * the outlet and whatever the text lacks. Its valibot schema gives both the type and the one-line
 * error naming the field ("articles[0].date must be YYYY-MM-DD and a day that exists, found …").
 */
import * as v from "valibot";
import { CorpusError } from "../corpus/corpus-error.js";
import { displayFileName } from "../corpus/display-file-name.js";
import { describeValue, expected, parseOrFail } from "../corpus/validation.js";

/** Version of the hand-written seeds manifest's format (the compiled corpus has its own). */
export const MANIFEST_VERSION = 1;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD date that exists: "2025-02-30" has the right shape but is no day of any year. */
function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const required = v.pipe(
  v.string(() => "must be a non-empty string"),
  v.check((s) => s.trim() !== "", "must be a non-empty string"),
);
const optionalText = v.optional(v.string("must be a string"));

const ManifestEntrySchema = v.pipe(
  v.object(
    {
      file: required,
      outlet: required,
      url: v.optional(
        v.pipe(
          v.string("must be a string"),
          v.regex(
            /^https?:\/\/\S+$/,
            (issue) => `must be an http(s) URL, found ${describeValue(issue.input)}`,
          ),
        ),
      ),
      date: v.optional(
        v.pipe(
          v.string("must be a string"),
          v.check(
            isCalendarDate,
            (issue) => `must be YYYY-MM-DD and a day that exists, found ${describeValue(issue.input)}`,
          ),
        ),
      ),
      title: optionalText,
      /** Articles with the same story key are one story whatever their quotes say. */
      story: optionalText,
    },
    // A required field that is absent is reported by the object itself.
    (issue) => (issue.input === undefined ? "must be a non-empty string" : "is not an object"),
  ),
  v.readonly(),
);
export type ManifestEntry = v.InferOutput<typeof ManifestEntrySchema>;

const ManifestSchema = v.object(
  {
    schemaVersion: v.literal(
      MANIFEST_VERSION,
      (issue) => `must be ${MANIFEST_VERSION}, found ${describeValue(issue.input)}`,
    ),
    articles: v.pipe(
      v.array(ManifestEntrySchema, expected("a non-empty list")),
      v.nonEmpty("must be a non-empty list"),
    ),
  },
  "expected an object with `schemaVersion` and `articles`",
);

/** Parses and validates the manifest's text. Throws a one-line {@link CorpusError} naming `name`. */
export function parseManifest(name: string, text: string): ManifestEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(name, `not valid JSON (${(error as Error).message})`);
  }
  // An array is an object to JSON but never a manifest.
  if (Array.isArray(data))
    throw new CorpusError(name, "expected an object with `schemaVersion` and `articles`");
  const manifest = parseOrFail(ManifestSchema, data, (problem) => {
    throw new CorpusError(name, problem);
  });
  const seen = new Set<string>();
  manifest.articles.forEach((entry, i) => {
    if (seen.has(entry.file)) {
      throw new CorpusError(name, `articles[${i}]: ${displayFileName(entry.file)} is listed twice`);
    }
    seen.add(entry.file);
  });
  return manifest.articles;
}
