/**
 * Reads the real-coverage development set (tests/fixtures/real/README.md): one folder per story,
 * discovered by listing the folder, so a new story is scored as soon as it is written. The schema
 * below is what the scorer relies on; scripts/check-real-fixtures.mjs checks the rest of the format
 * (page counts, dates of 2023–2024, statements printed in their corpus file).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as v from "valibot";
import { readSeeds } from "../../src/node/corpus-files.js";
import type { CorpusInput } from "../../src/core/compile/compile-corpus.js";

/** The committed development set. */
export const DEFAULT_FIXTURES_DIR = path.resolve(import.meta.dirname, "../../tests/fixtures/real");

/** Label kinds, in the README's order of precedence. */
export const LABEL_KINDS = [
  "exact",
  "partial",
  "fragment",
  "split",
  "bracketed",
  "elided",
  "case",
  "reworded",
  "translated",
  "unquoted",
] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

export const PAGE_GROUPS = ["same", "near-miss", "unrelated"] as const;
export type PageGroup = (typeof PAGE_GROUPS)[number];

const Text = v.pipe(v.string(), v.minLength(1, "must not be empty"));

const StorySchema = v.object({
  id: Text,
  title: Text,
  date: v.pipe(v.string(), v.isoDate("must be YYYY-MM-DD")),
  statements: v.pipe(
    v.array(v.object({ id: Text, speaker: Text, text: Text, corpusFile: Text })),
    v.minLength(1, "needs at least one statement"),
  ),
});

const SpanSchema = v.object({
  text: Text,
  statement: Text,
  kind: v.picklist(LABEL_KINDS, `must be one of ${LABEL_KINDS.join(", ")}`),
  speaker: v.nullish(v.string(), null),
});

const PageSchema = v.object({
  url: Text,
  outlet: Text,
  date: v.pipe(v.string(), v.isoDate("must be YYYY-MM-DD")),
  group: v.picklist(PAGE_GROUPS, `must be one of ${PAGE_GROUPS.join(", ")}`),
  text: Text,
  spans: v.optional(v.array(SpanSchema), []),
  paraphrases: v.optional(v.array(v.object({ text: Text, statement: Text })), []),
  lookalikes: v.optional(v.array(v.object({ text: Text, note: v.optional(v.string()) })), []),
});

export type StoryStatement = v.InferOutput<typeof StorySchema>["statements"][number];
export type SpanLabel = v.InferOutput<typeof SpanSchema>;

export interface PageFixture extends v.InferOutput<typeof PageSchema> {
  /** The page's file name in the story's pages/ folder ("07-bbc.json"). */
  readonly file: string;
}

export interface StoryFixture {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly statements: readonly StoryStatement[];
  /** The story's corpus folder read as a seeds folder (manifest and .txt articles). */
  readonly corpus: CorpusInput;
  readonly pages: readonly PageFixture[];
}

/** A fixture that cannot be scored; the message names the file and the problem in one line. */
export class FixtureError extends Error {
  override readonly name = "FixtureError";
}

function parseJson<S extends v.GenericSchema>(schema: S, file: string): v.InferOutput<S> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new FixtureError(`${file}: not readable JSON (${(error as Error).message})`);
  }
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const issue = result.issues[0];
    throw new FixtureError(`${file}: ${v.getDotPath(issue) ?? "(top level)"} ${issue.message}`);
  }
  return result.output;
}

/** Labels must be exact substrings of their page and name statements of the story. */
function checkLabels(file: string, page: PageFixture, statementIds: ReadonlySet<string>): void {
  const labels = [...page.spans, ...page.paraphrases, ...page.lookalikes];
  for (const label of labels) {
    if (!page.text.includes(label.text))
      throw new FixtureError(
        `${file}: label "${label.text.slice(0, 60)}" is not a substring of the page text`,
      );
    if ("statement" in label && !statementIds.has(label.statement))
      throw new FixtureError(`${file}: label names unknown statement "${label.statement}"`);
  }
}

/** The story folder names under `root`, sorted. */
export function listStories(root: string): string[] {
  if (!existsSync(root)) throw new FixtureError(`${root}: no such fixtures folder`);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Reads one story folder. Throws {@link FixtureError}. */
export function readStory(root: string, slug: string): StoryFixture {
  const dir = path.join(root, slug);
  const storyFile = path.join(dir, "story.json");
  if (!existsSync(storyFile)) throw new FixtureError(`${storyFile}: missing (is "${slug}" a story folder?)`);
  const story = parseJson(StorySchema, storyFile);
  if (story.id !== slug) throw new FixtureError(`${storyFile}: id "${story.id}" is not the folder name`);
  let corpus: CorpusInput;
  try {
    corpus = readSeeds(path.join(dir, "corpus"));
  } catch (error) {
    throw new FixtureError((error as Error).message);
  }
  const statementIds = new Set(story.statements.map((s) => s.id));
  const pagesDir = path.join(dir, "pages");
  const names = existsSync(pagesDir) ? readdirSync(pagesDir).filter((f) => f.endsWith(".json")) : [];
  const pages = names.sort().map((name) => {
    const file = path.join(pagesDir, name);
    const page: PageFixture = { ...parseJson(PageSchema, file), file: name };
    checkLabels(file, page, statementIds);
    return page;
  });
  return { id: story.id, title: story.title, date: story.date, statements: story.statements, corpus, pages };
}

/** Every story under `root` (or only `slugs`), in folder order. Throws {@link FixtureError}. */
export function readStories(root = DEFAULT_FIXTURES_DIR, slugs: readonly string[] = []): StoryFixture[] {
  const wanted = slugs.length > 0 ? slugs : listStories(root);
  return wanted.map((slug) => readStory(root, slug));
}
