/**
 * The corpora the scorer measures against: each story's own corpus, and every story's corpus in one
 * seeds folder (a multi-story corpus, as seeds/ would be with all of them added "exactly as the
 * README says"). Also ties the fixtures' statement ids to the compiler's, which the compiler derives
 * from its own quote extraction and cannot know.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { tile, covered } from "../../src/core/text/align.js";
import { compileCorpus, type CorpusInput } from "../../src/core/compile/compile-corpus.js";
import type { CompiledCorpus } from "../../src/core/corpus/schema.js";
import { loadCorpus, type LoadedCorpus } from "../../src/core/match/load-corpus.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import { MANIFEST_NAME, readSeeds } from "../../src/node/corpus-files.js";
import { FixtureError, type StoryFixture } from "./fixtures.js";
import { sameSpeaker } from "./names.js";

/** Below this share of its words found in one compiled rendering, a statement counts as not compiled. */
const MIN_STATEMENT_SHARE = 0.5;
/** A further compiled statement is the same one when each rendering carries this share of the other. */
const SAME_WORDS = 0.8;

/** A story.json statement and the compiled statements that carry it. */
export interface StatementMapping {
  readonly id: string;
  /**
   * The compiled statement whose rendering carries most of its words, then any other compiled
   * statement with a rendering of the same words (the compiler keeps "This is a moment to cherish
   * forever" twice when one copy has no speaker): a highlight of either reports this statement.
   * Empty when no compiled rendering carries it.
   */
  readonly compiledIds: string[];
  /** Share (0–1) of the statement's words the best compiled rendering carries. */
  readonly share: number;
  readonly speaker: string;
  /** The first compiled statement's speaker. */
  readonly compiledSpeaker: string | null;
  /** The compiled speaker shares a name word with story.json's. */
  readonly speakerRight: boolean;
}

/** One compiled corpus and how each fixture story it holds maps onto it. */
export interface PreparedCorpus {
  readonly loaded: LoadedCorpus;
  /** Fixture story id → the compiled story ids of its corpus articles (one, unless the compiler split it). */
  readonly storyIds: ReadonlyMap<string, ReadonlySet<string>>;
  /** Fixture story id → its statements' mappings. */
  readonly statements: ReadonlyMap<string, readonly StatementMapping[]>;
}

export type CompileCorpus = (input: CorpusInput) => CompiledCorpus;

function wordsOf(text: string): string[] {
  return tokenize(text).words;
}

interface Carrier {
  readonly statementId: string;
  /** Share of the story statement's words the rendering carries. */
  readonly share: number;
  /** Share of the rendering's words that are the story statement's. */
  readonly back: number;
  readonly ownFile: boolean;
}

/**
 * Every compiled rendering from the story's own corpus files scored against a story statement's
 * words, best first. Only its own files: in the multi-story corpus another story's quote may share
 * the words ("India is on the moon") but is not this statement.
 */
function carriers(
  words: readonly string[],
  story: StoryFixture,
  corpusFile: string,
  compiled: CompiledCorpus,
): Carrier[] {
  const fileOf = new Map(compiled.articles.map((a) => [a.id, a.file]));
  return compiled.quotes
    .filter((quote) => story.corpus.files.has(fileOf.get(quote.articleId)!))
    .map((quote) => {
      const rendering = wordsOf(quote.text);
      const shared = words.length === 0 ? 0 : covered(tile(words, rendering, 2));
      return {
        statementId: quote.statementId,
        share: words.length === 0 ? 0 : shared / words.length,
        back: rendering.length === 0 ? 0 : shared / rendering.length,
        ownFile: fileOf.get(quote.articleId) === corpusFile,
      };
    })
    .sort((a, b) => b.share - a.share || Number(b.ownFile) - Number(a.ownFile));
}

/** Finds each story.json statement among its story's compiled renderings, preferring its own file's. */
export function mapStatements(story: StoryFixture, compiled: CompiledCorpus): StatementMapping[] {
  const statementById = new Map(compiled.statements.map((s) => [s.id, s]));
  return story.statements.map((statement) => {
    const found = carriers(wordsOf(statement.text), story, statement.corpusFile, compiled);
    const best = found[0];
    const ids: string[] = [];
    if (best && best.share >= MIN_STATEMENT_SHARE) {
      ids.push(best.statementId);
      for (const c of found)
        if (c.share >= SAME_WORDS && c.back >= SAME_WORDS && !ids.includes(c.statementId))
          ids.push(c.statementId);
    }
    const compiledSpeaker = ids.length > 0 ? (statementById.get(ids[0]!)!.speaker?.name ?? null) : null;
    return {
      id: statement.id,
      compiledIds: ids,
      share: Math.round((best?.share ?? 0) * 1000) / 1000,
      speaker: statement.speaker,
      compiledSpeaker,
      speakerRight: compiledSpeaker !== null && sameSpeaker(statement.speaker, compiledSpeaker),
    };
  });
}

function prepare(stories: readonly StoryFixture[], compiled: CompiledCorpus): PreparedCorpus {
  const storyIds = new Map<string, Set<string>>();
  const statements = new Map<string, StatementMapping[]>();
  for (const story of stories) {
    const files = new Set(story.corpus.files.keys());
    storyIds.set(story.id, new Set(compiled.articles.filter((a) => files.has(a.file)).map((a) => a.storyId)));
    statements.set(story.id, mapStatements(story, compiled));
  }
  return { loaded: loadCorpus(compiled), storyIds, statements };
}

/** A story's own corpus, compiled and loaded. */
export function prepareStoryCorpus(
  story: StoryFixture,
  compile: CompileCorpus = compileCorpus,
): PreparedCorpus {
  return prepare([story], compile(story.corpus));
}

/**
 * Every story's corpus files copied into one temporary seeds folder with a merged manifest, read
 * back with the same readSeeds the build uses, compiled and loaded. Two stories with a file of the
 * same name are a {@link FixtureError}: seeds/ could not hold both either.
 */
export function prepareMultiStoryCorpus(
  stories: readonly StoryFixture[],
  compile: CompileCorpus = compileCorpus,
): PreparedCorpus {
  const dir = mkdtempSync(path.join(tmpdir(), "verbatim-real-seeds-"));
  try {
    const owner = new Map<string, string>();
    const articles: unknown[] = [];
    for (const story of stories) {
      for (const [name, text] of story.corpus.files) {
        const other = owner.get(name);
        if (other) throw new FixtureError(`${story.id}/corpus/${name}: the same file name as in ${other}`);
        owner.set(name, story.id);
        writeFileSync(path.join(dir, name), text);
      }
      const manifest = JSON.parse(story.corpus.manifestText) as { articles?: unknown[] };
      articles.push(...(manifest.articles ?? []));
    }
    writeFileSync(path.join(dir, MANIFEST_NAME), JSON.stringify({ schemaVersion: 1, articles }, null, 2));
    return prepare(stories, compile(readSeeds(dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
