import { describe, expect, test } from "vitest";
import { RARE_RUN_LENGTH, rareRuns } from "../../../src/core/compile/rare-runs.js";
import type { StoryRun } from "../../../src/core/match/load-corpus.js";
import { quoteEvidence } from "../../../src/core/match/quote-evidence.js";
import { tokenize } from "../../../src/core/text/tokenize.js";

const runs = new Map<string, StoryRun>(
  rareRuns([
    {
      id: "modi-feat",
      words: tokenize("This stupendous feat has been achieved during India's G20 presidency").words,
    },
    { id: "modi-moon", words: tokenize("Chandrayaan has touched the lunar south pole").words },
  ]).map((r) => [r.run, { ...r, storyId: "moon" }]),
);

/** The story's runs found in the quotes, as detection looks them up. */
function found(...quotes: string[]): StoryRun[] {
  const out: StoryRun[] = [];
  for (const words of quotes.map((q) => tokenize(q).words))
    for (let i = 0; i + RARE_RUN_LENGTH <= words.length; i++) {
      const run = runs.get(words.slice(i, i + RARE_RUN_LENGTH).join(" "));
      if (run) out.push(run);
    }
  return out;
}

describe("quoteEvidence", () => {
  test("a quoted rare run is strong evidence, with the statement it comes from", () => {
    expect(quoteEvidence(found("stupendous feat")).strength).toBe(0);
    const quoted = quoteEvidence(found("this stupendous feat has been achieved"));
    expect(quoted.statementIds).toEqual(["modi-feat"]);
    expect(quoted.strength).toBeGreaterThan(0.5);
  });

  test("two statements quoted are stronger evidence than one", () => {
    const one = quoteEvidence(found("this stupendous feat"));
    const two = quoteEvidence(found("this stupendous feat", "Chandrayaan has touched the lunar"));
    expect(two.strength).toBeGreaterThan(one.strength);
    expect(two.statementIds.sort()).toEqual(["modi-feat", "modi-moon"]);
  });

  test("a statement quoted at length weighs in full; a reworded one by its alignment's score", () => {
    expect(quoteEvidence([], ["modi-feat"]).strength).toBe(1);
    const reworded = quoteEvidence([], [], new Map([["modi-moon", 0.75]]));
    expect(reworded.strength).toBeCloseTo(0.75, 2);
    expect(reworded.statementIds).toEqual(["modi-moon"]);
  });

  test("quotes of everyday words are no evidence", () => {
    expect(quoteEvidence(found("we have been achieved", "it is now on the table"))).toEqual({
      strength: 0,
      statementIds: [],
      runs: [],
    });
  });
});
