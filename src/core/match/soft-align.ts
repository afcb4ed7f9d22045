/**
 * Soft alignment of a quote on a page with a corpus statement, for quotes an outlet reworded or
 * translated itself ("I have strongly urged President Putin to spare their lives" for "I have
 * strongly requested to President Putin that their lives be spared"). The page side is only
 * stemmed; the corpus side comes expanded from compile time (../compile/word-keys.ts) with every
 * stem that counts as the same word and the stems of its WordNet synonyms. A local alignment (Smith–Waterman
 * over words) finds the part of the statement the quote renders; its score weighs content words
 * over function words, and what differs is kept for the hover card ("urged" where the corpus
 * printed "requested").
 */
import { SOFT_ALIGN_WEIGHTS as W } from "./tuning.js";

/** A corpus word as compile time expanded it (see ../compile/word-keys.ts). */
export interface CorpusWordKeys {
  readonly word: string;
  /** Stems a page may print for the same word. */
  readonly stems: readonly string[];
  /** Stems of its synonyms: a page printing one of them rewords it. */
  readonly related: readonly string[];
  /** How rare the word is in English, 0 (everyday) to 1 (unlisted); unknown counts as everyday. */
  readonly rarity?: number;
}

/** A page word: normalised, and its stem. */
export interface PageWord {
  readonly word: string;
  readonly stem: string;
}

/** One place where the page's wording and the corpus's differ. */
export interface WordingDifference {
  /** The page's words there ("" when the page leaves the corpus's words out). */
  readonly page: string;
  /** The corpus's words there ("" when the page adds words). */
  readonly corpus: string;
}

export interface SoftAlignment {
  /** 0–1: the harmonic mean of how much of the quote and of the aligned statement part match. */
  readonly score: number;
  /** Share of the quote's word weight the alignment explains. */
  readonly pageCoverage: number;
  /** Share of the aligned part of the statement's word weight the quote renders. */
  readonly statementCoverage: number;
  /** The aligned part of the statement, as word indexes [start, end). */
  readonly statementStart: number;
  readonly statementEnd: number;
  /** The aligned part of the quote, as word indexes [start, end). */
  readonly pageStart: number;
  readonly pageEnd: number;
  /** Content words the quote prints as the statement does (same stem): the alignment's anchors. */
  readonly sameWords: number;
  readonly differences: WordingDifference[];
}

/**
 * The words as the page and the corpus print them ("don't", "U.S."), by index, for the
 * differences a reader sees; the alignment itself reads normalised words ("dont", "us").
 */
export interface PrintedWords {
  readonly page?: readonly string[];
  readonly corpus?: readonly string[];
}

type Step = "same" | "related" | "page" | "corpus" | "substitute";

/** How much a word weighs: content words carry the statement, function words only glue it. */
function weightOf(word: string, isFunctionWord: (word: string) => boolean): number {
  return isFunctionWord(word) ? W.functionWord : 1;
}

function relation(page: PageWord, corpus: CorpusWordKeys): "same" | "related" | null {
  if (corpus.stems.includes(page.stem)) return "same";
  if (corpus.related.includes(page.stem)) return "related";
  return null;
}

interface Grid {
  readonly score: Float64Array;
  readonly step: Uint8Array;
  readonly width: number;
}

const STEPS: readonly Step[] = ["same", "related", "page", "corpus", "substitute"];
const [SAME, RELATED, PAGE, CORPUS, SUBSTITUTE] = [0, 1, 2, 3, 4];

function fillGrid(
  page: readonly PageWord[],
  corpus: readonly CorpusWordKeys[],
  isFunctionWord: (word: string) => boolean,
): { grid: Grid; best: [number, number] } {
  const width = corpus.length + 1;
  const score = new Float64Array((page.length + 1) * width);
  const step = new Uint8Array((page.length + 1) * width).fill(255);
  const corpusWeights = corpus.map((k) => weightOf(k.word, isFunctionWord));
  let best: [number, number] = [0, 0];
  let bestValue = 0;
  for (let i = 1; i <= page.length; i++) {
    const pageWord = page[i - 1]!;
    const pw = weightOf(pageWord.word, isFunctionWord);
    for (let j = 1; j <= corpus.length; j++) {
      const cw = corpusWeights[j - 1]!;
      const heavier = pw > cw ? pw : cw;
      const diagonal = score[(i - 1) * width + j - 1]!;
      // The steps in a fixed order, the first of equal values kept: a gap in the page, a gap in
      // the corpus, a substitution, then a same or related word.
      let value = score[(i - 1) * width + j]! - W.gap * pw;
      let chosen = PAGE;
      const corpusGap = score[i * width + j - 1]! - W.gap * cw;
      if (corpusGap > value) {
        value = corpusGap;
        chosen = CORPUS;
      }
      const substitute = diagonal - W.substitution * heavier;
      if (substitute > value) {
        value = substitute;
        chosen = SUBSTITUTE;
      }
      const rel = relation(pageWord, corpus[j - 1]!);
      if (rel === "same" && diagonal + heavier > value) {
        value = diagonal + heavier;
        chosen = SAME;
      }
      if (rel === "related" && diagonal + W.related * heavier > value) {
        value = diagonal + W.related * heavier;
        chosen = RELATED;
      }
      if (value > 0) {
        score[i * width + j] = value;
        step[i * width + j] = chosen;
        if (value > bestValue) {
          best = [i, j];
          bestValue = value;
        }
      }
    }
  }
  return { grid: { score, step, width }, best };
}

