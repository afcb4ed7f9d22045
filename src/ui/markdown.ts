/** A statement's comparison as Markdown, for pasting into notes, chats and articles. */
import type { VersionView } from "../core/report/page-report.js";
import { differenceSummary } from "./difference-sentences.js";

function quoteLine(text: string): string {
  return `“${text.replace(/\s+/g, " ").trim()}”`;
}

export function comparisonMarkdown(options: {
  speaker: string | null;
  pageWording: string | null;
  pageUrl: string | null;
  versions: readonly VersionView[];
}): string {
  const lines: string[] = [`**${options.speaker ?? "Unattributed"}**, as reported by:`, ""];
  if (options.pageWording !== null) {
    const where = options.pageUrl ? `[this page](${options.pageUrl})` : "this page";
    lines.push(`- ${where}: ${quoteLine(options.pageWording)}`);
  }
  for (const v of options.versions) {
    lines.push(`- **${v.outlet}**, ${v.date} ([link](${v.url})), ${v.attribution}: ${quoteLine(v.text)}`);
    if (v.comparison.some((op) => op.op !== "same"))
      lines.push(`  - ${differenceSummary(v.outlet, v.comparison)}`);
  }
  lines.push("", "_Compared with Verbatim._");
  return lines.join("\n");
}
