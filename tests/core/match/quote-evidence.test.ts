import { describe, expect, test } from "vitest";
import { RARE_RUN_LENGTH, rareRuns } from "../../../src/core/compile/rare-runs.js";
import { indexRuns, quoteEvidence } from "../../../src/core/match/quote-evidence.js";
import { tokenize } from "../../../src/core/text/tokenize.js";

const runs = indexRuns(
  rareRuns([
    {
      id: "modi-feat",
      words: tokenize("This stupendous feat has been achieved during India's G20 presidency").words,
    },
    { id: "modi-moon", words: tokenize("India is now on the moon, a victory cry of a new India").words },
  ]),
);
const evidence = (...quotes: string[]) =>
  quoteEvidence(
    quotes.map((q) => tokenize(q).words),
    runs,
    RARE_RUN_LENGTH,
  );

describe("quoteEvidence", () => {
  test("a quoted rare run is strong evidence, with the statement it comes from", () => {
    const found = evidence("stupendous feat");
    expect(found.strength).toBe(0);
    const quoted = evidence("this stupendous feat has been achieved");
    expect(quoted.statementIds).toEqual(["modi-feat"]);
    expect(quoted.strength).toBeGreaterThan(0.5);
  });

  test("two statements quoted are stronger evidence than one", () => {
    const one = evidence("this stupendous feat");
    const two = evidence("this stupendous feat", "victory cry of a new India");
    expect(two.strength).toBeGreaterThan(one.strength);
    expect(two.statementIds.sort()).toEqual(["modi-feat", "modi-moon"]);
  });

  test("quotes of everyday words are no evidence", () => {
    expect(evidence("we have been achieved", "it is now on the table")).toEqual({
      strength: 0,
      statementIds: [],
      runs: [],
    });
  });
});
