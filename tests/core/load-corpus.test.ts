import { describe, expect, test } from "vitest";
import { CorpusError } from "../../src/core/compile-corpus.js";
import { loadCorpus, SHINGLE } from "../../src/core/load-corpus.js";
import { seedCorpus } from "../helpers/corpus.js";

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
    ["an old schema", { ...clone(), schemaVersion: 0 }, /schema version 0, this build reads 2/],
    ["no statements", { ...clone(), statements: undefined }, /`statements` is missing/],
    ["no index", { ...clone(), index: undefined }, /`index` is missing/],
    [
      "a bad word id",
      (() => {
        const c = clone();
        c.index.versions[0].words[0] = 99999;
        return c;
      })(),
      /index version 0 has a bad word id/,
    ],
    [
      "a quote of an unknown statement",
      (() => {
        const c = clone();
        c.quotes[3].statementId = "nope";
        return c;
      })(),
      /quote 3 is malformed/,
    ],
    [
      "two articles with one id",
      (() => {
        const c = clone();
        c.articles[1].id = c.articles[0].id;
        return c;
      })(),
      /`articles` has the id "2025-03-14-jerusalem-post-trump-productive-discussions" twice/,
    ],
    [
      "two quotes with one id",
      (() => {
        const c = clone();
        c.quotes[5].id = c.quotes[4].id;
        return c;
      })(),
      /`quotes` has the id ".*#q5" twice/,
    ],
    [
      "a statement without an id",
      (() => {
        const c = clone();
        delete c.statements[0].id;
        return c;
      })(),
      /an entry of `statements` has no id/,
    ],
  ])("a corrupt corpus (%s) is a one-line CorpusError", (_, data, message) => {
    expect(() => loadCorpus(data)).toThrow(CorpusError);
    expect(() => loadCorpus(data)).toThrow(message);
  });
});
