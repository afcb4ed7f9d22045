import { beforeAll, describe, expect, test } from "vitest";
import { matchPage, type PageMatch, type SpanMatch } from "../../src/core/match/match-page.js";
import type { StoryMatch } from "../../src/core/match/detect-story.js";
import {
  readStories,
  type LabelKind,
  type PageFixture,
  type StoryFixture,
} from "../../scripts/real-coverage/fixtures.js";
import {
  prepareCorpora,
  scoreStories,
  share,
  type Corpora,
  type CorpusScore,
  type CoverageScore,
  type Matcher,
  type Ratio,
} from "../../scripts/real-coverage/score.js";
import { formatScore } from "../../scripts/real-coverage/table.js";
import { occurrences } from "../../scripts/real-coverage/labels.js";

interface Figures {
  readonly recall: Partial<Record<LabelKind | "all" | "rewordedOrTranslated", number>>;
  readonly sameRecognised: number;
  readonly statementSpeakers: number;
  readonly creditedSpeakers: number;
  readonly nearMissTaken: number;
  readonly unrelatedFlagged: number;
  readonly falseHighlights: number;
  readonly crossStory: number;
}

/**
 * A ratchet: the figures the scorer measured on 2 December 2026, with issue 10's story detection and
 * reworded matching (shares floored to three decimals),
 * checked for each story against its own corpus and against the multi-story corpus. A share may
 * fall by at most 0.01 and a count may not rise. Issue 10 raises them to its targets: recall ≥ 0.90
 * overall and ≥ 0.80 for reworded and translated quotes, same-story pages recognised ≥ 95%,
 * near-miss pages taken 0, unrelated pages with a story or highlight 0, false highlights 0, no
 * quote credited to another story's statement; after an improvement, raise the row to the new
 * figures (`npm run -s score`). A story with no row fails with the row to add; a row whose story is
 * not in this checkout is skipped.
 */
const TODAY: Readonly<Record<string, Figures>> = {
  "biden-xi-woodside-2023": {
    recall: {
      all: 0.816,
      fragment: 0.842,
      bracketed: 1,
      partial: 1,
      exact: 0.9,
      reworded: 0.833,
      case: 1,
      unquoted: 0.571,
      translated: 0.631,
      split: 0.5,
      rewordedOrTranslated: 0.755,
    },
    sameRecognised: 0.937,
    statementSpeakers: 1,
    creditedSpeakers: 1,
    nearMissTaken: 0,
    unrelatedFlagged: 0,
    falseHighlights: 3,
    crossStory: 0,
  },
  "chandrayaan3-moon-landing-2023": {
    recall: {
      all: 0.746,
      fragment: 0.846,
      translated: 0.382,
      elided: 1,
      exact: 0.965,
      partial: 1,
      case: 1,
      reworded: 0.681,
      unquoted: 0.5,
      split: 1,
      rewordedOrTranslated: 0.5,
    },
    sameRecognised: 0.903,
    statementSpeakers: 1,
    creditedSpeakers: 0.987,
    nearMissTaken: 0,
    unrelatedFlagged: 0,
    falseHighlights: 2,
    crossStory: 0,
  },
  "macron-dissolution-2024": {
    recall: {
      all: 0.772,
      translated: 0.769,
      exact: 1,
      reworded: 1,
      split: 0.5,
      fragment: 0.333,
      partial: 1,
      rewordedOrTranslated: 0.777,
    },
    sameRecognised: 0.833,
    statementSpeakers: 1,
    creditedSpeakers: 1,
    nearMissTaken: 0,
    unrelatedFlagged: 0,
    falseHighlights: 0,
    crossStory: 0,
  },
  "milei-inauguration-2023": {
    recall: {
      all: 0.75,
      translated: 0.8,
      exact: 1,
      fragment: 0.5,
      case: 0.4,
      reworded: 0,
      unquoted: 0,
      rewordedOrTranslated: 0.75,
    },
    sameRecognised: 0.692,
    statementSpeakers: 1,
    creditedSpeakers: 1,
    nearMissTaken: 0,
    unrelatedFlagged: 0,
    falseHighlights: 4,
    crossStory: 0,
  },
  "openai-altman-ouster-2023": {
    recall: {
      all: 0.857,
      case: 0.75,
      fragment: 0.722,
      exact: 1,
      split: 0.944,
      reworded: 0.666,
      partial: 0.941,
      bracketed: 1,
      unquoted: 1,
      translated: 0.777,
      rewordedOrTranslated: 0.708,
    },
    sameRecognised: 0.833,
    statementSpeakers: 1,
    creditedSpeakers: 0.93,
    nearMissTaken: 0,
    unrelatedFlagged: 0,
    falseHighlights: 3,
    crossStory: 0,
  },
  "rubiales-hermoso-2023": {
    recall: {
      all: 0.784,
      translated: 0.736,
      fragment: 0.764,
      elided: 1,
      case: 0.8,
      exact: 0.962,
      partial: 0.666,
      bracketed: 0,
      split: 0.5,
      rewordedOrTranslated: 0.736,
    },
    sameRecognised: 0.97,
    statementSpeakers: 0.923,
    creditedSpeakers: 0.938,
    nearMissTaken: 0,
    unrelatedFlagged: 0,
    falseHighlights: 3,
    crossStory: 0,
  },
};

