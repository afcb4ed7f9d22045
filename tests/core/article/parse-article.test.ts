import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ArticleError, joinBody, parseArticle } from "../../../src/core/article/parse-article.js";

const seeds = path.resolve(import.meta.dirname, "../../../seeds");
const read = (name: string) => parseArticle(readFileSync(path.join(seeds, name), "utf8"));
const MOSCOW_TIMES = "2025-03-14-moscow-times-trump-very-good-chance.txt";
const JERUSALEM_POST = "2025-03-14-jerusalem-post-trump-productive-discussions.txt";

describe("parseArticle on the seeds", () => {
  test("The Moscow Times: title, date line, URL footer, clean body", () => {
    const a = read(MOSCOW_TIMES);
    expect(a.title).toBe("Trump Claims 'Very Good Chance' to End Ukraine War After Putin-Witkoff Meeting");
    expect(a.date).toBe("2025-03-14");
    expect(a.url).toBe(
      "https://www.themoscowtimes.com/2025/03/14/trump-claims-very-good-chance-to-end-ukraine-war-after-putin-witkoff-meeting-a88369",
    );
    expect(a.paragraphs).toHaveLength(10);
    const body = joinBody(a.paragraphs);
    expect(body).not.toMatch(/kremlin\.ru|Related article|Original url|earlier version|\]\(#\)/);
    expect(body).toContain("U.S. President Donald Trump said Friday that");
    // The paragraph the copy broke mid-sentence is whole again.
    expect(body).toContain("Putin voiced support for the proposal in principle while raising concerns");
    expect(a.removed.map((r) => r.kind)).toEqual([
      "date",
      "caption",
      "boilerplate",
      "correction",
      "url",
      "url",
    ]);
  });

  test("The Jerusalem Post: standfirst, captions (one repeated), headings and newsletter removed, no date in text", () => {
    const a = read(JERUSALEM_POST);
    expect(a.title).toBe("Trump says US had productive discussions with Putin, war in Ukraine could end");
    expect(a.dek).toBe("Ukraine, Russia, and the US express cautious optimism for a ceasefire.");
    // The caption's "March 3, 2025" is not the article's date.
    expect(a.date).toBeNull();
    expect(a.url).toBeNull();
    const body = joinBody(a.paragraphs);
    expect(body).not.toMatch(
      /photo credit|REUTERS\/|Subscribe|Stay updated|Sudzha|No Ukraine war, Israel-Hamas/,
    );
    expect(body).not.toMatch(/\u00a0/);
    expect(a.paragraphs[0]).toMatch(/^US President Donald Trump urged Russian President Vladimir Putin/);
    expect(a.paragraphs.at(-1)).toMatch(/Rubio told reporters following his meetings/);
    expect(a.removed.filter((r) => r.kind === "caption")).toHaveLength(5);
    expect(a.removed.filter((r) => r.kind === "heading").map((r) => r.text)).toEqual([
      "No Ukraine war, Israel-Hamas war under Trump?",
      "Ukraine, US pushes for peace",
    ]);
  });
});

describe("parseArticle on bad input", () => {
  test.each([
    ["", "no text"],
    ["   \n\n  ", "no text"],
    ["Title\u0000\u0001binary", "binary data"],
    ["Only a title\n\n(photo credit: REUTERS/SOMEONE)", "no body text"],
  ])("%j is an ArticleError", (raw, message) => {
    expect(() => parseArticle(raw)).toThrow(ArticleError);
    expect(() => parseArticle(raw)).toThrow(message);
  });
});
