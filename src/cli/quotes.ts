/**
 * `npm run -s quotes -- FILE... [--json]`: prints the quotes the corpus compiler extracts from each
 * article, with speaker, cue, channel and kind, so extraction can be checked on any article.
 */
import { displayFileName } from "../core/corpus/display-file-name.js";
import { extractQuotes, type ExtractedQuote } from "../core/attribution/extract-quotes.js";
import { readArticleFile } from "../node/read-article-file.js";
import { runCli, type CliCommand } from "./run-cli.js";

const USAGE = `usage: npm run -s quotes -- FILE... [--json]
  Prints every direct quotation in each article (HTML or plain text) with its speaker,
  cue verb, channel and kind (full, partial or scare). Offsets count characters of the clean body.
  --json   one JSON object per file, one per line`;

function quoteJson(q: ExtractedQuote): object {
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    speaker: q.speaker?.name ?? null,
    cue: q.attribution.cue,
    channel: q.attribution.channel,
    kind: q.kind,
    segments: q.segments,
    attribution: q.attribution.phrase,
    rule: q.attribution.rule,
  };
}

export const quotesCommand: CliCommand = {
  name: "quotes",
  usage: USAGE,
  run(file, { json }) {
    const quotes = extractQuotes(readArticleFile(file).body);
    if (json) return `${JSON.stringify({ file, quotes: quotes.map(quoteJson) })}\n`;
    const lines = [`${displayFileName(file)}: ${quotes.length} quote(s)`];
    quotes.forEach((q, i) => {
      const how = [q.attribution.cue, q.attribution.channel && `(${q.attribution.channel})`]
        .filter(Boolean)
        .join(" ");
      const text = q.text.length > 100 ? `${q.text.slice(0, 99)}…` : q.text;
      lines.push(
        `  ${i + 1}. [${q.kind}] ${q.speaker?.name ?? "unattributed"}${how ? ` — ${how}` : ""}: “${text}”`,
      );
    });
    return `${lines.join("\n")}\n\n`;
  },
};

process.exitCode = runCli(quotesCommand, process.argv.slice(2));
