/**
 * Hostile sizes for quote extraction (the slow tier: each takes a few seconds on a 2-core machine).
 * Before the fix 150,000 quotes in one paragraph overflowed the stack; extraction was cubic in the
 * quotes of a sentence, so these would not have finished at all.
 */
import { describe, expect, test } from "vitest";
import { extractQuotes } from "../../../src/core/attribution/extract-quotes.js";

describe("150,000 quotes", () => {
  test("in one paragraph and one sentence: all extracted, none attributed (no one speaks)", () => {
    const started = performance.now();
    const quotes = extractQuotes(`"a" `.repeat(150_000));
    expect(quotes).toHaveLength(150_000);
    expect(quotes.every((q) => q.speaker === null)).toBe(true);
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);

  test("each after its own cue verb, all far from the one speaker's name", () => {
    const body = `Smith ${Array.from({ length: 150_000 }, (_, i) => `said "word ${i}"`).join(" ")}.`;
    const started = performance.now();
    const quotes = extractQuotes(body);
    expect(quotes).toHaveLength(150_000);
    expect(quotes.at(-1)!.speaker?.name).toBe("Smith");
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
