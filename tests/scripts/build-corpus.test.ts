/** `npm run build:corpus` as a user runs it: one line naming the file at fault, exit 1. */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function seedsCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "verbatim-build-corpus-"));
  temps.push(dir);
  cpSync(path.join(root, "seeds"), path.join(dir, "seeds"), { recursive: true });
  return dir;
}

function buildCorpus(dir: string) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/build-corpus.ts", path.join(dir, "seeds"), path.join(dir, "corpus.json")],
    { cwd: root, encoding: "utf8" },
  );
}

describe("build:corpus", () => {
  test("compiles the seeds", () => {
    const dir = seedsCopy();
    const { status, stdout } = buildCorpus(dir);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^corpus: 2 articles, 22 quotes, 15 statements, 1 stories → /);
  });

  test("a FIFO among the seeds: one line naming it, at once (it blocked the build forever)", () => {
    const dir = seedsCopy();
    execFileSync("mkfifo", [path.join(dir, "seeds/pipe.txt")]);
    const { status, stderr } = buildCorpus(dir);
    expect(status).toBe(1);
    expect(stderr).toBe(
      "build:corpus: pipe.txt: not a regular file (a device, pipe or socket); save the page to a file first\n",
    );
  });

  test("a manifest date that does not exist: one line", () => {
    const dir = seedsCopy();
    const manifest = path.join(dir, "seeds/corpus.json");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace('"2025-03-14"', '"2025-02-30"'));
    const { status, stderr } = buildCorpus(dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^build:corpus: corpus\.json: articles\[\d\]\.date must be YYYY-MM-DD and a day that exists, found "2025-02-30"\n$/,
    );
  });
});
