import { describe, expect, test } from "vitest";
import { loneWordIndex } from "../../../src/core/compile/lone-word-index.js";
import { statementOfLoneQuote } from "../../../src/core/match/lone-words.js";
import { tokenize } from "../../../src/core/text/tokenize.js";

const index = new Map(
  loneWordIndex([
    {
      id: "milei-hyper",
      words: tokenize("the hyperinflation will be catastrophic in the coming weeks").words,
    },
    { id: "caputo-cuts", words: tokenize("we will announce the cuts in the coming weeks").words },
  ]),
);
const speakers: Record<string, string[]> = {
  "milei-hyper": ["javier milei", "milei"],
  "caputo-cuts": ["luis caputo", "caputo"],
};
const lone = (quote: string, context: string) =>
  statementOfLoneQuote(
    { words: tokenize(quote).words, context: tokenize(context).words },
    index,
    (id) => speakers[id] ?? [],
  );

describe("statementOfLoneQuote", () => {
  test("a distinctive word in a sentence naming the statement's speaker", () => {
    expect(lone("catastrophic", "Milei warned the outcome would be “catastrophic”.")).toBe("milei-hyper");
  });
  test("the same word credited to someone else, or to nobody, stays unmarked", () => {
    expect(lone("catastrophic", "Caputo said the outlook was “catastrophic”.")).toBeNull();
    expect(lone("catastrophic", "The outlook was “catastrophic”, analysts said.")).toBeNull();
  });
  test("a common word stays unmarked even next to the right name", () => {
    expect(lone("weeks", "Milei said it would take “weeks”.")).toBeNull();
  });
  test("quotes of three words or more are not this rule's", () => {
    expect(lone("will be catastrophic", "Milei said it “will be catastrophic”.")).toBeNull();
  });
});
