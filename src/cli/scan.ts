/**
 * `npm run -s scan -- FILE... [--json]`: runs the extension's pipeline on saved pages (HTML or plain
 * text) and prints what Verbatim would show: the story, each matched quote with the other outlets'
 * renderings and attributions, and the story's statements the page lacks.
 */
import { loadCorpus, type LoadedCorpus } from "../core/match/load-corpus.js";
import { matchPage } from "../core/match/match-page.js";
import { buildPageReport } from "../core/report/page-report.js";
import { loadCompiledCorpus } from "../node/corpus-files.js";
import { readArticleFile } from "../node/read-article-file.js";
import { runCli, type CliCommand } from "./run-cli.js";
import { scanJson, scanText } from "./scan-output.js";

const USAGE = `usage: npm run -s scan -- FILE... [--json]
  Matches each article (HTML or plain text) against Verbatim's corpus and prints its story,
  the quotes of corpus statements it carries, how other outlets reported them, and what it lacks.
  --json   one JSON object per file, one per line`;

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
