/**
 * `npx tsx scripts/calibrate-mechanisms.ts [--quick]`: measures issue 10's mechanisms on the
 * real-coverage development set — today's matcher, all mechanisms on, each turned off in turn (the
 * ablation) — and calibrates their thresholds leave-one-story-out: for each story, the tuning that
 * scores best on the other five is measured on it, and the held-out figures are what it prints.
 * `--quick` skips the calibration.
 */
import { readStories } from "./real-coverage/fixtures.js";
import {
  ALL_ON,
  DEFAULT_TUNING,
  cachedMatchPage,
  mechanismMatcher,
  type Switches,
  type Tuning,
} from "./real-coverage/mechanisms.js";
import {
  mergeScores,
  prepareCorpora,
  scoreStories,
  type CorpusScore,
  type Ratio,
} from "./real-coverage/score.js";

const stories = readStories();
const texts = new Map(stories.flatMap((s) => [...s.corpus.files]));
const corpora = prepareCorpora(stories);

const ratio = (r: Ratio): string => `${r.hit}/${r.total} (${r.total ? (r.hit / r.total).toFixed(2) : "-"})`;

function row(name: string, s: CorpusScore): string {
  return [
    name.padEnd(28),
    `recall ${ratio(s.recall)}`,
    `reworded+translated ${ratio(s.rewordedOrTranslated)}`,
    `same ${ratio(s.sameRecognised)}`,
    `near-miss ${s.nearMissTaken.length}`,
    `unrelated ${s.unrelatedFlagged.length}`,
    `false ${s.falseHighlights.length}`,
    `cross-story ${s.crossStory.length}`,
    `speakers ${ratio(s.creditedSpeakers)}`,
  ].join("  ");
}

/** What a tuning is chosen for: recall and recognition, with every false highlight and wrong story costly. */
function objective(s: CorpusScore): number {
  const share = (r: Ratio): number => (r.total ? r.hit / r.total : 0);
  return (
    share(s.recall) +
    share(s.sameRecognised) -
    0.02 * s.falseHighlights.length -
    0.1 * (s.nearMissTaken.length + s.unrelatedFlagged.length + s.crossStory.length)
  );
}

function measure(name: string, switches: Switches, tuning: Tuning = DEFAULT_TUNING): void {
  const score = scoreStories(stories, { corpora, match: mechanismMatcher(texts, switches, tuning) });
  console.log(row(name, score.total.single));
  console.log(row(`${name} (multi)`, score.total.multi!));
}

const GRID: Tuning[] = [];
for (const storyThreshold of [0.5, 0.55, 0.6, 0.65])
  for (const rewordedMinScore of [0.6, 0.7])
    for (const entityWeight of [0.35, 0.5])
      for (const termWeight of [0.6, 0.8])
        GRID.push({ storyThreshold, entityWeight, termWeight, rewordedMinScore, rewordedMinSameWords: 3 });

function leaveOneStoryOut(): void {
  const heldOut: CorpusScore[] = [];
  const heldOutMulti: CorpusScore[] = [];
  for (const story of stories) {
    const rest = stories.filter((s) => s !== story);
    let best = GRID[0]!;
    let bestValue = -Infinity;
    for (const tuning of GRID) {
      const value = objective(
        scoreStories(rest, { corpora, match: mechanismMatcher(texts, ALL_ON, tuning), multiStory: false })
          .total.single,
      );
      if (value > bestValue) [best, bestValue] = [tuning, value];
    }
    const score = scoreStories([story], { corpora, match: mechanismMatcher(texts, ALL_ON, best) });
    heldOut.push(score.total.single);
    heldOutMulti.push(score.total.multi!);
    console.log(
      row(
        `${story.id} [${best.storyThreshold}/${best.entityWeight}/${best.termWeight}/${best.rewordedMinScore}]`,
        score.total.single,
      ),
    );
  }
  console.log(row("leave-one-story-out", mergeScores(heldOut)));
  console.log(row("leave-one-story-out (multi)", mergeScores(heldOutMulti)));
}

const baseline = scoreStories(stories, { corpora, match: cachedMatchPage });
console.log(row("today's matcher", baseline.total.single));
console.log(row("today's matcher (multi)", baseline.total.multi!));
measure("all mechanisms", ALL_ON);
for (const key of Object.keys(ALL_ON) as Array<keyof Switches>)
  measure(`without ${key}`, { ...ALL_ON, [key]: false });
if (!process.argv.includes("--quick")) leaveOneStoryOut();