/** How far a share may fall below today's before the ratchet fails. */
const SLACK = 0.01;

const floored = (r: Ratio): number | undefined => {
  const s = share(r);
  return s === null ? undefined : Math.floor(s * 1000 + 1e-9) / 1000;
};

/** Today's figures of one story's score, in the table's form (to paste as a new row). */
function figuresOf(single: CorpusScore, multi: CorpusScore | null): Figures {
  const recall: Record<string, number | undefined> = { all: floored(single.recall) };
  for (const [kind, r] of Object.entries(single.recallByKind)) recall[kind] = floored(r);
  recall.rewordedOrTranslated = floored(single.rewordedOrTranslated);
  const worst = (count: (s: CorpusScore) => number): number =>
    Math.max(count(single), multi ? count(multi) : 0);
  return {
    recall,
    sameRecognised: floored(single.sameRecognised) ?? 0,
    statementSpeakers: floored(single.statementSpeakers) ?? 0,
    creditedSpeakers: floored(single.creditedSpeakers) ?? 0,
    nearMissTaken: worst((s) => s.nearMissTaken.length),
    unrelatedFlagged: worst((s) => s.unrelatedFlagged.length),
    falseHighlights: worst((s) => s.falseHighlights.length),
    crossStory: worst((s) => s.crossStory.length),
  };
}

function checkCorpus(name: string, score: CorpusScore, row: Figures): string[] {
  const failures: string[] = [];
  const atLeast = (what: string, r: Ratio, floor: number | undefined): void => {
    const s = share(r);
    if (floor !== undefined && s !== null && s < floor - SLACK)
      failures.push(`${name}: ${what} ${s.toFixed(3)} (${r.hit}/${r.total}) < ${floor}`);
  };
  const atMost = (what: string, count: number, ceiling: number): void => {
    if (count > ceiling) failures.push(`${name}: ${what} ${count} > ${ceiling}`);
  };
  atLeast("recall", score.recall, row.recall.all);
  atLeast("reworded+translated recall", score.rewordedOrTranslated, row.recall.rewordedOrTranslated);
  for (const [kind, r] of Object.entries(score.recallByKind))
    atLeast(`${kind} recall`, r, row.recall[kind as LabelKind]);
  atLeast("same-event pages recognised", score.sameRecognised, row.sameRecognised);
  atLeast("statement speakers", score.statementSpeakers, row.statementSpeakers);
  atLeast("credited speakers", score.creditedSpeakers, row.creditedSpeakers);
  atMost("near-miss pages taken", score.nearMissTaken.length, row.nearMissTaken);
  atMost("unrelated pages with a story or highlight", score.unrelatedFlagged.length, row.unrelatedFlagged);
  atMost("false highlights", score.falseHighlights.length, row.falseHighlights);
  atMost("quotes credited to another story", score.crossStory.length, row.crossStory);
  return failures;
}

/** Every way `score` falls below the table, one line each; empty when the ratchet holds. */
function ratchetFailures(score: CoverageScore, table: Readonly<Record<string, Figures>>): string[] {
  return score.stories.flatMap((story) => {
    const row = table[story.id];
    if (!row)
      return [`${story.id}: no row in TODAY; add ${JSON.stringify(figuresOf(story.single, story.multi))}`];
    return [
      ...checkCorpus(`${story.id} (own corpus)`, story.single, row),
      ...(story.multi ? checkCorpus(`${story.id} (multi-story corpus)`, story.multi, row) : []),
    ];
  });
}

let stories: StoryFixture[];
let corpora: Corpora;
let measured: CoverageScore;

beforeAll(() => {
  stories = readStories();
  corpora = prepareCorpora(stories);
  measured = scoreStories(stories, { corpora });
});

