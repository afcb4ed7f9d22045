import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { InputError } from "../../src/node/input-error.js";
import { readFileBytes } from "../../src/node/read-file-bytes.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "verbatim-bytes-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const failure = (file: string, limit = 1024): string => {
  try {
    readFileBytes(file, limit);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`${file} was read`);
};

describe("readFileBytes", () => {
  test("a regular file up to the limit is read whole", () => {
    const file = path.join(dir, "ok.txt");
    writeFileSync(file, "x".repeat(1024));
    expect(readFileBytes(file, 1024).length).toBe(1024);
  });

  test("one byte over the limit is refused", () => {
    const file = path.join(dir, "big.txt");
    writeFileSync(file, "x".repeat(1025));
    expect(failure(file)).toBe("too large (0.0 MB; the limit is 0.0009765625 MB)");
  });

  // Before: /dev/zero was read until 7.5 GB; a FIFO blocked forever. Now both fail at once.
  test("/dev/zero is refused at once, nothing read", () => {
    const started = performance.now();
    expect(failure("/dev/zero")).toMatch(/^not a regular file \(a device, pipe or socket\)/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test("a FIFO with no writer is refused at once instead of blocking", () => {
    const fifo = path.join(dir, "pipe.html");
    execFileSync("mkfifo", [fifo]);
    const started = performance.now();
    expect(failure(fifo)).toMatch(/^not a regular file/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test("a folder and a missing file", () => {
    mkdirSync(path.join(dir, "folder"));
    expect(failure(path.join(dir, "folder"))).toBe("is a directory, not a file");
    expect(failure(path.join(dir, "missing.txt"))).toBe("no such file");
  });
});
