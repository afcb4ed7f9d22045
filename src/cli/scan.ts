/**
 * `npm run -s scan -- FILE... [--json]`: runs the extension's pipeline on saved pages (HTML or plain
 * text) and prints what Verbatim would show: the story, each matched quote with the other outlets'
 * renderings and attributions, and the story's statements the page lacks.
 */
import { loadCorpus, type LoadedCorpus } from "../core/match/load-corpus.js";
import { matchPage } from "../core/match/match-page.js";
import { buildPageReport, type PageReport } from "../core/report/page-report.js";
import { displayFileName } from "../core/corpus/display-file-name.js";
import { loadCompiledCorpus } from "../node/corpus-files.js";
import { readArticleFile } from "../node/read-article-file.js";
import { runCli, type CliCommand } from "./run-cli.js";

const USAGE = `usage: npm run -s scan -- FILE... [--json]
  Matches each article (HTML or plain text) against Verbatim's corpus and prints its story,
  the quotes of corpus statements it carries, how other outlets reported them, and what it lacks.
  --json   one JSON object per file, one per line`;

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

let corpus: LoadedCorpus;

export const scanCommand: CliCommand = {
  name: "scan",
  usage: USAGE,
  setUp() {
    corpus = loadCorpus(loadCompiledCorpus());
  },
  run(file, { json }) {
    const article = readArticleFile(file);
    const match = matchPage(article.text, corpus, { url: article.url, date: article.date });
    const report = buildPageReport(article.text, match, corpus);
    return json ? `${scanJson(file, report)}\n` : scanText(file, report);
  },
};

process.exitCode = runCli(scanCommand, process.argv.slice(2));
