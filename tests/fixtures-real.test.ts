/**
 * The real-coverage fixtures checked as data on every `npm test`, by the same check
 * (scripts/check-real-fixtures.mjs) their authors run, one test per story: a label that is not a
 * substring of its page, an unknown statement or kind, a missing corpus file or too few pages fails.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { DEFAULT_FIXTURES_DIR, listStories } from "../scripts/real-coverage/fixtures.js";

const CHECK = path.resolve(import.meta.dirname, "../scripts/check-real-fixtures.mjs");

function check(slug: string): { status: number | null; problems: string[]; summary: string } {
  const run = spawnSync(process.execPath, [CHECK, slug], { encoding: "utf8" });
  const lines = run.stdout.split("\n");
  return {
    status: run.status,
    problems: lines.filter((l) => l.trim().startsWith("problem:")).map((l) => l.trim()),
    summary: lines[0] ?? run.stderr,
  };
}

describe("real-coverage fixtures", () => {
  const stories = listStories(DEFAULT_FIXTURES_DIR);

  test("the development set has stories", () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  test.each(stories)("%s passes the fixture check", (slug) => {
    const result = check(slug);
    expect(result.problems).toEqual([]);
    expect(result.status, result.summary).toBe(0);
  });

  test("the check fails a story that is not there", () => {
    const result = check("no-such-story-2023");
    expect(result.status).toBe(1);
    expect(result.problems.length).toBeGreaterThan(0);
  });
});
