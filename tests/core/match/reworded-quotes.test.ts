import { describe, expect, test } from "vitest";
import { rareRunsIn } from "../../../src/core/match/load-corpus.js";
import {
  bagScore,
  rewordedPair,
  rewordedStatement,
  type QuotedRun,
  type RewordedTuning,
} from "../../../src/core/match/reworded-quotes.js";
import type { CorpusWordKeys, PageWord } from "../../../src/core/match/soft-align.js";
import { softAlign } from "../../../src/core/match/soft-align.js";
import {
  REWORDED_FRAGMENT_EXPLAINED,
  REWORDED_FRAGMENT_RARITY,
  REWORDED_MIN_SAME_WORDS,
  REWORDED_MIN_SCORE,
} from "../../../src/core/match/tuning.js";
import { stemWord } from "../../../src/core/text/stem.js";
import { tokenize } from "../../../src/core/text/tokenize.js";
import { STOPWORDS } from "../../../src/core/text/word-classes.js";
import { loadedSeedCorpus, STORY_ID } from "../../helpers/corpus.js";

/** Trump's Kursk post, canonical in The Moscow Times, printed whole by both seed outlets. */
const KURSK = "trump-i-have-strongly-requested-to-president";
const ZELENSKY_URGE = "zelensky-i-strongly-urge-everyone-who-can";
const REWORDED = "I have strongly urged President Putin to spare their lives.";

/**
 * A quotation as the page matcher hands it over: its normalised words (page word indexes from 0)
 * and the words of its paragraph, where its speaker is named.
 */
function quoted(quote: string, paragraph: string): QuotedRun {
  const words = tokenize(quote).words;
  return { from: 0, to: words.length - 1, words, context: tokenize(paragraph).words };
}

/** A quote said by someone: the paragraph names them before the quote, as a news page does. */
const saidBy = (speaker: string, quote: string): QuotedRun =>
  quoted(quote, `${speaker} wrote on Friday: “${quote}”`);

const find = (run: QuotedRun, tuning?: RewordedTuning, options?: { wholeOnly?: boolean }) =>
  rewordedStatement(loadedSeedCorpus(), STORY_ID, run, tuning, options);

function pageWords(text: string): PageWord[] {
  return tokenize(text).words.map((word) => ({ word, stem: stemWord(word) }));
}

/** A text's words with the keys the corpus compiler gave them (every word here is in the seeds). */
function corpusWords(text: string): CorpusWordKeys[] {
  const { wordKeys } = loadedSeedCorpus();
  return tokenize(text).words.map((word) => {
    const keys = wordKeys.get(word);
    if (!keys) throw new Error(`“${word}” is not a word of the seed corpus`);
    return keys;
  });
}

/** A rendering's words as the index holds them (bracketed insertions left out), with their keys. */
function renderingWords(quoteId: string): CorpusWordKeys[] {
  const { data, quoteIndex, wordKeys } = loadedSeedCorpus();
  return data.index.versions[quoteIndex.get(quoteId)!]!.words.map((id) =>
    wordKeys.get(data.index.vocabulary[id]!)!,
  );
}

/** Every rendering of the story's statements, as keyed words. */
function storyRenderings(): CorpusWordKeys[][] {
  const corpus = loadedSeedCorpus();
  return corpus.storyById
    .get(STORY_ID)!
    .statementIds.flatMap((statementId) =>
      corpus.statementById.get(statementId)!.quoteIds.map(renderingWords),
    );
}

const canonicalWords = (statementId: string): CorpusWordKeys[] =>
  renderingWords(loadedSeedCorpus().statementById.get(statementId)!.canonicalQuoteId);

/** No alignment scores 2: only the fragment rule (or a rare run) can accept a quote. */
const FRAGMENTS_ONLY: RewordedTuning = { minScore: 2, minSameWords: REWORDED_MIN_SAME_WORDS };

