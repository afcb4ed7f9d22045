import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { InputError, MAX_NESTING_DEPTH, readArticleFile } from "../../src/node/read-article-file.js";

const root = path.resolve(import.meta.dirname, "../..");
const MT = path.join(root, "seeds/2025-03-14-moscow-times-trump-very-good-chance.txt");
const PAGE = path.join(root, "tests/fixtures/pages/wire-straight-quotes-split/page.html");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "verbatim-article-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, bytes: Buffer | string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

describe("readArticleFile: encodings (UTF-16 and Latin-1 were refused as binary data)", () => {
  test("a UTF-16 LE text article with a byte-order mark reads as its UTF-8 original", () => {
    const text = readFileSync(MT, "utf8");
    const file = write("mt-utf16.txt", Buffer.from(`\ufeff${text}`, "utf16le"));
    expect(readArticleFile(file)).toEqual(readArticleFile(MT));
  });

  test("a UTF-16 BE page with a byte-order mark extracts as its UTF-8 original", () => {
    const html = readFileSync(PAGE, "utf8");
    const file = write("page-utf16be.html", Buffer.from(`\ufeff${html}`, "utf16le").swap16());
    expect(readArticleFile(file).text).toBe(readArticleFile(PAGE).text);
  });

  test("a Latin-1 (Windows-1252) article keeps its accents and curly quotes", () => {
    const text =
      "Zürich talks end\n\nMarch 14, 2025\n\n" +
      "\u201cWe are ready for a café in Genève,\u201d the mayor said on Friday.\n";
    const file = write(
      "latin1.txt",
      Buffer.from(
        text.replace(/[\u201c\u201d]/g, (q) => (q === "\u201c" ? "\x93" : "\x94")),
        "latin1",
      ),
    );
    const article = readArticleFile(file);
    expect(article.title).toBe("Zürich talks end");
    expect(article.body).toContain("\u201cWe are ready for a café in Genève,\u201d");
  });

  test("binary data is still refused", () => {
    const file = write(
      "image.txt",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    expect(() => readArticleFile(file)).toThrow("binary data, not an HTML or text article");
  });
});

describe("readArticleFile: markup out of any news page's range", () => {
  const nested = (levels: number): string =>
    `<!doctype html><html><head><title>Deep</title></head><body><article><h1>Deep</h1>${"<div>".repeat(levels)}` +
    `<p>“We had very good and productive discussions with President Vladimir Putin,” Trump wrote.</p>` +
    `${"</div>".repeat(levels)}</article></body></html>`;

  // Before: 1,000 levels took 31 s, 2,000 levels 3 min 40 s, 5,000 a raw "Maximum call stack size exceeded".
  test.each([1_000, 5_000, 100_000])("%i levels: a one-line refusal in well under a second", (levels) => {
    const file = write(`deep-${levels}.html`, nested(levels));
    const started = performance.now();
    expect(() => readArticleFile(file)).toThrow(InputError);
    expect(() => readArticleFile(file)).toThrow(
      `not an article page: its markup nests ${(levels + 1).toLocaleString("en")} levels deep ` +
        `(news pages nest a few dozen; the limit is ${MAX_NESTING_DEPTH})`,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  // Before: 20,000 misnested pairs took 15 s and 40,000 took 25 s; the time grew with the file.
  test("30,000 misnested <b><i> pairs (60,000 elements): a one-line refusal, at once", () => {
    const file = write(
      "misnested.html",
      `<!doctype html><html><body><article><h1>T</h1>${"<b><i>x</b></i>".repeat(30_000)}</article></body></html>`,
    );
    const started = performance.now();
    expect(() => readArticleFile(file)).toThrow(
      "not an article page: it has 60,004 elements (news pages have a few thousand; the limit is 50,000)",
    );
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  test("a page nested 64 levels deep is still read", () => {
    expect(readArticleFile(write("deep-64.html", nested(64))).text).toContain("very good and productive");
  });
});
