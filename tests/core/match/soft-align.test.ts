import { describe, expect, test } from "vitest";
import { keysOfWords } from "../../../src/core/compile/word-keys.js";
import { REWORDED_MIN_SCORE } from "../../../src/core/match/tuning.js";
import { softAlign, type PageWord } from "../../../src/core/match/soft-align.js";
import { STOPWORDS } from "../../../src/core/text/word-classes.js";
import { stemWord } from "../../../src/core/text/stem.js";
import { tokenize } from "../../../src/core/text/tokenize.js";

const STATEMENT = "I have strongly requested to President Putin that their lives be spared";
const isFunctionWord = (word: string): boolean => STOPWORDS.has(word);

/** Page words as the matcher sees them: normalised and stemmed, nothing more. */
function pageWords(text: string): PageWord[] {
  return tokenize(text).words.map((word) => ({ word, stem: stemWord(word) }));
}

const corpus = keysOfWords(tokenize(STATEMENT).words);
/** The statement's keys without synonyms: only the same words match. */
const corpusWithoutSynonyms = corpus.map((keys) => ({ ...keys, related: [] }));
const align = (text: string, synonyms = true) =>
  softAlign(pageWords(text), synonyms ? corpus : corpusWithoutSynonyms, isFunctionWord);

describe("softAlign", () => {
  test("a reworded rendering scores as a match and names what differs", () => {
    const alignment = align("I have strongly urged President Putin to spare their lives")!;
    expect(alignment.score).toBeGreaterThanOrEqual(REWORDED_MIN_SCORE);
    const urged = alignment.differences.find((d) => d.page.split(" ").includes("urged"));
    expect(urged?.corpus.split(" ")).toContain("requested");
  });

  test("synonyms raise a reworded rendering over the same words alone, and are named as differences", () => {
    const statement = keysOfWords(
      tokenize("We strongly urged the government to spare the villages from the attack").words,
    );
    const withoutSynonyms = statement.map((keys) => ({ ...keys, related: [] }));
    // "pressed", "save", "assault": WordNet synonyms of "urged", "spare", "attack".
    const page = pageWords("We strongly pressed the government to save the villages from the assault");
    const withSynonyms = softAlign(page, statement, isFunctionWord)!;
    expect(withSynonyms.score).toBeGreaterThan(softAlign(page, withoutSynonyms, isFunctionWord)!.score);
    expect(withSynonyms.differences).toContainEqual({ page: "pressed", corpus: "urged" });
    const saved = align("President Putin strongly requested that their lives be saved")!;
    expect(saved.score).toBeGreaterThan(
      align("President Putin strongly requested that their lives be saved", false)!.score,
    );
    expect(saved.differences).toContainEqual({ page: "saved", corpus: "spared" });
  });

  test("an unrelated sentence of the same field does not reach the threshold", () => {
    for (const text of [
      "President Putin said the talks were constructive",
      "I have told President Putin that the sanctions will stay",
    ]) {
      const alignment = align(text);
      expect(alignment?.score ?? 0, text).toBeLessThan(REWORDED_MIN_SCORE);
    }
  });

  test("the exact wording outranks the reworded one, which outranks another sentence", () => {
    const exact = align(STATEMENT)!.score;
    const reworded = align("I have strongly urged President Putin to spare their lives")!.score;
    const otherAlignment = align("President Putin said the talks were constructive");
    const other = otherAlignment?.score ?? 0;
    expect(exact).toBe(1);
    expect(reworded).toBeLessThan(exact);
    expect(other).toBeLessThan(reworded);
  });

  test("inflections match through stems and WordNet's base forms", () => {
    const alignment = align("their life be spare", false)!;
    expect(alignment.differences).toEqual([]);
    expect(alignment.pageCoverage).toBe(1);
  });

  test("a synonym counts less than the same word, and more than an unrelated word", () => {
    const related = align("I have strongly petitioned President Putin")!.score;
    const same = align("I have strongly requested President Putin")!.score;
    const unrelated = align("I have strongly praised President Putin", false)!.score;
    expect(same).toBeGreaterThan(related);
    expect(related).toBeGreaterThan(unrelated);
  });

  test("the anchors are the content words printed the same: not synonyms, not function words", () => {
    // strongly, President, Putin; "petitioned" only rewords "requested", "I" and "have" glue.
    expect(align("I have strongly petitioned President Putin")!.sameWords).toBe(3);
    expect(align("President Putin said the talks were constructive")!.sameWords).toBe(2);
  });

  test("a quote of part of the statement is aligned with that part only", () => {
    const alignment = align("their lives be spared")!;
    expect(alignment.statementCoverage).toBe(1);
    expect(corpus.slice(alignment.statementStart, alignment.statementEnd).map((k) => k.word)).toEqual([
      "their",
      "lives",
      "be",
      "spared",
    ]);
  });

  test("nothing in common: no alignment", () => {
    expect(align("football tonight in Madrid", false)).toBeNull();
    expect(softAlign([], corpus, isFunctionWord)).toBeNull();
  });
});
