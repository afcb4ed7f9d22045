import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { joinBody, parseArticle } from "../../../src/core/article/parse-article.js";
import { DETECTION_TUNING } from "../../../src/core/match/detect-story.js";
import { matchPage, probeCost } from "../../../src/core/match/match-page.js";
import { buildPageReport } from "../../../src/core/report/page-report.js";
import { loadedSeedCorpus, STORY_ID } from "../../helpers/corpus.js";

const seeds = path.resolve(import.meta.dirname, "../../../seeds");
const MT = "2025-03-14-moscow-times-trump-very-good-chance";
const JP = "2025-03-14-jerusalem-post-trump-productive-discussions";

function seedPage(id: string): { text: string; url: string | null; date: string | null } {
  const a = parseArticle(readFileSync(path.join(seeds, `${id}.txt`), "utf8"));
  return { text: `${a.title}\n\n${joinBody(a.paragraphs)}`, url: a.url, date: a.date };
}

describe("each seed against the corpus", () => {
  test.each([MT, JP])(
    "%s matches its own story, knows it is that article, and shows the other outlet's versions",
    (id) => {
      const corpus = loadedSeedCorpus();
      const page = seedPage(id);
      const result = matchPage(page.text, corpus, page);
      expect(result.story?.id).toBe(STORY_ID);
      expect(result.article).toBe(id);
      const report = buildPageReport(page.text, result, corpus);
      const other = id === MT ? "The Jerusalem Post" : "The Moscow Times";
      const shared = [
        "trump-we-had-very-good-and-productive",
        "trump-i-have-strongly-requested-to-president",
        "trump-thousands-of-ukrainian-troops-are-completely",
      ];
      for (const statementId of shared) {
        const match = report.matches.find((m) => m.statementId === statementId)!;
        expect(match.versions.map((v) => v.outlet)).toEqual([other]);
      }
      // A page never lists its own article's renderings as another outlet's.
      expect(report.matches.flatMap((m) => m.versions).every((v) => v.articleId !== id)).toBe(true);
      for (const m of result.matches) expect(page.text.slice(m.start, m.end)).toBe(m.text);
    },
  );

  test("the Moscow Times page carries every quote it has and lacks the Jerusalem Post's own", () => {
    const corpus = loadedSeedCorpus();
    const page = seedPage(MT);
    const result = matchPage(page.text, corpus, page);
    expect(new Set(result.matches.map((m) => m.statementId)).size).toBe(5);
    expect(result.missing).toContain("zelensky-i-strongly-urge-everyone-who-can");
    expect(result.missing).not.toContain("trump-we-had-very-good-and-productive");
  });
});

describe("what counts as a match", () => {
  const corpus = loadedSeedCorpus();
  const onStoryPage = (extra: string) =>
    `Trump says Witkoff had productive talks with Putin in Moscow\n\nMarch 14, 2025\n\n` +
    `"We had very good and productive discussions with President Vladimir Putin of Russia yesterday, and there is a very good chance that this horrible, bloody war can finally come to an end," Trump wrote on Truth Social.\n\n${extra}`;

  test("a paraphrase outside quotation marks is not a match", () => {
    const result = matchPage(
      onStoryPage(
        "Trump said he had strongly requested that Putin spare the lives of the Ukrainian soldiers in Kursk, warning of a horrible massacre.",
      ),
      corpus,
    );
    expect(result.matches.map((m) => m.statementId)).toEqual(["trump-we-had-very-good-and-productive"]);
  });

  test("a short fragment matches inside quotation marks on a story page only", () => {
    const fragment = 'Trump said the troops were "completely surrounded".';
    expect(matchPage(onStoryPage(fragment), corpus).matches.map((m) => m.text)).toContain(
      "completely surrounded",
    );
    const elsewhere = matchPage(
      `Storm hits coast\n\nFishermen said the harbour was "completely surrounded" by ice.`,
      corpus,
    );
    expect(elsewhere.story).toBeNull();
    expect(elsewhere.matches).toEqual([]);
    // Without quotation marks it is just words, even on the story page.
    expect(matchPage(onStoryPage("The troops were completely surrounded."), corpus).matches).toHaveLength(1);
  });

  test("fragments of only function words never match", () => {
    const result = matchPage(onStoryPage('Asked what comes next, Trump said "we will".'), corpus);
    expect(result.matches).toHaveLength(1);
  });

  test("exact outranks variant outranks partial, by how much of the statement the page carries", () => {
    const kinds = (text: string) => matchPage(onStoryPage(text), corpus).matches.map((m) => m.kind);
    expect(kinds("")).toEqual(["exact"]);
    const variant = matchPage(onStoryPage("").replace("horrible, bloody", "terrible, bloody"), corpus);
    expect(variant.matches.map((m) => m.kind)).toEqual(["variant"]);
    const clipped = matchPage(
      onStoryPage("").replace(
        "We had very good and productive discussions with President Vladimir Putin of Russia yesterday, and t",
        "T",
      ),
      corpus,
    );
    expect(clipped.matches.map((m) => m.kind)).toEqual(["partial"]);
    expect(clipped.matches[0]!.coverage).toBeLessThan(variant.matches[0]!.coverage);
  });
});

