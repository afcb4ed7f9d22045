/**
 * What `scan` prints for one file, as JSON or as text a reader follows without the README: kept apart
 * from scan.ts (which runs the command when loaded) so the wording is tested on fabricated reports.
 */
import { displayFileName } from "../core/corpus/display-file-name.js";
import type { WordingDifference } from "../core/match/match-page.js";
import type { MatchView, PageReport } from "../core/report/page-report.js";

/** The JSON line for one file, in the documented shape (plus a few extra fields). */
export function scanJson(file: string, report: PageReport): string {
  return JSON.stringify({
    file,
    story: report.story
      ? { id: report.story.id, title: report.story.title, score: report.story.score }
      : null,
    matches: report.matches.map((m) => ({
      statementId: m.statementId,
      speaker: m.speaker,
      kind: m.kind,
      start: m.start,
      end: m.end,
      text: m.text,
      differences: m.differences,
      canonicalOutlet: m.canonicalOutlet,
      versions: m.versions.map((v) => ({
        outlet: v.outlet,
        url: v.url,
        date: v.date,
        text: v.text,
        attribution: v.attribution,
        speaker: v.speaker,
        differences: v.differences,
      })),
    })),
    missing: report.missing.map((m) => m.statementId),
  });
}

function clip(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** One difference of a reworded quote in plain words, the page's side first. */
export function wordingDifferenceLine(difference: WordingDifference, outlet: string): string | null {
  // Nothing differs (an empty or no-op entry): a line would say nothing.
  if (clip(difference.page, Infinity) === clip(difference.corpus, Infinity)) return null;
  const page = clip(difference.page, 80);
  const corpus = clip(difference.corpus, 80);
  if (!page) return `leaves out “${corpus}”`;
  if (!corpus) return `adds “${page}”`;
  return `“${page}” where ${outlet} printed “${corpus}”`;
}

/** For a reworded match: that it is, and a line per difference from the canonical rendering. */
function rewordedLines(m: MatchView): string[] {
  if (m.kind !== "reworded") return [];
  const lines = m.differences
    .map((d) => wordingDifferenceLine(d, m.canonicalOutlet))
    .filter((line): line is string => line !== null);
  const head = "       reworded or translated by this outlet, not the speaker's exact words";
  if (lines.length === 0) return [head];
  return [
    `${head}; compared with the words ${m.canonicalOutlet} printed:`,
    ...lines.map((line) => `         - ${line}`),
  ];
}

/** The human-readable report for one file. */
export function scanText(file: string, report: PageReport): string {
  const lines = [displayFileName(file)];
  if (report.story) {
    lines.push(
      `  Story: ${report.story.title} (${report.story.date}; score ${report.story.score.toFixed(2)})`,
    );
    lines.push(`  Outlets in the corpus: ${report.story.outlets.join(", ")}`);
  } else {
    lines.push("  This page is not about a story in Verbatim's corpus.");
  }
  lines.push(`  ${report.matches.length} quote span(s) of corpus statements on this page`);
  report.matches.forEach((m, i) => {
    lines.push(
      `  ${i + 1}. [${m.kind}] ${m.speaker ?? "unattributed"}: “${clip(m.text)}” (${m.start}–${m.end})`,
    );
    lines.push(...rewordedLines(m));
    if (m.versions.length === 0) lines.push("       no other outlet in the corpus carries this statement");
    for (const v of m.versions) {
      lines.push(`       ${v.outlet}, ${v.date}: “${clip(v.text, 100)}”`);
      lines.push(
        `         ${clip(v.attribution, 100)}${v.differences.length ? ` — differs: ${v.differences.join(", ")}` : ""}`,
      );
    }
  });
  if (report.missing.length > 0) {
    lines.push(`  Not on this page (${report.missing.length}):`);
    for (const m of report.missing)
      lines.push(`    - ${m.speaker ?? "unattributed"}: “${clip(m.text, 90)}” (${m.outlets.join(", ")})`);
  }
  return `${lines.join("\n")}\n\n`;
}
