/**
 * `npx tsx scripts/calibrate.ts [--ablation-only]`: calibrates story detection and reworded matching
 * on the real-coverage development set leave-one-story-out, and measures what each mechanism adds.
 *
 * Calibration: every tuning of a small grid is scored once on every story; then for each story the
 * tuning that scores best on the other five is chosen and measured on it. The held-out figures are
 * the ones reported, and the tuning most folds chose is what src/core/match/tuning.ts should hold.
 *
 * Ablation: the shipped tuning, then each mechanism turned off in turn — quote evidence, entities,
 * the background frequency table for distinctive words, reworded matching, WordNet synonyms, no lone
 * words — each against the same corpora.
 */
import { compileCorpus, type CorpusInput } from "../src/core/compile/compile-corpus.js";
import type { CompiledCorpus } from "../src/core/corpus/schema.js";
import { DETECTION_TUNING, type DetectionTuning } from "../src/core/match/detect-story.js";
import { matchPage, type MatchTuning } from "../src/core/match/match-page.js";
import { DATE_BANDS } from "../src/core/match/tuning.js";
import { parseArticle, joinBody } from "../src/core/article/parse-article.js";
import { tokenize } from "../src/core/text/tokenize.js";
import { STOPWORDS } from "../src/core/text/word-classes.js";
import { readStories } from "./real-coverage/fixtures.js";
import {
  mergeScores,
  prepareCorpora,
  scoreStories,
  type CorpusScore,
  type Ratio,
} from "./real-coverage/score.js";

const stories = readStories();
const ratio = (r: Ratio): string => `${r.hit}/${r.total} (${r.total ? (r.hit / r.total).toFixed(2) : "-"})`;

function row(name: string, s: CorpusScore): string {
  return [
    name.padEnd(34),
    `recall ${ratio(s.recall)}`,
    `rew+trans ${ratio(s.rewordedOrTranslated)}`,
    `same ${ratio(s.sameRecognised)}`,
    `near-miss ${s.nearMissTaken.length}`,
    `unrelated ${s.unrelatedFlagged.length}`,
    `false ${s.falseHighlights.length}`,
    `cross ${s.crossStory.length}`,
    `speakers ${ratio(s.creditedSpeakers)}`,
  ].join("  ");
}

/** What a tuning is chosen for: recall and recognition, every wrong story and false highlight costly. */
function objective(s: CorpusScore): number {
  const share = (r: Ratio): number => (r.total ? r.hit / r.total : 0);
  return (
    share(s.recall) +
    share(s.sameRecognised) -
    0.02 * s.falseHighlights.length -
    0.1 * (s.nearMissTaken.length + s.unrelatedFlagged.length + s.crossStory.length)
  );
}

const matcherWith =
  (tuning: MatchTuning) =>
  (text: string, corpus: Parameters<typeof matchPage>[1], options: Parameters<typeof matchPage>[2]) =>
    matchPage(text, corpus, { ...options, tuning });

interface Candidate {
  readonly name: string;
  readonly tuning: MatchTuning;
}

function grid(): Candidate[] {
  const out: Candidate[] = [];
  for (const threshold of [0.45, 0.5, 0.55, 0.6])
    for (const entityWeight of [0.35, 0.5, 0.65])
      for (const termWeight of [0.6, 0.8])
        for (const eventFactor of [0.85, 0.7, 0.55])
          for (const minScore of [0.6, 0.7]) {
            const detection: DetectionTuning = {
              ...DETECTION_TUNING,
              threshold,
              entityWeight,
              termWeight,
              dateBands: [
                DATE_BANDS.sameDay,
                { days: DATE_BANDS.event.days, factor: eventFactor },
                // Monotone: a later band never leaves more than the one before.
                { days: DATE_BANDS.followUp.days, factor: Math.min(eventFactor, DATE_BANDS.followUp.factor) },
              ],
              reworded: { ...DETECTION_TUNING.reworded, minScore },
            };
            out.push({
              name: `t${threshold} e${entityWeight} w${termWeight} d${eventFactor} r${minScore}`,
              tuning: { detection },
            });
          }
  return out;
}