describe("rewordedStatement", () => {
  test("a reworded rendering credited to the statement's speaker is that statement", () => {
    const run = saidBy("Trump", REWORDED);
    // Not by a rare run of the statement's own words: by the alignment and the speaker alone.
    expect(rareRunsIn(loadedSeedCorpus(), run.words)).toEqual([]);
    const match = find(run)!;
    expect(match.statementId).toBe(KURSK);
    expect(match.score).toBeGreaterThanOrEqual(REWORDED_MIN_SCORE);
    expect(match.whole).toBe(true);
    expect(match.from).toBeGreaterThanOrEqual(run.from);
    expect(match.to).toBeLessThanOrEqual(run.to);
    const urged = match.alignment.differences.find((d) => d.page.split(" ").includes("urged"));
    expect(urged?.corpus.split(" ")).toContain("requested");
  });

  test("one sentence of a long statement, in other words, is a whole rendering of it", () => {
    // The last of the four sentences of Zelensky's post on X, reworded.
    const match = find(
      saidBy("Zelensky", "Only decisive action can end this war, which has gone on for years"),
    )!;
    expect(match.statementId).toBe(ZELENSKY_URGE);
    expect(match.whole).toBe(true);
  });

  test.each([
    ["another speaker of the story", "Zelensky"],
    ["someone the corpus does not know", "The senator"],
  ])("the same words credited to %s are not the statement", (_, speaker) => {
    expect(find(saidBy(speaker, REWORDED))).toBeNull();
  });

  test("a quote sharing only two names with a statement is not that statement", () => {
    const quote = "President Putin said the talks were constructive";
    expect(bagScore(pageWords(quote), canonicalWords(KURSK)).sameWords).toBe(2);
    expect(find(saidBy("Trump", quote))).toBeNull();
  });

  test("everyday words of a statement, even in its order, need three words printed the same", () => {
    // "seen" and "since" are its only content words; the ordered alignment alone scores it 1.
    const quote = "one not seen since";
    const words = canonicalWords(KURSK);
    expect(softAlign(pageWords(quote), words, (w) => STOPWORDS.has(w))!.score).toBe(1);
    expect(bagScore(pageWords(quote), words)).toMatchObject({ sameWords: 2, rarity: 0 });
    expect(find(saidBy("Trump", quote))).toBeNull();
  });

  test("a short quote of a statement's rare words is a fragment of it, and everyday words are not", () => {
    // "decisive actions": rare in English, and all of the quote is Zelensky's.
    const rare = saidBy("Zelensky", "the decisive actions");
    const bag = bagScore(pageWords("the decisive actions"), canonicalWords(ZELENSKY_URGE));
    expect(bag.sameWords).toBeLessThan(REWORDED_MIN_SAME_WORDS);
    expect(bag.explained).toBeGreaterThanOrEqual(REWORDED_FRAGMENT_EXPLAINED);
    expect(bag.rarity).toBeGreaterThanOrEqual(REWORDED_FRAGMENT_RARITY);
    expect(rareRunsIn(loadedSeedCorpus(), rare.words)).toEqual([]);
    for (const tuning of [undefined, FRAGMENTS_ONLY]) {
      const match = find(rare, tuning)!;
      expect(match.statementId).toBe(ZELENSKY_URGE);
      expect(match.whole).toBe(false);
    }
    // Five words Trump printed ("It just, 100%, would not have happened"), all everyday English.
    expect(find(saidBy("Trump", "it would not have happened"), FRAGMENTS_ONLY)).toBeNull();
    // The rare words inside a longer quote the statement does not explain are no fragment.
    expect(find(saidBy("Zelensky", "the decisive actions of the football club in Madrid"))).toBeNull();
    // The fragment rule, like every other, needs the statement's speaker.
    expect(find(saidBy("Trump", "the decisive actions"))).toBeNull();
  });

  test("wholeOnly returns whole renderings of full statements, never a fragment", () => {
    const whole = find(saidBy("Trump", REWORDED), undefined, { wholeOnly: true })!;
    expect(whole.statementId).toBe(KURSK);
    expect(whole.whole).toBe(true);
    expect(loadedSeedCorpus().quoteById.get(whole.quoteId)!.kind).toBe("full");
    for (const [speaker, fragment] of [
      ["Zelensky", "the decisive actions"],
      ["Trump", "a horrible massacre"],
    ] as const) {
      expect(find(saidBy(speaker, fragment))?.whole, fragment).toBe(false);
      expect(find(saidBy(speaker, fragment), undefined, { wholeOnly: true }), fragment).toBeNull();
    }
  });

  test("a quote whose content words share no stem with any rendering is no statement", () => {
    // Synonyms of "requested", "spared" and "massacre", and nothing printed the same.
    const quote = "he pleaded for them to be saved from slaughter";
    const bags = storyRenderings().map((words) => bagScore(pageWords(quote), words));
    expect(bags.every((b) => b.sameWords === 0)).toBe(true);
    expect(bagScore(pageWords(quote), canonicalWords(KURSK)).rendered).toBeGreaterThan(0);
    expect(find(saidBy("Trump", quote))).toBeNull();
    expect(find(saidBy("Trump", "football tonight in Madrid"))).toBeNull();
  });

  test("quotes shorter than three words are not aligned", () => {
    expect(find(saidBy("Trump", "horrible massacre"))).toBeNull();
  });
});

