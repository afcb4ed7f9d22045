/**
 * The shipped scripts carry no compile-time code and no lexicon data: the compiler, attribution,
 * the seed parser, the lexicons of data/lexicons/ and the WordNet synonym table run at build time
 * only, and their output is in corpus.json, which the background fetches from the package. Only the
 * stopwords ship (the matcher tells content words from function words at run time:
 * src/core/text/word-classes.ts).
 *
 * Each marker is first found in a bundle of the compile-time code itself, built here the way the
 * extension is built, so a marker that no longer marks anything fails instead of passing vacuously.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import { beforeAll, describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const lexiconDir = path.join(root, "data/lexicons");
const shipped = ["background.js", "content.js"].map((file) => ({
  file,
  text: readFileSync(path.join(root, "dist/chrome", file), "utf8"),
}));

interface Lexicon {
  readonly about: string;
  readonly entries: ReadonlyArray<string | { name: string }>;
}
const lexicons = readdirSync(lexiconDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ name: f, data: JSON.parse(readFileSync(path.join(lexiconDir, f), "utf8")) as Lexicon }));
const wordsOf = (lexicon: Lexicon): string[] =>
  lexicon.entries.map((e) => (typeof e === "string" ? e : e.name));

/** Strings only compile-time code holds: error messages of the compiler, a rule of the seed parser. */
const COMPILE_TIME_MARKERS = [
  "an article may have", // compileCorpus: too many quotes
  "has the same article id as", // compileCorpus: two files, one id
  "which does not exist", // compileCorpus: a listed file missing
  "give `date` in the manifest", // compileCorpus: no date
  "expected an object with `schemaVersion` and `articles`", // the seeds manifest's schema
  "^related(?:\\s+articles?)?:", // parseArticle: "Related article:" lines
];

/** Three entries of a list in a row, as esbuild prints an array literal: the list itself ships. */
function listFragments(words: readonly string[]): string[] {
  const fragments: string[] = [];
  for (let i = 0; i + 3 <= words.length; i++)
    fragments.push(
      words
        .slice(i, i + 3)
        .map((w) => JSON.stringify(w))
        .join(","),
    );
  return fragments;
}

/** WordNet's synonyms of one word, as the synonym table (data/wordnet-synonyms.json) lists them. */
const synonymTable = JSON.parse(readFileSync(path.join(root, "data/wordnet-synonyms.json"), "utf8")) as {
  synonyms: Record<string, string>;
};
const SYNONYMS_MARKER = synonymTable.synonyms["catastrophe"]!;

/** A bundle of one compile-time module, built the way the extension is built. */
async function bundleOf(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

let compileTimeBundle = "";
let wordKeysBundle = "";
beforeAll(async () => {
  compileTimeBundle = await bundleOf("src/core/compile/compile-corpus.ts");
  wordKeysBundle = await bundleOf("src/core/compile/word-keys.ts");
});

describe("what ships in background.js and content.js", () => {
  test("the markers mark compile-time code (found in a bundle of the compiler)", () => {
    for (const marker of COMPILE_TIME_MARKERS) expect(compileTimeBundle, marker).toContain(marker);
    const people = lexicons.find((l) => l.name === "people.json")!.data;
    expect(compileTimeBundle).toContain(wordsOf(people)[0]);
    const roleWords = lexicons.find((l) => l.name === "role-words.json")!.data;
    expect(listFragments(wordsOf(roleWords)).some((f) => compileTimeBundle.includes(f))).toBe(true);
  });

  test.each(shipped)(
    "$file holds no WordNet synonym table (the corpus side is expanded at compile time)",
    ({ text }) => {
      expect(wordKeysBundle).toContain(SYNONYMS_MARKER);
      expect(text).not.toContain(SYNONYMS_MARKER);
    },
  );

  test.each(shipped)("$file holds no compile-time code", ({ text }) => {
    for (const marker of COMPILE_TIME_MARKERS) expect(text, marker).not.toContain(marker);
  });

  test.each(shipped)("$file holds no person of the gazetteer", ({ text }) => {
    const people = wordsOf(lexicons.find((l) => l.name === "people.json")!.data);
    expect(people.length).toBeGreaterThan(10);
    expect(people.filter((name) => text.includes(name))).toEqual([]);
  });

  test.each(shipped)("$file holds no lexicon but the stopwords", ({ text }) => {
    // Runs of three stopwords ("one","two","three") are the stopword list's, which may ship, and
    // the month names are the date-line reader's (src/core/text/date-lines.ts), which must.
    const stopwords = new Set([
      ...wordsOf(lexicons.find((l) => l.name === "stopwords.json")!.data),
      ...Array.from({ length: 12 }, (_, m) =>
        new Date(Date.UTC(2000, m, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" }).toLowerCase(),
      ),
    ]);
    for (const { name, data } of lexicons) {
      if (name === "stopwords.json") continue;
      expect(text, name).not.toContain(data.about);
      const words = wordsOf(data);
      const runs = words.map((_, i) => words.slice(i, i + 3)).filter((run) => run.length === 3);
      expect(
        runs
          .filter((run) => !run.every((w) => stopwords.has(w.toLowerCase())))
          .map((run) => run.map((w) => JSON.stringify(w)).join(","))
          .filter((f) => text.includes(f)),
        name,
      ).toEqual([]);
    }
  });

  test("the stopwords do ship, in the background (the matcher needs them)", () => {
    const stopwords = lexicons.find((l) => l.name === "stopwords.json")!.data;
    const background = shipped.find((s) => s.file === "background.js")!.text;
    expect(listFragments(wordsOf(stopwords)).some((f) => background.includes(f))).toBe(true);
  });
});
