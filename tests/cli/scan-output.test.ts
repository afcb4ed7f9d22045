/** What scan prints for a reworded match: its kind, then each difference in plain words. */
import { describe, expect, test } from "vitest";
import { scanJson, scanText, wordingDifferenceLine } from "../../src/cli/scan-output.js";
import { REWORDED_DIFFERENCES, rewordedReport } from "../helpers/reworded.js";

describe("scanText", () => {
  test("a reworded match says so, then one line per difference from the canonical outlet's words", () => {
    const lines = scanText("page.txt", rewordedReport()).split("\n");
    const at = lines.findIndex((l) => l.startsWith("  1. [reworded] Donald Trump: “I have strongly urged"));
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 7)).toEqual([
      "       reworded or translated by this outlet, not the speaker's exact words; compared with the words The Moscow Times printed:",
      "         - “urged” where The Moscow Times printed “requested”",
      "         - leaves out “to”",
      "         - “to spare their lives” where The Moscow Times printed “that their lives be spared”",
      "         - “terrible” where The Moscow Times printed “horrible”",
      "         - leaves out “one not seen since World War II”",
    ]);
    // The other outlets' versions follow, as for every match.
    expect(lines[at + 7]).toMatch(/^ {7}The (Jerusalem Post|Moscow Times), 2025-03-14: “/);
  });

  test("a reworded match without differences still says it is reworded, with no empty list", () => {
    const text = scanText("page.txt", rewordedReport([]));
    expect(text).toContain("       reworded or translated by this outlet, not the speaker's exact words\n");
    expect(text).not.toContain("compared with the words");
  });
});

describe("wordingDifferenceLine", () => {
  test.each([
    [{ page: "very", corpus: "" }, "adds “very”"],
    [{ page: "", corpus: "to" }, "leaves out “to”"],
    [{ page: "a  b", corpus: "a b" }, null],
    [{ page: "x".repeat(200), corpus: "y" }, `“${"x".repeat(79)}…” where AP printed “y”`],
  ])("%o", (difference, expected) => {
    expect(wordingDifferenceLine(difference, "AP")).toBe(expected);
  });
});

describe("scanJson", () => {
  test("each match carries its differences and the canonical outlet", () => {
    const [match] = JSON.parse(scanJson("page.txt", rewordedReport())).matches;
    expect(match).toMatchObject({
      kind: "reworded",
      differences: REWORDED_DIFFERENCES,
      canonicalOutlet: "The Moscow Times",
    });
  });
});
