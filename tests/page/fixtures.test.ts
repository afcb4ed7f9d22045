/**
 * Every saved page under tests/fixtures/pages/ yields exactly what its expected.json says: the
 * story (or none) and every matched span with its statement, kind and exact text. Pages are read as
 * the CLI and the extension read them: Readability on the DOM, then the matcher.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { matchPage } from "../../src/core/match/match-page.js";
import { readArticleFile } from "../../src/node/read-article-file.js";
import { loadedSeedCorpus } from "../helpers/corpus.js";

interface Expected {
  about: string;
  story: string | null;
  matches: Array<{ statementId: string; kind: string; text: string }>;
}

const root = path.resolve(import.meta.dirname, "../fixtures/pages");
const slugs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe("saved pages", () => {
  test("there are story pages and unrelated pages to test", () => {
    const expected = slugs.map(
      (slug) => JSON.parse(readFileSync(path.join(root, slug, "expected.json"), "utf8")) as Expected,
    );
    expect(expected.filter((e) => e.story !== null).length).toBeGreaterThanOrEqual(4);
    expect(expected.filter((e) => e.story === null).length).toBeGreaterThanOrEqual(4);
  });

  test.each(slugs)("%s", (slug) => {
    const expected = JSON.parse(readFileSync(path.join(root, slug, "expected.json"), "utf8")) as Expected;
    const article = readArticleFile(path.join(root, slug, "page.html"));
    const result = matchPage(article.text, loadedSeedCorpus(), { url: article.url, date: article.date });
    expect(result.story?.id ?? null).toBe(expected.story);
    for (const m of result.matches) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    const found = result.matches.map((m) => ({ statementId: m.statementId, kind: m.kind, text: m.text }));
    expect(found).toEqual(expected.matches);
    if (expected.story === null) expect(result.missing).toEqual([]);
  });
});
