/** The benchmark's corpora: deterministic, prefix-stable, with the seeds' story and real structure. */
import { describe, expect, test } from "vitest";
import { generateCorpus, generatePage } from "../../scripts/bench/generate-corpus.js";
import { compileCorpus } from "../../src/core/compile/compile-corpus.js";
import { DEFAULT_SEEDS_DIR, readSeeds } from "../../src/node/corpus-files.js";

const seeds = readSeeds(DEFAULT_SEEDS_DIR);

describe("generateCorpus", () => {
  test("is deterministic and prefix-stable: a smaller corpus is the start of a larger one", () => {
    const small = generateCorpus(40, seeds.files, seeds.manifestText);
    const again = generateCorpus(40, seeds.files, seeds.manifestText);
    const large = generateCorpus(120, seeds.files, seeds.manifestText);
    expect([...again.input.files]).toEqual([...small.input.files]);
    expect(small.input.files.size).toBe(40);
    for (const [name, text] of small.input.files) expect(large.input.files.get(name)).toBe(text);
  });

  test("keeps the seeds' story and compiles into stories of several outlets quoting shared statements", () => {
    const generated = generateCorpus(120, seeds.files, seeds.manifestText);
    for (const name of seeds.files.keys()) expect(generated.input.files.has(name)).toBe(true);
    const corpus = compileCorpus(generated.input);
    expect(corpus.articles).toHaveLength(120);
    expect(corpus.stories.filter((s) => s.articleIds.length >= 3).length).toBeGreaterThan(10);
    const shared = corpus.statements.filter((s) => s.articleIds.length >= 2);
    expect(shared.length).toBeGreaterThan(corpus.statements.length / 3);
    // Generated attributions are ordinary ("…," Surname said.): most quotes get a speaker (86% when written).
    expect(corpus.quotes.filter((q) => q.speaker !== null).length / corpus.quotes.length).toBeGreaterThan(
      0.8,
    );
  });

  test("pages have the asked length and quote the corpus", () => {
    const generated = generateCorpus(60, seeds.files, seeds.manifestText);
    const page = generatePage(5000, generated, []);
    const words = page.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(5000);
    expect(words).toBeLessThan(5400);
    expect(page.match(/[“"]/g)!.length).toBeGreaterThan(10);
  });
});
