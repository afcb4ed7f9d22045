import { describe, expect, test } from "vitest";
import { CorpusError } from "../../../src/core/corpus/corpus-error.js";
import { loadCorpus, SHINGLE } from "../../../src/core/match/load-corpus.js";
import { seedCorpus } from "../../helpers/corpus.js";

const clone = () => JSON.parse(JSON.stringify(seedCorpus()));

describe("loadCorpus", () => {
  test("indexes every statement rendering of five words or more", () => {
    const corpus = loadCorpus(seedCorpus());
    const long = seedCorpus().index.versions.filter((v) => v.words.length >= SHINGLE).length;
    expect(corpus.shingles.size).toBeGreaterThan(long);
    expect(corpus.storyByUrl.get("jpost.com/breaking-news/article-846084")).toBe(seedCorpus().stories[0]!.id);
    expect(corpus.speakerInstitutions.get("dmitry-peskov")).toEqual(["kremlin"]);
  });

  test.each([
    ["null", null, /not a JSON object/],
    [
      "an old schema",
      { ...clone(), schemaVersion: 0 },
      /^compiled corpus: schemaVersion must be 4, the version this build reads, found 0; rebuild it with npm run build:corpus$/,
    ],
    ["no statements", { ...clone(), statements: undefined }, /^compiled corpus: statements is missing;/],
    ["no index", { ...clone(), index: undefined }, /^compiled corpus: index is missing;/],
    [
      "a bad word id",
      (() => {
        const c = clone();
        c.index.versions[0].words[0] = 99999;
        return c;
      })(),
      /index\.versions\[0\]\.words\[0\] is a bad word id \(99999; the vocabulary has \d+\)/,
    ],
    [
      "a quote of an unknown statement",
      (() => {
        const c = clone();
        c.quotes[3].statementId = "nope";
        return c;
      })(),
      /quotes\[3\]\.statementId "nope" is no statement's id/,
    ],
    [
      "two articles with one id",
      (() => {
        const c = clone();
        c.articles[1].id = c.articles[0].id;
        return c;
      })(),
      /articles\[1\]\.id "2025-03-14-jerusalem-post-trump-productive-discussions" is used twice/,
    ],
    [
      "two quotes with one id",
      (() => {
        const c = clone();
        c.quotes[5].id = c.quotes[4].id;
        return c;
      })(),
      /quotes\[5\]\.id ".*#q5" is used twice/,
    ],
    [
      "a statement without an id",
      (() => {
        const c = clone();
        delete c.statements[0].id;
        return c;
      })(),
      /statements\[0\]\.id is missing/,
    ],
    [
      "a story without its terms (it used to be a TypeError)",
      (() => {
        const c = clone();
        delete c.stories[0].terms;
        return c;
      })(),
      /^compiled corpus: stories\[0\]\.terms is missing; rebuild it with npm run build:corpus$/,
    ],
    [
      "a story term that is not a [word, weight] pair",
      (() => {
        const c = clone();
        c.stories[0].terms[2] = "kursk";
        return c;
      })(),
      /stories\[0\]\.terms\[2\] must be a \[name, number\] pair, found "kursk"/,
    ],
    [
      "a rare run naming a statement that is not there",
      (() => {
        const c = clone();
        c.stories[0].runs[0][2] = 999;
        return c;
      })(),
      /^compiled corpus: stories\[0\]\.runs\[0\] names statement 999, but there are \d+; rebuild it/,
    ],
    [
      "lone runs that are not [run, statements] pairs",
      (() => {
        const c = clone();
        c.stories[0].loneRuns[0] = ["kursk", "trump"];
        return c;
      })(),
      /^compiled corpus: stories\[0\]\.loneRuns must be a list of \[run, statements\] pairs/,
    ],
    [
      "a quote's speaker of an unknown kind",
      (() => {
        const c = clone();
        c.quotes[0].speaker = { ...c.quotes[0].speaker, kind: "robot" };
        return c;
      })(),
      /quotes\[0\]\.speaker\.kind must be "person" or "organisation", found "robot"/,
    ],
  ])("a corrupt corpus (%s) is a one-line CorpusError", (_, data, message) => {
    expect(() => loadCorpus(data)).toThrow(CorpusError);
    expect(() => loadCorpus(data)).toThrow(message);
    expect(() => loadCorpus(data)).not.toThrow(/\n/);
  });

  test("the error names the file the corpus was read from", () => {
    expect(() => loadCorpus({ ...clone(), stories: 3 }, "build/corpus.json")).toThrow(
      /^build\/corpus\.json: stories must be a list, found 3;/,
    );
  });
});