/** The alignment's steps from its start, traced back from its best cell. */
function traceBack(grid: Grid, best: [number, number]): { steps: Step[]; start: [number, number] } {
  const steps: Step[] = [];
  let [i, j] = best;
  while (i > 0 && j > 0 && grid.score[i * grid.width + j]! > 0) {
    const s = STEPS[grid.step[i * grid.width + j]!]!;
    steps.push(s);
    if (s !== "corpus") i--;
    if (s !== "page") j--;
  }
  return { steps: steps.reverse(), start: [i, j] };
}

function differencesOf(
  steps: readonly Step[],
  page: readonly PageWord[],
  corpus: readonly CorpusWordKeys[],
  start: [number, number],
  printed: PrintedWords,
): WordingDifference[] {
  const differences: WordingDifference[] = [];
  let [i, j] = start;
  let pending: { page: string[]; corpus: string[] } = { page: [], corpus: [] };
  const flush = (): void => {
    if (pending.page.length || pending.corpus.length)
      differences.push({ page: pending.page.join(" "), corpus: pending.corpus.join(" ") });
    pending = { page: [], corpus: [] };
  };
  for (const s of steps) {
    if (s === "same") flush();
    if (s !== "corpus" && s !== "same") pending.page.push(printed.page?.[i] ?? page[i]!.word);
    if (s !== "page" && s !== "same") pending.corpus.push(printed.corpus?.[j] ?? corpus[j]!.word);
    if (s !== "corpus") i++;
    if (s !== "page") j++;
  }
  flush();
  return differences;
}

/**
 * Aligns a page quote's words with a statement's expanded words. `isFunctionWord` tells the
 * words that weigh little ("the", "to"); a corpus word without synonyms (`related` empty) matches
 * only the same word. `printed` gives the words as printed, for the differences.
 */
export function softAlign(
  page: readonly PageWord[],
  corpus: readonly CorpusWordKeys[],
  isFunctionWord: (word: string) => boolean,
  printed: PrintedWords = {},
): SoftAlignment | null {
  if (page.length === 0 || corpus.length === 0) return null;
  const { grid, best } = fillGrid(page, corpus, isFunctionWord);
  if (grid.score[best[0] * grid.width + best[1]]! <= 0) return null;
  const { steps, start } = traceBack(grid, best);
  let matched = 0;
  let sameWords = 0;
  let i = start[0];
  for (const s of steps) {
    // Same and related steps consume a page word each; only gaps on the corpus side do not.
    const weight = weightOf(page[i]?.word ?? "", isFunctionWord);
    if (s === "same") matched += weight;
    if (s === "same" && weight === 1) sameWords++;
    if (s === "related") matched += W.related * weight;
    if (s !== "corpus") i++;
  }
  const pageWeight = page.reduce((sum, w) => sum + weightOf(w.word, isFunctionWord), 0);
  const corpusWeight = corpus
    .slice(start[1], best[1])
    .reduce((sum, w) => sum + weightOf(w.word, isFunctionWord), 0);
  const pageCoverage = Math.min(1, matched / pageWeight);
  const statementCoverage = Math.min(1, matched / corpusWeight);
  const score =
    pageCoverage + statementCoverage > 0
      ? (2 * pageCoverage * statementCoverage) / (pageCoverage + statementCoverage)
      : 0;
  return {
    score: Math.round(score * 1000) / 1000,
    pageCoverage,
    statementCoverage,
    statementStart: start[1],
    statementEnd: best[1],
    pageStart: start[0],
    pageEnd: best[0],
    sameWords,
    differences: differencesOf(steps, page, corpus, start, printed),
  };
}