describe("bagScore", () => {
  const statement = corpusWords("I have strongly requested to President Putin that their lives be spared");

  test("order aside: clauses in another order score as the statement, which the ordered alignment cannot follow", () => {
    const reordered = pageWords("that their lives be spared I have strongly requested to President Putin");
    const bag = bagScore(reordered, statement);
    expect(bag.score).toBe(1);
    expect(bag.explained).toBe(1);
    expect(bag.rendered).toBe(1);
    expect(softAlign(reordered, statement, (w) => STOPWORDS.has(w))!.score).toBeLessThan(bag.score);
  });

  test("a synonym renders a word at less than the same word, and is no anchor", () => {
    const same = bagScore(pageWords("I have strongly requested President Putin"), statement);
    const synonym = bagScore(pageWords("I have strongly petitioned President Putin"), statement);
    const unrelated = bagScore(pageWords("I have strongly praised President Putin"), statement);
    for (const share of ["score", "rendered", "explained"] as const) {
      expect(same[share], share).toBeGreaterThan(synonym[share]);
      expect(synonym[share], share).toBeGreaterThan(unrelated[share]);
    }
    // strongly, requested, President, Putin against strongly, President, Putin.
    expect(same.sameWords).toBe(4);
    expect(synonym.sameWords).toBe(3);
    expect(synonym.contentWords).toBe(same.contentWords);
  });

  test("rarity adds up the rare words rendered; everyday words add nothing", () => {
    const rare = bagScore(pageWords("strongly requested Putin"), statement);
    const everyday = bagScore(pageWords("that their lives be"), statement);
    expect(rare.rarity).toBeGreaterThan(REWORDED_FRAGMENT_RARITY);
    expect(everyday.rarity).toBe(0);
    expect(everyday.explained).toBe(1);
  });

  test("nothing shared: zero", () => {
    const bag = bagScore(pageWords("football tonight in Madrid"), statement);
    expect(bag).toMatchObject({ score: 0, sameWords: 0, explained: 0, rendered: 0, rarity: 0 });
  });

  test("names count nothing towards a quote's rarity: naming the speaker quotes nothing", () => {
    // "Putin" is unlisted in English (rarity 1); "President" is everyday.
    const kursk = canonicalWords(KURSK);
    expect(bagScore(pageWords("President Putin"), kursk).rarity).toBeGreaterThanOrEqual(1);
    expect(bagScore(pageWords("President Putin"), kursk, new Set(["putin"])).rarity).toBeLessThan(
      REWORDED_FRAGMENT_RARITY,
    );
  });

  test("a short sentence of a long statement is no whole rendering of it on one word printed the same", () => {
    for (const quote of ["It would not have happened.", "God bless them all."]) {
      expect(find(saidBy("Trump", quote), undefined, { wholeOnly: true }), quote).toBeNull();
    }
  });

  test("a word the statement repeats is one anchor, not two", () => {
    // "very good" twice in Trump's post: "good" counts once.
    const repeated = corpusWords("very good and productive discussions and a very good chance");
    expect(bagScore(pageWords("a very good chance"), repeated).sameWords).toBe(2);
    expect(bagScore(pageWords("a very good chance"), repeated).contentWords).toBe(4);
  });

  test("a distinctive pair with one word in other words is that pair; two words unrelated or the same are not", () => {
    // "slaughter" is a WordNet synonym of "massacre"; "weather" is nothing of "massacre".
    expect(rewordedPair(loadedSeedCorpus(), STORY_ID, ["horrible", "slaughter"])).toEqual({
      run: "horrible massacre",
      differs: 1,
    });
    expect(rewordedPair(loadedSeedCorpus(), STORY_ID, ["horrible", "weather"])).toBeNull();
    expect(rewordedPair(loadedSeedCorpus(), STORY_ID, ["horrible", "massacre"])).toBeNull();
    expect(rewordedPair(loadedSeedCorpus(), STORY_ID, ["a", "massacre"])).toBeNull();
  });
});
