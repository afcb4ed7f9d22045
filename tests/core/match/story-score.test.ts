import { describe, expect, test } from "vitest";
import { entityEvidence } from "../../../src/core/match/entity-evidence.js";
import { STORY_SCORE } from "../../../src/core/match/tuning.js";
import { dateFactor, storyScore, weightedShare } from "../../../src/core/match/story-score.js";
import { tokenize } from "../../../src/core/text/tokenize.js";

const about = (s: Parameters<typeof storyScore>[0]) => storyScore(s) >= STORY_SCORE.threshold;

describe("storyScore", () => {
  test("a short page with one rare quote and one entity is about the story", () => {
    expect(about({ quote: 0.8, entities: 0.3, terms: 0.1, dateDistanceDays: 0 })).toBe(true);
  });
  test("the same people on another occasion, no quote, weeks later: not about it", () => {
    expect(about({ quote: 0, entities: 0.9, terms: 0.3, dateDistanceDays: 40 })).toBe(false);
    // On the day, some of the same people and few of the event's words are not enough either.
    expect(about({ quote: 0, entities: 0.6, terms: 0.3, dateDistanceDays: 1 })).toBe(false);
  });
  test("without quotes, the event's own words and people together on the day are enough", () => {
    expect(about({ quote: 0, entities: 0.9, terms: 0.9, dateDistanceDays: 1 })).toBe(true);
  });
  test("more evidence of any kind never lowers the score", () => {
    const base = { quote: 0.3, entities: 0.3, terms: 0.3, dateDistanceDays: 2 };
    for (const key of ["quote", "entities", "terms"] as const)
      expect(storyScore({ ...base, [key]: 0.9 })).toBeGreaterThan(storyScore(base));
    expect(storyScore(base)).toBeGreaterThan(storyScore({ ...base, dateDistanceDays: 30 }));
  });
  test("the date factor falls with distance; an undated page keeps most", () => {
    expect(dateFactor(0)).toBe(1);
    expect(dateFactor(5)).toBeLessThan(dateFactor(0));
    expect(dateFactor(60)).toBeLessThan(dateFactor(5));
    expect(dateFactor(null)).toBeGreaterThan(dateFactor(60));
  });
  test("weightedShare", () => {
    expect(
      weightedShare(
        [
          ["a", 3],
          ["b", 1],
        ] as const,
        (x) => x === "a",
      ),
    ).toBe(0.75);
    expect(weightedShare([], () => true)).toBe(0);
  });
});

describe("entityEvidence", () => {
  const entities = [
    { name: "Javier Milei", keys: ["javier milei", "milei"], count: 9 },
    { name: "Argentina", keys: ["argentina", "argentine"], count: 8 },
    { name: "South America", keys: ["south america"], count: 1 },
  ];
  test("names by any key, multi-word keys as runs, weighed by mentions", () => {
    const found = entityEvidence(tokenize("The Argentine president, Milei, spoke.").words, entities);
    expect(found.found).toEqual(["Javier Milei", "Argentina"]);
    expect(found.share).toBeGreaterThan(0.8);
    expect(entityEvidence(tokenize("south of America").words, entities).share).toBe(0);
    expect(entityEvidence(tokenize("in South America").words, entities).found).toEqual(["South America"]);
  });
  test("a surname inside another word is not a mention", () => {
    expect(entityEvidence(tokenize("Mileisms abound").words, entities).found).toEqual([]);
  });
});
