import { describe, expect, test } from "vitest";
import { containment, groupStatements } from "../../../src/core/compile/group-statements.js";
import { tokenize } from "../../../src/core/text/tokenize.js";
import { seedCorpus } from "../../helpers/corpus.js";

const words = (text: string): string[] => tokenize(text).words;

describe("statements in the seeds", () => {
  const corpus = seedCorpus();

  test("exactly the groupings the articles support, nothing else merged", () => {
    const MT = "2025-03-14-moscow-times-trump-very-good-chance";
    const JP = "2025-03-14-jerusalem-post-trump-productive-discussions";
    const members = Object.fromEntries(
      corpus.statements.filter((s) => s.quoteIds.length > 1).map((s) => [s.id, s.quoteIds]),
    );
    expect(members).toEqual({
      // The Truth Social post, in both outlets, with each lede's fragments of it.
      "trump-we-had-very-good-and-productive": [`${JP}#q1`, `${JP}#q2`, `${JP}#q3`, `${MT}#q1`, `${MT}#q2`],
      // "completely surrounded" is a fragment of the Moscow Times' longer quote.
      "trump-thousands-of-ukrainian-troops-are-completely": [`${JP}#q4`, `${MT}#q5`],
      // One outlet in one piece ending "God bless them all", the other split with a bracket.
      "trump-i-have-strongly-requested-to-president": [`${JP}#q5`, `${MT}#q6`],
      // Rubio's "cautiously optimistic" is his longer quote's fragment (not Peskov's, who said it too).
      "rubio-suffice-to-say-i-think-there": [`${JP}#q15`, `${JP}#q16`],
    });
    expect(corpus.statements).toHaveLength(15);
  });

  test("cross-outlet statements carry both outlets", () => {
    const outlets = (id: string) => corpus.statements.find((s) => s.id === id)!.articleIds.length;
    expect(outlets("trump-we-had-very-good-and-productive")).toBe(2);
    expect(outlets("trump-i-have-strongly-requested-to-president")).toBe(2);
    expect(outlets("trump-thousands-of-ukrainian-troops-are-completely")).toBe(2);
    expect(outlets("peskov-there-are-certainly-reasons-to-be")).toBe(1);
  });

  test("every outlet's rendering is compared with the canonical one", () => {
    const s = corpus.statements.find((x) => x.id === "trump-i-have-strongly-requested-to-president")!;
    expect(s.canonicalQuoteId).toMatch(/moscow-times/);
    const ops = Object.values(s.comparisons)[0]!;
    expect(ops).toContainEqual({ op: "bracketed", text: "[Ukrainian soldiers in Russia's Kursk region]" });
    expect(ops.map((o) => o.op)).toContain("split");
    expect(ops.at(-1)).toEqual({ op: "clipped", text: "God bless them all," });
  });
});

describe("groupStatements", () => {
  const group = (quotes: Array<[string, string | null]>) =>
    groupStatements(quotes.map(([text, speakerId]) => ({ words: words(text), speakerId }))).groupOf;

  test("A B and B C never chain two statements", () => {
    const a = "the talks were productive and we expect a deal on energy very soon";
    const b = "we expect a deal on energy very soon and then a full ceasefire in the spring";
    const c = "then a full ceasefire in the spring would be followed by elections in ukraine";
    const [ga, gb, gc] = group([
      [a, "x"],
      [b, "x"],
      [c, "x"],
    ]);
    // A and C share no words: whatever B joins, they must never end up one statement.
    expect(ga).not.toBe(gc);
    expect(new Set([ga, gb, gc]).size).toBeGreaterThan(1);
  });

  test("the same short phrase from two speakers stays two statements", () => {
    const [rubio, peskov, fragment] = group([
      ["I think there is reason to be cautiously optimistic", "marco-rubio"],
      ["There are certainly reasons to be cautiously optimistic", "dmitry-peskov"],
      ["cautiously optimistic", "marco-rubio"],
    ]);
    expect(rubio).not.toBe(peskov);
    expect(fragment).toBe(rubio);
  });

  test("a translation with a word or two changed is the same statement, even attributed differently", () => {
    const [a, b] = group([
      [
        "We had very good and productive discussions with President Vladimir Putin of Russia yesterday",
        "donald-trump",
      ],
      [
        "We had very good and productive talks with President Vladimir Putin of Russia yesterday",
        "white-house",
      ],
    ]);
    expect(a).toBe(b);
  });

  test("a quote nobody is credited with (a dek) is the same statement as its attributed copy", () => {
    const [dek, body, other] = group([
      ["This is a moment to cherish forever", null],
      ["This is a moment to cherish forever", "narendra-modi"],
      ["This is a moment to cherish forever", "s-somanath"],
    ]);
    expect(dek).toBe(body);
    // Still never another speaker's: the short quote keeps to its own speaker.
    expect(other).not.toBe(body);
  });

  test("different statements that share common words stay apart", () => {
    const [a, b] = group([
      ["There will only be two options: surrender or die", "vladimir-putin"],
      ["There will be no options left for the war if it does not end", "vladimir-putin"],
    ]);
    expect(a).not.toBe(b);
  });

  test("containment is of the shorter quote, in runs", () => {
    const long = words(
      "there is a very good chance that this horrible, bloody war can finally come to an end",
    );
    expect(containment(words("very good chance"), long)).toBe(1);
    expect(containment(words("good war"), long)).toBe(0);
    // Ten words, seven of them in shared runs: at the threshold for quotes of eight words or more.
    expect(
      containment(words("a very good chance this terrible bloody war can end"), long),
    ).toBeGreaterThanOrEqual(0.7);
  });
});
