import { describe, expect, test } from "vitest";
import { rareRuns } from "../../../src/core/compile/rare-runs.js";
import { tokenize } from "../../../src/core/text/tokenize.js";

const statement = (id: string, text: string) => ({ id, words: tokenize(text).words });

describe("rareRuns", () => {
  test("runs of rare words count; runs of everyday words do not", () => {
    const runs = rareRuns([
      statement("a", "This stupendous feat has been achieved during India's presidency"),
    ]);
    const texts = runs.map((r) => r.run);
    expect(texts).toContain("this stupendous feat");
    expect(texts).toContain("stupendous feat has");
    expect(texts).not.toContain("has been achieved");
  });

  test("heavier runs first; a run two statements share belongs to neither", () => {
    const runs = rareRuns([
      statement("a", "the lunar lander touched the lunar south pole"),
      statement("b", "we reached the lunar south pole first"),
    ]);
    for (let i = 1; i < runs.length; i++) expect(runs[i - 1]!.weight).toBeGreaterThanOrEqual(runs[i]!.weight);
    expect(runs.find((r) => r.run === "lunar south pole")).toBeUndefined();
    expect(runs.find((r) => r.run === "the lunar lander")?.statementId).toBe("a");
  });

  test("a run of function words and one rare word is too common to count", () => {
    expect(rareRuns([statement("a", "and for the Chandrayaan")]).map((r) => r.run)).toEqual([]);
  });
});
