/**
 * `npm run package` (scripts/package.ts, scripts/write-zip.ts): two builds of one commit give the
 * same zip bytes, and the zip holds exactly the build's files. Before, web-ext's zips differed
 * between builds in entry order and timestamps.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { listFiles } from "../../scripts/write-zip.js";

const root = path.resolve(import.meta.dirname, "../..");
const zipOf = (browser: string) => path.join(root, `dist/packages/verbatim-${browser}-0.1.0.zip`);

function packageBoth(): Buffer[] {
  const result = spawnSync("npx", ["tsx", "scripts/package.ts"], { cwd: root, encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  return ["chrome", "firefox"].map((browser) => readFileSync(zipOf(browser)));
}

/** Every entry of a zip, read through its central directory and inflated. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const local = zip.readUInt32LE(at + 42);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressed);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

describe("npm run package", () => {
  test("two builds of the same commit give byte-identical zips", () => {
    const first = packageBoth();
    // A fresh build rewrites every file of dist/ with new timestamps.
    execFileSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "ignore" });
    const second = packageBoth();
    expect(second[0]!.equals(first[0]!)).toBe(true);
    expect(second[1]!.equals(first[1]!)).toBe(true);
  }, 120_000);

  test.each(["chrome", "firefox"])(
    "%s: the zip holds exactly the build's files, in byte order",
    (browser) => {
      const entries = unzip(readFileSync(zipOf(browser)));
      const files = listFiles(path.join(root, "dist", browser));
      expect([...entries.keys()]).toEqual(
        [...files].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
      );
      for (const file of files) {
        expect(entries.get(file)!.equals(readFileSync(path.join(root, "dist", browser, file))), file).toBe(
          true,
        );
      }
    },
  );

  test("the system unzip finds no error in either zip", () => {
    for (const browser of ["chrome", "firefox"]) {
      expect(spawnSync("unzip", ["-tq", zipOf(browser)], { encoding: "utf8" }).status).toBe(0);
    }
  });
});
