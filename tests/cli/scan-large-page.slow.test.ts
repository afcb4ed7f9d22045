/**
 * The slow tier: `scan` on a 20 MB page, as a user saving a live blog with inlined images would run
 * it. Kept out of the unit tier (it takes tens of seconds), run by `npm run test:slow` and `npm test`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let dir: string;

function run(cli: "scan", ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `src/cli/${cli}.ts`, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "verbatim-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scan", () => {
  test("a 20 MB page (inlined image, thousands of paragraphs, a huge script) is scanned", () => {
    const image = Buffer.alloc(13 * 1024 * 1024, 7).toString("base64");
    const paragraph =
      "<p>The regional assembly debated the transport budget for several hours on Thursday, with members raising concerns about delays to the tram line.</p>\n";
    const html =
      `<!DOCTYPE html><html><head><title>Live: Trump and Putin</title><script>${"var a=1;".repeat(100_000)}</script></head><body><article>` +
      `<h1>Live: Trump says war could end</h1><img src="data:image/jpeg;base64,${image}">` +
      `<p>"We had very good and productive discussions with President Vladimir Putin of Russia yesterday, and there is a very good chance that this horrible, bloody war can finally come to an end," Trump wrote.</p>` +
      paragraph.repeat(20_000) +
      "</article></body></html>";
    const file = path.join(dir, "huge.html");
    writeFileSync(file, html);
    expect(html.length).toBeGreaterThan(20 * 1024 * 1024);
    const { code, stdout, stderr } = run("scan", file, "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).matches.map((m: { kind: string }) => m.kind)).toEqual(["exact"]);
  }, 120_000);
});
