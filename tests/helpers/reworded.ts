/**
 * A page that rewords a seed statement (Trump's Kursk post, canonical in The Moscow Times), with the
 * match a soft alignment reports for it, built by hand: the report and the UI are tested on the
 * `reworded` kind whatever the matcher finds today.
 */
import type { PageMatch, WordingDifference } from "../../src/core/match/match-page.js";
import { buildPageReport, type PageReport } from "../../src/core/report/page-report.js";
import { loadedSeedCorpus } from "./corpus.js";

export const REWORDED_STATEMENT = "trump-i-have-strongly-requested-to-president";
export const REWORDED_QUOTE =
  "I have strongly urged President Putin to spare their lives. This would be a terrible massacre.";
export const REWORDED_PAGE = `Trump wrote on Friday: “${REWORDED_QUOTE}” Moscow did not reply.`;

/** Where the page's words differ from the canonical "I have strongly requested to President Putin that…". */
export const REWORDED_DIFFERENCES: readonly WordingDifference[] = [
  { page: "urged", corpus: "requested" },
  { page: "", corpus: "to" },
  { page: "to spare their lives", corpus: "that their lives be spared" },
  { page: "terrible", corpus: "horrible" },
  { page: "", corpus: "one not seen since World War II" },
];

/** The page's match: one reworded span with `differences` (the five above unless given). */
export function rewordedMatch(differences: readonly WordingDifference[] = REWORDED_DIFFERENCES): PageMatch {
  const corpus = loadedSeedCorpus();
  const start = REWORDED_PAGE.indexOf(REWORDED_QUOTE);
  return {
    story: null,
    matches: [
      {
        statementId: REWORDED_STATEMENT,
        quoteId: corpus.statementById.get(REWORDED_STATEMENT)!.canonicalQuoteId,
        kind: "reworded",
        start,
        end: start + REWORDED_QUOTE.length,
        text: REWORDED_QUOTE,
        coverage: 0.6,
        occurrence: 0,
        differences,
      },
    ],
    missing: [],
    date: "2025-03-14",
    article: null,
  };
}

/** The report for the reworded page. */
export function rewordedReport(differences?: readonly WordingDifference[]): PageReport {
  return buildPageReport(REWORDED_PAGE, rewordedMatch(differences), loadedSeedCorpus());
}
