/** The report's view of a match: a reworded one carries its wording differences and the canonical outlet. */
import { describe, expect, test } from "vitest";
import { matchPage } from "../../../src/core/match/match-page.js";
import { buildPageReport } from "../../../src/core/report/page-report.js";
import { loadedSeedCorpus } from "../../helpers/corpus.js";
import {
  REWORDED_DIFFERENCES,
  REWORDED_PAGE,
  REWORDED_STATEMENT,
  rewordedMatch,
  rewordedReport,
} from "../../helpers/reworded.js";

describe("buildPageReport", () => {
  test("a reworded match keeps its differences, and names the outlet they are measured against", () => {
    const [view] = rewordedReport().matches;
    expect(view).toMatchObject({
      statementId: REWORDED_STATEMENT,
      kind: "reworded",
      speaker: "Donald Trump",
    });
    expect(view!.differences).toEqual(REWORDED_DIFFERENCES);
    // The statement's canonical rendering is The Moscow Times' (its longest).
    expect(view!.canonicalOutlet).toBe("The Moscow Times");
    expect(view!.versions.map((v) => v.outlet).sort()).toEqual(["The Jerusalem Post", "The Moscow Times"]);
  });

  test("the canonical outlet follows the statement: another statement, another outlet", () => {
    const corpus = loadedSeedCorpus();
    const base = rewordedMatch();
    const other = "trump-we-had-very-good-and-productive";
    const match = { ...base, matches: [{ ...base.matches[0]!, statementId: other }] };
    expect(buildPageReport(REWORDED_PAGE, match, corpus).matches[0]!.canonicalOutlet).toBe(
      "The Jerusalem Post",
    );
  });

  test("a match without differences (exact, variant, partial) reports an empty list", () => {
    const corpus = loadedSeedCorpus();
    const page =
      "Trump wrote: “I have strongly requested to President Putin that their lives be spared.” Nothing else.";
    const report = buildPageReport(page, matchPage(page, corpus, { date: "2025-03-14" }), corpus);
    expect(report.matches.length).toBeGreaterThan(0);
    for (const m of report.matches) {
      expect(m.kind).not.toBe("reworded");
      expect(m.differences).toEqual([]);
    }
  });
});
