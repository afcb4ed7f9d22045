/**
 * The import zones of eslint.config.js, checked on made-up imports: each stage refuses what it may
 * not import and accepts what it may, so a zone that stops matching fails here, not in review.
 */
import { ESLint } from "eslint";
import { describe, expect, test } from "vitest";

const eslint = new ESLint();

async function refused(filePath: string, specifier: string): Promise<boolean> {
  const code = `import { x } from "${specifier}";\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.some((m) => m.ruleId === "no-restricted-imports");
}

describe("import zones", () => {
  test.each([
    ["src/core/match/match-page.ts", "../compile/compile-corpus.js"],
    ["src/core/match/match-page.ts", "../attribution/people.js"],
    ["src/core/match/match-page.ts", "../article/parse-article.js"],
    ["src/core/match/load-corpus.ts", "../../../data/lexicons/people.json"],
    ["src/core/report/page-report.ts", "../compile/compile-corpus.js"],
    ["src/core/corpus/schema.ts", "../text/tokenize.js"],
    ["src/core/common/multimap.ts", "../corpus/schema.js"],
    ["src/core/text/tokenize.ts", "../match/tuning.js"],
    ["src/core/text/word-classes.ts", "../../../data/lexicons/role-words.json"],
    ["src/core/match/soft-align.ts", "../../../data/wordnet-synonyms.json"],
    ["src/core/text/stem.ts", "../../../data/wordnet-synonyms.json"],
    ["src/background/background.ts", "../../data/english-word-frequency.json"],
    ["src/core/compile/compile-corpus.ts", "../report/page-report.js"],
    ["src/core/attribution/mentions.ts", "../match/match-page.js"],
    ["src/core/match/match-page.ts", "../../page/extract-article.js"],
    ["src/core/text/tokenize.ts", "node:fs"],
    ["src/background/background.ts", "../core/compile/compile-corpus.js"],
    ["src/content/content.ts", "../core/attribution/extract-quotes.js"],
    ["src/popup/PopupApp.tsx", "../core/article/parse-article.js"],
  ])("%s may not import %s", async (file, specifier) => {
    expect(await refused(file, specifier)).toBe(true);
  });

  test.each([
    ["src/core/match/match-page.ts", "../text/tokenize.js"],
    ["src/core/match/load-corpus.ts", "../corpus/schema.js"],
    ["src/core/text/word-classes.ts", "../../../data/lexicons/stopwords.json"],
    ["src/core/corpus/schema.ts", "./validation.js"],
    ["src/core/corpus/schema.ts", "valibot"],
    ["src/core/compile/compile-corpus.ts", "../attribution/extract-quotes.js"],
    ["src/core/compile/group-statements.ts", "../match/tuning.js"],
    ["src/core/compile/synonyms.ts", "../../../data/wordnet-synonyms.json"],
    ["src/background/background.ts", "../core/match/match-page.js"],
    ["src/cli/quotes.ts", "../core/attribution/extract-quotes.js"],
  ])("%s may import %s", async (file, specifier) => {
    expect(await refused(file, specifier)).toBe(false);
  });
});
