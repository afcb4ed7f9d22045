import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { compileCorpus } from "../../src/core/compile/compile-corpus.js";
import { CorpusError } from "../../src/core/corpus/corpus-error.js";
import { DEFAULT_SEEDS_DIR, readSeeds } from "../../src/node/corpus-files.js";

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function seedsCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "verbatim-seeds-"));
  temps.push(dir);
  cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
  return dir;
}

describe("readSeeds", () => {
  test("a manifest saved with a UTF-8 byte-order mark is read (it was refused as invalid JSON)", () => {
    const dir = seedsCopy();
    const manifest = path.join(dir, "corpus.json");
    writeFileSync(manifest, `\ufeff${readFileSync(manifest, "utf8")}`);
    expect(compileCorpus(readSeeds(dir)).articles).toHaveLength(2);
  });

  test("a seed saved as UTF-16 compiles to the same corpus apart from the source hash", () => {
    const dir = seedsCopy();
    const seed = path.join(dir, "2025-03-14-moscow-times-trump-very-good-chance.txt");
    writeFileSync(seed, Buffer.from(`\ufeff${readFileSync(seed, "utf8")}`, "utf16le"));
    const utf16 = compileCorpus(readSeeds(dir));
    const utf8 = compileCorpus(readSeeds(DEFAULT_SEEDS_DIR));
    expect({ ...utf16, sourceHash: "" }).toEqual({ ...utf8, sourceHash: "" });
  });

  test("a FIFO among the seeds is a one-line error naming it, at once", () => {
    const dir = seedsCopy();
    execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
    expect(() => readSeeds(dir)).toThrow(CorpusError);
    expect(() => readSeeds(dir)).toThrow(/^pipe\.txt: not a regular file \(a device, pipe or socket\)/);
  });
});
