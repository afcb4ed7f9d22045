/**
 * `npm run -s score -- [--fixtures DIR] [--json] [STORY…]`: scores Verbatim on the real-coverage
 * development set (tests/fixtures/real/, or DIR): every page of every story against its own story's
 * corpus and against one corpus of all the stories. Prints the tables, or with --json one object.
 * A story folder still being written (no story.json yet) is skipped with a note on stderr.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { CorpusError } from "../src/core/corpus/corpus-error.js";
import { DEFAULT_FIXTURES_DIR, FixtureError, listStories, readStories } from "./real-coverage/fixtures.js";
import { scoreStories } from "./real-coverage/score.js";
import { formatScore } from "./real-coverage/table.js";

const USAGE = "usage: npm run -s score -- [--fixtures DIR] [--json] [STORY…]";

function parseArgs(args: readonly string[]): { root: string; json: boolean; slugs: string[] } {
  let root = DEFAULT_FIXTURES_DIR;
  let json = false;
  const slugs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--fixtures") {
      const dir = args[++i];
      if (!dir) throw new FixtureError(`--fixtures needs a folder; ${USAGE}`);
      root = path.resolve(dir);
    } else if (arg.startsWith("-")) throw new FixtureError(`unknown option ${arg}; ${USAGE}`);
    else slugs.push(arg);
  }
  return { root, json, slugs };
}

function main(): void {
  const { root, json, slugs } = parseArgs(process.argv.slice(2));
  let wanted = slugs;
  if (wanted.length === 0) {
    const all = listStories(root);
    wanted = all.filter((slug) => existsSync(path.join(root, slug, "story.json")));
    for (const slug of all.filter((s) => !wanted.includes(s)))
      console.error(`score: skipped ${slug}: no story.json yet`);
  }
  if (wanted.length === 0) throw new FixtureError(`${root}: no story folders to score`);
  const score = scoreStories(readStories(root, wanted));
  process.stdout.write(json ? `${JSON.stringify({ fixtures: root, ...score })}\n` : formatScore(score));
}

// `npm run -s score | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
try {
  main();
} catch (error) {
  if (!(error instanceof FixtureError || error instanceof CorpusError)) throw error;
  console.error(`score: ${error.message}`);
  process.exit(1);
}
