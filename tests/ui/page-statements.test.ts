/** One count for badge, popup and page: statements, and their passages, from a real report. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { matchPage } from "../../src/core/match/match-page.js";
import { buildPageReport } from "../../src/core/report/page-report.js";
import { occurrenceDifferences, pageCounts, pageStatements } from "../../src/ui/page-statements.js";
import { loadedSeedCorpus } from "../helpers/corpus.js";
import { REWORDED_DIFFERENCES, REWORDED_PAGE, rewordedMatch, rewordedReport } from "../helpers/reworded.js";

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

  test("a reworded passage carries its differences and the outlet they are measured against", () => {
    const [statement] = pageStatements(rewordedReport());
    expect(statement!.canonicalOutlet).toBe("The Moscow Times");
    expect(statement!.passages.map((p) => [p.kind, p.differences])).toEqual([
      ["reworded", REWORDED_DIFFERENCES],
    ]);
    const [plain] = pageStatements(report);
    expect(plain!.passages.every((p) => p.differences.length === 0)).toBe(true);
  });

  test("a reworded quote split in two: one passage, its spans' differences in page order", () => {
    const base = rewordedMatch().matches[0]!;
    const cut = base.start + base.text.indexOf(" This would");
    const first = {
      ...base,
      end: cut,
      text: REWORDED_PAGE.slice(base.start, cut),
      differences: REWORDED_DIFFERENCES.slice(0, 3),
    };
    const second = {
      ...base,
      start: cut + 1,
      text: REWORDED_PAGE.slice(cut + 1, base.end),
      differences: REWORDED_DIFFERENCES.slice(3),
    };
    // Listed second half first: the passage must still read in page order.
    const split = buildPageReport(REWORDED_PAGE, { ...rewordedMatch(), matches: [second, first] }, corpus);
    const [passage] = pageStatements(split)[0]!.passages;
    expect(passage!.differences).toEqual(REWORDED_DIFFERENCES);
    expect(occurrenceDifferences(split, base.occurrence)).toEqual(REWORDED_DIFFERENCES);
    expect(occurrenceDifferences(split, base.occurrence + 1)).toEqual([]);
  });

  test("no report, nothing counted", () => {
    expect(pageCounts(null)).toEqual({ statements: 0, passages: 0 });
  });
});
