/**
 * The CLIs on hostile text sizes (slow tier: each run takes several seconds on a 2-core machine).
 * Before the fix, 150,000 quotes in one paragraph overflowed the stack in both commands.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "verbatim-cli-slow-"));
  file = path.join(dir, "many-quotes.txt");
  writeFileSync(file, `Many quotes\n\nMarch 14, 2025\n\n${'"a" '.repeat(150_000)}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (cli: "scan" | "quotes") =>
  spawnSync(process.execPath, ["--import", "tsx", `src/cli/${cli}.ts`, file, "--json"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });

describe("150,000 quotes in one paragraph", () => {
  test("scan: no story, no stack overflow", () => {
    const { status, stdout, stderr } = run("scan");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ story: null, matches: [] });
  }, 120_000);

  test("quotes: every one of them", () => {
    const { status, stdout, stderr } = run("quotes");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(JSON.parse(stdout).quotes).toHaveLength(150_000);
  }, 120_000);
});
