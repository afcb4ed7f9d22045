/** One count for badge, popup and page: statements, and their passages, from a real report. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { matchPage } from "../../src/core/match/match-page.js";
import { buildPageReport } from "../../src/core/report/page-report.js";
import { pageCounts, pageStatements } from "../../src/ui/page-statements.js";
import { loadedSeedCorpus } from "../helpers/corpus.js";

const text = readFileSync(
  path.resolve(import.meta.dirname, "../../seeds/2025-03-14-moscow-times-trump-very-good-chance.txt"),
  "utf8",
)
  .split("\n")
  .filter((l) => l.trim())
  .join("\n\n");
const corpus = loadedSeedCorpus();
const report = buildPageReport(text, matchPage(text, corpus, { date: "2025-03-14" }), corpus);

describe("pageStatements", () => {
  test("one entry per statement, in page order, each passage under its statement exactly once", () => {
    const statements = pageStatements(report);
    expect(statements.map((s) => s.statementId)).toEqual(
      [...new Set(report.matches.map((m) => m.statementId))].sort(
        (a, b) =>
          Math.min(...report.matches.filter((m) => m.statementId === a).map((m) => m.start)) -
          Math.min(...report.matches.filter((m) => m.statementId === b).map((m) => m.start)),
      ),
    );
    const passages = statements.flatMap((s) => s.passages.map((p) => p.occurrence));
    expect(new Set(passages).size).toBe(passages.length);
    expect(passages.length).toBe(pageCounts(report).passages);
    expect(statements.length).toBe(pageCounts(report).statements);
  });

  test("a quote split in two is one passage, its parts joined by an ellipsis", () => {
    const page =
      "Trump urged mercy. \u201cI have strongly requested to President Putin that their lives be spared,\u201d he wrote on Truth Social. \u201cThis would be a horrible massacre, one not seen since World War II. God bless them all!!!\u201d";
    const splitReport = buildPageReport(page, matchPage(page, corpus, { date: "2025-03-14" }), corpus);
    const split = pageStatements(splitReport)
      .flatMap((s) => s.passages)
      .find((p) => p.text.includes(" … "));
    expect(split).toBeDefined();
    expect(splitReport.matches.filter((m) => m.occurrence === split!.occurrence).length).toBe(2);
    expect(pageCounts(splitReport)).toEqual({ statements: 1, passages: 1 });
  });

  test("no report, nothing counted", () => {
    expect(pageCounts(null)).toEqual({ statements: 0, passages: 0 });
  });
});
