/**
 * A statement's comparison as Markdown, for pasting into notes, chats and articles. Every piece of
 * page and corpus text is escaped: a quote with `<script>`, `**` or `[x](y)` in it pastes as those
 * characters, not as markup, and a link is made only of an http(s) URL, percent-encoded where
 * Markdown would end it. A page wording the outlet reworded or translated itself says so, as the
 * hover card and the popup do: pasted without it, it would read as the speaker's exact words.
 */
import type { WordingDifference } from "../core/match/match-page.js";
import type { VersionView } from "../core/report/page-report.js";
import { differenceSummary, wordingDifferenceSentences } from "./difference-sentences.js";
import { t } from "./i18n.js";

/**
 * Backslash-escapes what CommonMark (and GitHub's) inline syntax would read as markup: emphasis,
 * code, links, raw HTML, entities, tables and strikethrough. Block markers (#, -, 1.) need no escape:
 * every piece is put in the middle of a line, and line breaks are folded to spaces first.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\`*_[\]<>|~&!#]/g, (c) => `\\${c}`);
}

/** A URL as a link destination, or null when it is not an http(s) URL. */
function linkTarget(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return url.replace(
    /[\s()<>\\[\]`]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

function quoteLine(text: string): string {
  return `“${escapeMarkdown(text).trim()}”`;
}

/** This page's wording as the outlet's own rewording or translation of the statement. */
export interface PageRewording {
  /** Where the page's words differ from the statement's canonical rendering. */
  readonly differences: readonly WordingDifference[];
  /** The outlet of that canonical rendering. */
  readonly canonicalOutlet: string;
}

/**
 * The comparison as Markdown: this page's wording (when there is one), then every other outlet's
 * version with a sentence on how it differs. `pageRewording` is given when the page's wording is
 * the outlet's own rewording or translation; every place it differs is listed (a paste has room the
 * hover card has not).
 */
export function comparisonMarkdown(options: {
  speaker: string | null;
  pageWording: string | null;
  pageUrl: string | null;
  pageRewording?: PageRewording | null;
  versions: readonly VersionView[];
}): string {
  const speaker = options.speaker === null ? "Unattributed" : escapeMarkdown(options.speaker);
  const lines: string[] = [`**${speaker}**, as reported by:`, ""];
  if (options.pageWording !== null) {
    const target = linkTarget(options.pageUrl);
    const where = target ? `[this page](${target})` : "this page";
    lines.push(`- ${where}: ${quoteLine(options.pageWording)}`);
    if (options.pageRewording) {
      const { differences, canonicalOutlet } = options.pageRewording;
      lines.push(`  - ${escapeMarkdown(t("kindHelp_reworded"))}`);
      for (const sentence of wordingDifferenceSentences(differences, canonicalOutlet))
        lines.push(`  - ${escapeMarkdown(sentence)}`);
    }
  }
  for (const v of options.versions) {
    const target = linkTarget(v.url);
    const link = target ? ` ([link](${target}))` : "";
    lines.push(
      `- **${escapeMarkdown(v.outlet)}**, ${escapeMarkdown(v.date)}${link}, ${escapeMarkdown(v.attribution)}: ${quoteLine(v.text)}`,
    );
    if (v.comparison.some((op) => op.op !== "same"))
      lines.push(`  - ${escapeMarkdown(differenceSummary(v.outlet, v.comparison))}`);
  }
  lines.push("", "_Compared with Verbatim._");
  return lines.join("\n");
}