describe("the real-coverage development set, scored", () => {
  test("holds today's figures for every story (the ratchet)", () => {
    expect(ratchetFailures(measured, TODAY)).toEqual([]);
  });

  test("every page of every story is scanned against both corpora", () => {
    const labels = stories.flatMap((s) => s.pages).reduce((n, p) => n + p.spans.length, 0);
    expect(measured.total.single.recall.total).toBe(labels);
    expect(measured.total.multi!.recall.total).toBe(labels);
    const same = stories.flatMap((s) => s.pages).filter((p) => p.group === "same").length;
    expect(measured.total.multi!.sameRecognised.total).toBe(same);
  });

  test("every story.json statement is found among its corpus's compiled statements", () => {
    const unmapped = measured.total.single.statements
      .filter((s) => s.compiledIds.length === 0)
      .map((s) => s.id);
    expect(unmapped).toEqual([]);
  });

  test("the table names every story and both corpora", () => {
    const text = formatScore(measured);
    for (const story of stories) expect(text).toContain(`| ${story.id} |`);
    expect(text).toContain(`All ${stories.length} stories in one corpus`);
  });
});

describe("the ratchet fails a broken matcher", () => {
  test("one that highlights nothing and recognises no story", () => {
    const nothing: Matcher = () => ({ story: null, matches: [], missing: [], date: null, article: null });
    const failures = ratchetFailures(scoreStories(stories, { match: nothing, corpora }), TODAY);
    expect(failures.some((f) => f.includes("recall"))).toBe(true);
    expect(failures.some((f) => f.includes("same-event pages recognised"))).toBe(true);
  });

  test("one that credits every highlight to the wrong statement", () => {
    const wrong: Matcher = (text, corpus, options) => {
      const result = matchPage(text, corpus, options);
      const ids = corpus.data.statements.map((s) => s.id);
      const other = (id: string): string => ids[(ids.indexOf(id) + 1) % ids.length]!;
      return { ...result, matches: result.matches.map((m) => ({ ...m, statementId: other(m.statementId) })) };
    };
    const failures = ratchetFailures(scoreStories(stories, { match: wrong, corpora }), TODAY);
    expect(failures.some((f) => f.includes("false highlights"))).toBe(true);
  });
});

describe("the scorer itself", () => {
  /**
   * A matcher that knows the labels: it highlights every occurrence of each labelled span, as the compiled
   * statement its label maps to, and takes same-event pages (only) for their story. The scorer must
   * give it full marks; any shortfall is the scorer's own error.
   */
  function oracle(story: StoryFixture, corpora: Corpora): Matcher {
    const prepared = corpora.single.get(story.id)!;
    const compiledOf = new Map(prepared.statements.get(story.id)!.map((m) => [m.id, m.compiledIds[0]!]));
    const storyId = [...prepared.storyIds.get(story.id)!][0]!;
    const byText = new Map<string, PageFixture>(story.pages.map((p) => [p.text, p]));
    return (text) => {
      const page = byText.get(text)!;
      const matches: SpanMatch[] = page.spans.flatMap((label) => {
        const statementId = compiledOf.get(label.statement)!;
        const quoteId = prepared.loaded.statementById.get(statementId)!.canonicalQuoteId;
        return occurrences(text, label.text).map(({ start, end }) => ({
          statementId,
          quoteId,
          kind: "exact" as const,
          start,
          end,
          text: label.text,
          coverage: 1,
          occurrence: start,
        }));
      });
      const recognised: StoryMatch = {
        id: storyId,
        title: story.title,
        score: 1,
        evidence: { statements: [], runs: [], entities: [], terms: [], dateDistanceDays: null, url: false },
      };
      const result: PageMatch = {
        story: page.group === "same" ? recognised : null,
        matches,
        missing: [],
        date: null,
        article: null,
      };
      return result;
    };
  }

  test("gives a matcher that highlights exactly the labels full marks", () => {
    for (const story of stories) {
      const score = scoreStories([story], { match: oracle(story, corpora), corpora, multiStory: false });
      const single = score.stories[0]!.single;
      expect(single.missed, story.id).toEqual([]);
      expect(single.falseHighlights, story.id).toEqual([]);
      expect(single.sameRecognised.hit, story.id).toBe(single.sameRecognised.total);
      expect(single.nearMissTaken.length + single.unrelatedFlagged.length, story.id).toBe(0);
    }
  });

  test("measures a held-out story against the corpus of all stories", () => {
    const [heldOut] = stories;
    const score = scoreStories([heldOut!], { corpora });
    expect(score.stories.map((s) => s.id)).toEqual([heldOut!.id]);
    expect(score.stories[0]!.multi!.recall).toEqual(measured.stories[0]!.multi!.recall);
  });
});
