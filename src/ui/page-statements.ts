/**
 * One count for badge, popup and page: a page report's matches grouped into the statements quoted on
 * the page (what the badge counts), each with its highlighted passages (an occurrence of the
 * statement's words; a quote split by "he wrote" is one passage of two spans), in page order.
 */
import type { MatchKind, WordingDifference } from "../core/match/match-page.js";
import type { PageReport, VersionView } from "../core/report/page-report.js";

export interface Passage {
  readonly occurrence: number;
  readonly start: number;
  readonly kind: MatchKind;
  /** The passage's words on this page; the spans of a split quote are joined by an ellipsis. */
  readonly text: string;
  /** For a reworded passage: where its words differ from the canonical rendering, span by span. */
  readonly differences: readonly WordingDifference[];
}

export interface PageStatement {
  readonly statementId: string;
  readonly speaker: string | null;
  readonly passages: readonly Passage[];
  /** The longest passage: the one the other outlets' versions are compared with. */
  readonly reference: Passage;
  /** The other outlets' versions, compared with this page's longest passage of the statement. */
  readonly versions: readonly VersionView[];
  /** The outlet of the statement's canonical rendering, which a reworded passage is compared with. */
  readonly canonicalOutlet: string;
}

/** A passage's wording differences: those of its spans (a quote split by "he said"), in page order. */
export function occurrenceDifferences(report: PageReport, occurrence: number): WordingDifference[] {
  return report.matches
    .filter((m) => m.occurrence === occurrence)
    .sort((a, b) => a.start - b.start)
    .flatMap((m) => m.differences);
}

/** The statements of a report in the order their first passage appears on the page. */
export function pageStatements(report: PageReport): PageStatement[] {
  const byStatement = new Map<string, Map<number, PageReport["matches"][number][]>>();
  for (const m of [...report.matches].sort((a, b) => a.start - b.start)) {
    const passages = byStatement.get(m.statementId) ?? new Map();
    passages.set(m.occurrence, [...(passages.get(m.occurrence) ?? []), m]);
    byStatement.set(m.statementId, passages);
  }
  return [...byStatement.entries()].map(([statementId, occurrences]) => {
    const groups = [...occurrences.values()];
    const passages = groups.map((spans): Passage => ({
      occurrence: spans[0]!.occurrence,
      start: spans[0]!.start,
      kind: spans[0]!.kind,
      text: spans.map((s) => s.text).join(" … "),
      differences: spans.flatMap((s) => s.differences),
    }));
    const longest = groups.reduce((best, spans) =>
      spans.reduce((n, s) => n + s.end - s.start, 0) > best.reduce((n, s) => n + s.end - s.start, 0)
        ? spans
        : best,
    );
    const reference = passages[groups.indexOf(longest)]!;
    const { speaker, versions, canonicalOutlet } = longest[0]!;
    return { statementId, speaker, passages, reference, versions, canonicalOutlet };
  });
}

/** The figures badge, popup and page agree on. */
export function pageCounts(report: PageReport | null): { statements: number; passages: number } {
  if (!report) return { statements: 0, passages: 0 };
  return {
    statements: new Set(report.matches.map((m) => m.statementId)).size,
    passages: new Set(report.matches.map((m) => m.occurrence)).size,
  };
}
