import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { compileCorpus, type CorpusInput } from "../../../src/core/compile/compile-corpus.js";
import { CorpusError } from "../../../src/core/corpus/corpus-error.js";
import { SCHEMA_VERSION } from "../../../src/core/corpus/schema.js";
import { DEFAULT_SEEDS_DIR, readSeeds } from "../../../src/node/corpus-files.js";
import { seedCorpus, STORY_ID } from "../../helpers/corpus.js";

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

function withManifest(
  dir: string,
  edit: (manifest: { schemaVersion: number; articles: object[] }) => void,
): CorpusInput {
  const file = path.join(dir, "corpus.json");
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  edit(manifest);
  writeFileSync(file, JSON.stringify(manifest));
  return readSeeds(dir);
}

describe("compileCorpus", () => {
  test("a statement's speaker is the one its quotes credit, not an unattributed dek's nobody", () => {
    const article = (title: string, body: string) => `${title}\n\n${body}\n`;
    const files = new Map([
      [
        "a.txt",
        article(
          "Success belongs to all",
          "‘This is a moment to cherish forever’\n\n“This is a moment to cherish forever,” Prime Minister Narendra Modi said.",
        ),
      ],
      [
        "b.txt",
        article("Moon landing", "“This is a moment to cherish forever,” Narendra Modi told scientists."),
      ],
    ]);
    const entry = (file: string) => ({
      file,
      outlet: file,
      url: `https://example.com/${file}`,
      date: "2023-08-23",
    });
    const corpus = compileCorpus({
      manifestName: "corpus.json",
      manifestText: JSON.stringify({ schemaVersion: 1, articles: [entry("a.txt"), entry("b.txt")] }),
      files,
    });
    expect(corpus.statements).toHaveLength(1);
    expect(corpus.statements[0]!.quoteIds).toHaveLength(3);
    expect(corpus.statements[0]!.speaker?.name).toBe("Narendra Modi");
    expect(corpus.statements[0]!.id).toMatch(/^modi-/);
  });

  test("compiles the seeds into one story with a schema version", () => {
    const corpus = seedCorpus();
    expect(corpus.schemaVersion).toBe(SCHEMA_VERSION);
    expect(corpus.articles.map((a) => [a.outlet, a.date])).toEqual([
      ["The Jerusalem Post", "2025-03-14"],
      ["The Moscow Times", "2025-03-14"],
    ]);
    expect(corpus.stories.map((s) => s.id)).toEqual([STORY_ID]);
    expect(corpus.quotes).toHaveLength(22);
    // The manifest fills what the text lacks: the Jerusalem Post's URL and date.
    expect(corpus.articles[0]!.url).toBe("https://www.jpost.com/breaking-news/article-846084");
  });

  test("is deterministic, and the golden snapshot catches drift", async () => {
    const again = compileCorpus(readSeeds(DEFAULT_SEEDS_DIR));
    expect(JSON.stringify(again)).toBe(JSON.stringify(seedCorpus()));
    await expect(`${JSON.stringify(seedCorpus(), null, 1)}\n`).toMatchFileSnapshot(
      "../../fixtures/corpus.golden.json",
    );
  });

  test("a third article with a manifest entry just works", () => {
    const dir = seedsCopy();
    const third = "2025-03-15-kyiv-chronicle-trump-urges-putin.txt";
    cpSync(path.join(import.meta.dirname, "../../fixtures/seeds-extra", third), path.join(dir, third));
    const corpus = compileCorpus(
      withManifest(dir, (m) =>
        m.articles.push({
          file: third,
          outlet: "The Kyiv Chronicle",
          url: "https://kyivchronicle.example/news/trump-urges-putin-kursk",
        }),
      ),
    );
    expect(corpus.articles).toHaveLength(3);
    expect(corpus.stories).toHaveLength(1);
    const post = corpus.statements.find((s) => s.id === "trump-we-had-very-good-and-productive")!;
    expect(post.articleIds).toHaveLength(3);
    // Its longer Kursk quote becomes the canonical rendering of that statement.
    const kursk = corpus.statements.find((s) =>
      s.quoteIds.some(
        (q) =>
          q.startsWith("2025-03-14-moscow-times") &&
          corpus.quotes.find((x) => x.id === q)!.text.startsWith("thousands"),
      ),
    )!;
    expect(kursk.articleIds).toHaveLength(3);
    expect(kursk.text).toMatch(/^But, at this very moment, thousands of Ukrainian troops/);
    expect(corpus.articles.find((a) => a.file === third)!.date).toBe("2025-03-15");
  });

  test.each([
    [
      "invalid JSON",
      (dir: string) => writeFileSync(path.join(dir, "corpus.json"), "{ not json"),
      /^corpus\.json: not valid JSON/,
    ],
    [
      "a wrong schema version",
      (dir: string) => withManifest(dir, (m) => (m.schemaVersion = 9)),
      /^corpus\.json: schemaVersion must be 1, found 9/,
    ],
    [
      "an entry without outlet",
      (dir: string) => withManifest(dir, (m) => delete (m.articles[0] as { outlet?: string }).outlet),
      /articles\[0\]\.outlet must be a non-empty string/,
    ],
    [
      "a malformed date",
      (dir: string) => withManifest(dir, (m) => Object.assign(m.articles[0]!, { date: "14/03/2025" })),
      /articles\[0\]\.date must be YYYY-MM-DD/,
    ],
    [
      "a date that does not exist (30 February)",
      (dir: string) => withManifest(dir, (m) => Object.assign(m.articles[0]!, { date: "2025-02-30" })),
      /^corpus\.json: articles\[0\]\.date must be YYYY-MM-DD and a day that exists, found "2025-02-30"/,
    ],
    [
      "two files whose names differ only in the extension's case",
      (dir: string) => {
        const jp = "2025-03-14-jerusalem-post-trump-productive-discussions";
        cpSync(path.join(dir, `${jp}.txt`), path.join(dir, `${jp}.TXT`));
        withManifest(dir, (m) => m.articles.push({ file: `${jp}.TXT`, outlet: "Copy" }));
      },
      /^2025-03-14-jerusalem-post-trump-productive-discussions\.TXT: has the same article id as 2025-03-14-jerusalem-post-trump-productive-discussions\.txt/,
    ],
    [
      "a file name with a newline and an escape sequence, quoted",
      (dir: string) => writeFileSync(path.join(dir, "evil\n\u001b[31m.txt"), "A title\n\nSome body text."),
      /^"evil\\n\\u001b\[31m\.txt": not listed in corpus\.json/,
    ],
    [
      "an article of 1,001 quotes in one sentence (it took a minute, then could not be written)",
      (dir: string) => {
        const words = Array.from({ length: 1_001 }, (_, i) => `"word ${i}"`).join(" ");
        writeFileSync(path.join(dir, "many.txt"), `A title\n\nSmith said ${words}.`);
        withManifest(dir, (m) =>
          m.articles.push({ file: "many.txt", outlet: "X", url: "https://x.example/m", date: "2025-03-14" }),
        );
      },
      /^many\.txt: has 1,001 quotes, more than the 1,000 an article may have; split it or take it out of corpus\.json$/,
    ],
    [
      "a listed file that is missing",
      (dir: string) => withManifest(dir, (m) => m.articles.push({ file: "gone.txt", outlet: "X" })),
      /^corpus\.json: lists gone\.txt, which does not exist/,
    ],
    [
      "an article not in the manifest",
      (dir: string) => writeFileSync(path.join(dir, "stray.txt"), "A title\n\nSome body text."),
      /^stray\.txt: not listed in corpus\.json/,
    ],
    [
      "an article with no body",
      (dir: string) => {
        writeFileSync(path.join(dir, "empty.txt"), "Headline only\n\n(photo credit: REUTERS/SOMEONE)");
        withManifest(dir, (m) =>
          m.articles.push({ file: "empty.txt", outlet: "X", url: "https://x.example/a", date: "2025-03-14" }),
        );
      },
      /^empty\.txt: no body text/,
    ],
    [
      "an article with no date anywhere",
      (dir: string) => {
        writeFileSync(path.join(dir, "undated.txt"), "Headline\n\nA body paragraph that says something.");
        withManifest(dir, (m) =>
          m.articles.push({ file: "undated.txt", outlet: "X", url: "https://x.example/b" }),
        );
      },
      /^undated\.txt: no publication date in the text; give `date` in the manifest/,
    ],
  ])("%s is a one-line error naming the file", (_, breakIt, message) => {
    const dir = seedsCopy();
    breakIt(dir);
    let error: unknown;
    try {
      compileCorpus(readSeeds(dir));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});
