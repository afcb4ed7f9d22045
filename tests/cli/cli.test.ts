/**
 * The CLIs as a user runs them: real processes, real files, one JSON line per file, one stderr line
 * per bad file, a non-zero exit when any failed, and the other files still processed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const MT = "seeds/2025-03-14-moscow-times-trump-very-good-chance.txt";
const JP = "seeds/2025-03-14-jerusalem-post-trump-productive-discussions.txt";
let dir: string;

function run(cli: "scan" | "quotes", ...args: string[]) {
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
  test("the Moscow Times seed shows The Jerusalem Post's versions of the shared statements", () => {
    const { code, stdout, stderr } = run("scan", MT, "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expect(result.file).toBe(MT);
    expect(result.story).toMatchObject({ id: "2025-03-14-trump-says-us-had-productive-discussions" });
    const byStatement = (id: string) =>
      result.matches.find((m: { statementId: string }) => m.statementId === id);
    const post = byStatement("trump-we-had-very-good-and-productive");
    expect(post.speaker).toBe("Donald Trump");
    expect(post.versions[0]).toMatchObject({
      outlet: "The Jerusalem Post",
      url: "https://www.jpost.com/breaking-news/article-846084",
      date: "2025-03-14",
      attribution: "Trump said in a Truth Social post",
    });
    const kursk = byStatement("trump-i-have-strongly-requested-to-president");
    expect(kursk.versions[0].text).toContain("[Ukrainian soldiers in Russia's Kursk region]");
    expect(kursk.versions[0].attribution).toBe("he wrote");
    expect(result.missing).toContain("zelensky-i-strongly-urge-everyone-who-can");
    for (const m of result.matches) expect(m.end - m.start).toBe(m.text.length);
  });

  test("a page with its own quotes: HTML extracted as the extension does", () => {
    const page = "tests/fixtures/pages/wire-straight-quotes-split/page.html";
    const result = JSON.parse(run("scan", page, "--json").stdout);
    expect(result.matches.map((m: { kind: string }) => m.kind)).toEqual([
      "partial",
      "partial",
      "exact",
      "variant",
      "variant",
    ]);
    expect(result.matches[2].versions.map((v: { outlet: string }) => v.outlet)).toEqual([
      "The Jerusalem Post",
      "The Moscow Times",
    ]);
  });

  test("human output names the story, the outlets and what the page lacks", () => {
    const { stdout } = run("scan", JP);
    expect(stdout).toContain(
      "Story: Trump says US had productive discussions with Putin, war in Ukraine could end",
    );
    expect(stdout).toContain("The Moscow Times, 2025-03-14:");
    expect(stdout).toContain("Not on this page (2):");
  });

  test("an unrelated page has no story and no matches", () => {
    const result = JSON.parse(
      run("scan", "tests/fixtures/pages/unrelated-council-budget/page.html", "--json").stdout,
    );
    expect(result).toMatchObject({ story: null, matches: [], missing: [] });
  });

  test("bad files: one line each on stderr, the good file still scanned, exit 1, no stack trace", () => {
    writeFileSync(
      path.join(dir, "binary.pdf"),
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0xff, 0xfe, 0, 0]),
    );
    writeFileSync(path.join(dir, "empty.html"), "");
    writeFileSync(path.join(dir, "blank.txt"), "  \n\n \t\n");
    writeFileSync(
      path.join(dir, "menu.html"),
      "<!doctype html><html><body><nav>Home · World</nav></body></html>",
    );
    const files = ["missing.html", "binary.pdf", "empty.html", "blank.txt", "menu.html"].map((f) =>
      path.join(dir, f),
    );
    const { code, stdout, stderr } = run(
      "scan",
      files[0]!,
      files[1]!,
      MT,
      files[2]!,
      files[3]!,
      files[4]!,
      dir,
      "--json",
    );
    expect(code).toBe(1);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(stdout).file).toBe(MT);
    expect(stderr.trim().split("\n")).toEqual([
      `scan: ${files[0]}: no such file`,
      `scan: ${files[1]}: binary data, not an HTML or text article`,
      `scan: ${files[2]}: empty file`,
      `scan: ${files[3]}: empty file`,
      `scan: ${files[4]}: no article text found in the page`,
      `scan: ${dir}: is a directory, not a file`,
    ]);
  });

  test("a FIFO and /dev/zero before a good file: refused at once, the good file still scanned", () => {
    // Before: the FIFO blocked the run forever and /dev/zero was read until 7.5 GB.
    const fifo = path.join(dir, "pipe.html");
    execFileSync("mkfifo", [fifo]);
    const started = performance.now();
    const { code, stdout, stderr } = run("scan", fifo, "/dev/zero", MT, "--json");
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).file).toBe(MT);
    expect(stderr.trim().split("\n")).toEqual([
      `scan: ${fifo}: not a regular file (a device, pipe or socket); save the page to a file first`,
      "scan: /dev/zero: not a regular file (a device, pipe or socket); save the page to a file first",
    ]);
  });

  test("a file name with a newline and an escape sequence is quoted: still one uncoloured line", () => {
    const name = path.join(dir, "evil\n\u001b[31mred.html");
    const { code, stderr } = run("scan", name);
    expect(code).toBe(1);
    expect(stderr).toBe(`scan: ${JSON.stringify(name).replace("\u001b", "\\u001b")}: no such file\n`);
    expect(stderr).not.toContain("\u001b");
  });

  test("5,000 levels of nested HTML: one line saying what the page is (it overflowed the stack)", () => {
    const file = path.join(dir, "deep.html");
    writeFileSync(
      file,
      `<!doctype html><html><body><article>${"<div>".repeat(5_000)}<p>Text.</p></article></body></html>`,
    );
    const { code, stderr } = run("scan", file);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `scan: ${file}: not an article page: its markup nests 5,001 levels deep (news pages nest a few dozen; the limit is 128)\n`,
    );
  });

  test("output into a pipe closed early ends quietly, no stack trace", () => {
    const result = spawnSync(
      "sh",
      [
        "-c",
        `"${process.execPath}" --import tsx src/cli/quotes.ts ${MT} ${MT} ${MT} ${MT} | head -c 10 > /dev/null`,
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
  });

  test("usage errors", () => {
    expect(run("scan").code).toBe(2);
    const unknown = run("scan", "--jsn", MT);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^scan: unknown option --jsn\nusage:/);
    expect(run("scan", "--help").stdout).toMatch(/^usage: npm run -s scan/);
  });

  test("usage errors name the option parseArgs refused", () => {
    expect(run("scan", "-h").stdout).toMatch(/^usage: npm run -s scan/);
    const valued = run("scan", "--json=yes", MT);
    expect(valued.code).toBe(2);
    expect(valued.stderr).toMatch(/^scan: option --json takes no value\nusage:/);
    expect(run("scan", "-x", MT).stderr).toMatch(/^scan: unknown option -x\nusage:/);
  });

  test("after --, everything is a file, even a name like an option", () => {
    const result = run("scan", "--", "--json");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^scan: --json: /);
  });
});

describe("quotes", () => {
  test("--json: one line per file with every quote's text, offsets, speaker, cue, channel and kind", () => {
    const { code, stdout } = run("quotes", MT, JP, "--json");
    expect(code).toBe(0);
    const [mt, jp] = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(mt.file).toBe(MT);
    expect(mt.quotes).toHaveLength(6);
    expect(jp.quotes).toHaveLength(16);
    expect(mt.quotes[1]).toMatchObject({
      speaker: "Donald Trump",
      cue: "wrote",
      channel: "Truth Social",
      kind: "full",
    });
    expect(Object.keys(mt.quotes[1])).toEqual(
      expect.arrayContaining(["text", "start", "end", "speaker", "cue", "channel", "kind"]),
    );
    expect(jp.quotes.map((q: { speaker: string }) => q.speaker)).toContain("Marco Rubio");
  });

  test("a bad file among good ones", () => {
    const { code, stdout, stderr } = run("quotes", path.join(dir, "nope.txt"), MT);
    expect(code).toBe(1);
    expect(stderr).toBe(`quotes: ${path.join(dir, "nope.txt")}: no such file\n`);
    expect(stdout).toContain("6 quote(s)");
  });
});