describe("story detection", () => {
  const corpus = loadedSeedCorpus();
  const event =
    "Trump hails Witkoff's talks with Putin\n\n" +
    "Donald Trump said Steve Witkoff's meeting with Vladimir Putin in Moscow went well and asked Putin to spare the lives of Ukrainian troops in Kursk, warning of a horrible massacre. " +
    "The president said on Truth Social there was a good chance the bloody war could end after productive discussions.";

  // Scores below the bar too: detection's evidence, whatever the threshold calibrated on real coverage.
  const anyScore = { detection: { ...DETECTION_TUNING, threshold: 0.001 } };

  test("the same event without shared quotes scores from its words, people, places and date", () => {
    const sameDay = matchPage(event, corpus, { date: "2025-03-14", tuning: anyScore }).story!;
    expect(sameDay.id).toBe(STORY_ID);
    expect(sameDay.evidence.terms).toContain("witkoff");
    expect(sameDay.evidence.entities).toContain("Vladimir Putin");
    const later = matchPage(event, corpus, { date: "2025-03-21", tuning: anyScore }).story!;
    expect(later.score).toBeLessThan(sameDay.score);
    // Without a quote of the story, topic alone does not reach the bar a week on.
    expect(matchPage(event, corpus, { date: "2025-03-21" }).story).toBeNull();
  });

  test("quoting a statement outranks sharing its words, which outranks sharing only its people", () => {
    const quoting = matchPage(
      `${event}\n\n"I have strongly requested to President Putin that their lives be spared," Trump wrote.`,
      corpus,
      { date: "2025-03-14" },
    ).story!;
    const topical = matchPage(event, corpus, { date: "2025-03-14", tuning: anyScore }).story!;
    expect(quoting.id).toBe(STORY_ID);
    expect(quoting.score).toBeGreaterThan(topical.score);
    const peopleText =
      "Trump and Putin to talk\n\nDonald Trump and Vladimir Putin will speak by phone about Ukraine and Russia.";
    const peopleOnly = matchPage(peopleText, corpus, { date: "2025-03-14", tuning: anyScore }).story!;
    expect(peopleOnly.score).toBeLessThan(topical.score);
    expect(matchPage(peopleText, corpus, { date: "2025-03-14" }).story).toBeNull();
  });

  test("a corpus article's URL settles its story", () => {
    const result = matchPage("A page whose text we could not read well.", corpus, {
      url: "https://jpost.com/breaking-news/article-846084?utm_source=x#top",
    });
    expect(result.story?.id).toBe(STORY_ID);
    expect(result.story?.evidence.url).toBe(true);
    expect(result.article).toBe(JP);
  });
});

describe("cost follows the page, not the corpus", () => {
  test("a page with no shared shingles verifies nothing, however long", () => {
    const corpus = loadedSeedCorpus();
    const filler = "The council met on Tuesday to discuss the new bridge and the budget for schools. ".repeat(
      2000,
    );
    const result = matchPage(filler, corpus);
    expect(result.matches).toEqual([]);
    expect(result.story).toBeNull();
    expect(probeCost(filler, corpus)).toEqual({ renderingsHit: 0, verified: 0 });
  });

  test("a page quoting the corpus verifies only the renderings it hits, not every statement", () => {
    const corpus = loadedSeedCorpus();
    const cost = probeCost(seedPage(MT).text, corpus);
    expect(cost.verified).toBeGreaterThan(0);
    expect(cost.renderingsHit).toBeLessThan(corpus.data.index.versions.length);
    // One quoted statement among 2,000 lines of filler costs what the statement alone costs.
    const statement = corpus.statementById.get(corpus.data.statements[0]!.id)!;
    const quoted = `He said: “${statement.text}”\n\n`;
    const filler = "The council met on Tuesday to discuss the new bridge and the budget for schools. ";
    expect(probeCost(quoted + filler.repeat(2000), corpus)).toEqual(probeCost(quoted, corpus));
  });
});

test("a page whose last paragraph holds 150,000 quotes still gets its matches (the scan overflowed the stack)", () => {
  const corpus = loadedSeedCorpus();
  const page = seedPage(MT);
  const text = `${page.text}\n\n${'"a" '.repeat(150_000)}`;
  const alone = matchPage(page.text, corpus, page);
  const crowded = matchPage(text, corpus, page);
  expect(alone.matches.length).toBeGreaterThan(5);
  expect(crowded.matches.map((m) => [m.statementId, m.start, m.end])).toEqual(
    alone.matches.map((m) => [m.statementId, m.start, m.end]),
  );
  expect(buildPageReport(text, crowded, corpus).matches.length).toBeGreaterThan(0);
});