function leaveOneStoryOut(): void {
  const corpora = prepareCorpora(stories, { multiStory: false });
  const candidates = grid();
  // Each tuning scored once per story; a fold merges the other stories' scores.
  const perStory = candidates.map((c) => {
    const score = scoreStories(stories, { corpora, match: matcherWith(c.tuning), multiStory: false });
    return new Map(score.stories.map((s) => [s.id, s.single]));
  });
  const heldOut: CorpusScore[] = [];
  const chosen = new Map<string, number>();
  for (const story of stories) {
    let best = 0;
    let bestValue = -Infinity;
    candidates.forEach((_, i) => {
      const rest = mergeScores(stories.filter((s) => s !== story).map((s) => perStory[i]!.get(s.id)!));
      const value = objective(rest);
      if (value > bestValue + 1e-9) [best, bestValue] = [i, value];
    });
    heldOut.push(perStory[best]!.get(story.id)!);
    chosen.set(candidates[best]!.name, (chosen.get(candidates[best]!.name) ?? 0) + 1);
    console.log(row(`${story.id.slice(0, 16)} [${candidates[best]!.name}]`, perStory[best]!.get(story.id)!));
  }
  console.log(row("leave-one-story-out", mergeScores(heldOut)));
  console.log("tunings chosen:", [...chosen].map(([name, n]) => `${name} ×${n}`).join(", "));
}

/** Distinctive words from the corpus's own frequencies only: the ablation of the background table. */
function withCorpusOnlyTerms(input: CorpusInput): CompiledCorpus {
  const compiled = compileCorpus(input);
  const stories = compiled.stories.map((story) => {
    const words = story.articleIds.map((id) => {
      const file = compiled.articles.find((a) => a.id === id)!.file;
      const parsed = parseArticle(input.files.get(file)!);
      return tokenize(`${parsed.title}\n\n${joinBody(parsed.paragraphs)}`).words;
    });
    const counts = new Map<string, number>();
    for (const w of words.flat())
      if (w.length >= 3 && !STOPWORDS.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const top = [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, story.terms.length);
    return { ...story, terms: top.map(([w, c]): [string, number] => [w, c / top[0]![1]]) };
  });
  return { ...compiled, stories };
}

function withoutSynonyms(input: CorpusInput): CompiledCorpus {
  const compiled = compileCorpus(input);
  return { ...compiled, wordKeys: compiled.wordKeys.map(([w, stems, , rarity]) => [w, stems, [], rarity]) };
}

function ablation(): void {
  const corpora = prepareCorpora(stories);
  const base: MatchTuning = { detection: DETECTION_TUNING };
  const runs: Array<[string, MatchTuning, ReturnType<typeof prepareCorpora>]> = [
    ["all mechanisms", base, corpora],
    ["without quote evidence", { detection: { ...DETECTION_TUNING, quoteWeight: 0 } }, corpora],
    ["without entities", { detection: { ...DETECTION_TUNING, entityWeight: 0 } }, corpora],
    ["without the background table", base, prepareCorpora(stories, { compile: withCorpusOnlyTerms })],
    [
      "without reworded matching",
      { detection: { ...DETECTION_TUNING, reworded: { minScore: 2, minSameWords: 99 } } },
      corpora,
    ],
    ["without WordNet synonyms", base, prepareCorpora(stories, { compile: withoutSynonyms })],
    ["without the no-lone-words rule", { ...base, loneWords: false }, corpora],
  ];
  for (const [name, tuning, prepared] of runs) {
    const score = scoreStories(stories, { corpora: prepared, match: matcherWith(tuning) });
    console.log(row(name, score.total.single));
    console.log(row(`${name} (multi)`, score.total.multi!));
  }
}

ablation();
if (!process.argv.includes("--ablation-only")) leaveOneStoryOut();
