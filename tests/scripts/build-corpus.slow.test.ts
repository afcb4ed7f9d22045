/**
 * build:corpus on a seed of 150,000 quotes in one paragraph (slow tier: about 8 s). Before, it
 * overflowed the stack and printed "build:corpus: Maximum call stack size exceeded", naming no file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "verbatim-build-corpus-slow-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("150,000 quotes in one paragraph: one line naming the file and what to do", () => {
  const words = Array.from({ length: 150_000 }, (_, i) => `"word ${i}"`).join(" ");
  writeFileSync(path.join(dir, "many.txt"), `Many quotes\n\nSmith said ${words}.\n`);
  writeFileSync(
    path.join(dir, "corpus.json"),
    JSON.stringify({
      schemaVersion: 1,
      articles: [{ file: "many.txt", outlet: "X", url: "https://x.example/a", date: "2025-03-14" }],
    }),
  );
  const { status, stderr } = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/build-corpus.ts", dir, path.join(dir, "out.json")],
    { cwd: root, encoding: "utf8" },
  );
  expect(stderr).toBe(
    "build:corpus: many.txt: has 150,000 quotes, more than the 1,000 an article may have; " +
      "split it or take it out of corpus.json\n",
  );
  expect(status).toBe(1);
}, 120_000);
