/**
 * `npm run bench -- --json` runs end to end and prints the documented shape on its last line. It
 * asserts nothing about time (a benchmark's figures are read, not tested); --quick skips the
 * 10,000-article corpus to keep CI short.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

test("the benchmark prints every figure as one JSON object", () => {
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "scripts/bench/bench.ts", "--quick", "--json"],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  expect(run.status, run.stderr).toBe(0);
  const result = JSON.parse(run.stdout.trim().split("\n").pop()!);
  expect(result.match).toHaveLength(6);
  for (const row of result.match) {
    expect(Object.keys(row)).toEqual(
      expect.arrayContaining([
        "words",
        "articles",
        "ours_ms",
        "floor_ms",
        "naive_exact_ms",
        "naive_fuzzy_ms",
      ]),
    );
    expect(row.ours_ms).toBeGreaterThan(0);
  }
  expect(
    result.match
      .filter((r: { articles: number }) => r.articles === 2)
      .every((r: { matches: number }) => r.matches > 0),
  ).toBe(true);
  expect(result.build.map((b: { articles: number }) => b.articles)).toEqual([2, 1000]);
  for (const b of result.build)
    expect(Object.keys(b)).toEqual(
      expect.arrayContaining(["articles", "ms", "bytes", "gzipBytes", "heapBytes"]),
    );
  expect(result.coldStart.map((c: { articles: number }) => c.articles)).toEqual([2, 1000]);
  expect(Object.keys(result.bundles).sort()).toEqual(["background", "content", "options", "popup"]);
  expect(Object.keys(result.browser)).toEqual(
    expect.arrayContaining(["words", "matches", "mainThreadMs", "longestTaskMs"]),
  );
  expect(result.browser.matches).toBeGreaterThan(10);
  expect(result.liveBlogTicking.paragraphs).toBe(20000);
  for (const f of [result.liveBlogTicking.ticking, result.liveBlogTicking.newPost])
    expect(Object.keys(f)).toEqual(
      expect.arrayContaining([
        "messages",
        "bytesSent",
        "mainThreadShare",
        "longestTaskMs",
        "longestScriptMs",
        "longTasks",
      ]),
    );
  expect(result.liveBlogTicking.newPost.messages).toBeGreaterThan(0);
}, 300_000);
