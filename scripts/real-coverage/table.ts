/**
 * The scorer's figures as plain Markdown tables (one row per story, then all stories), the way
 * Readability's test-page runner prints its results, so they read in a terminal and paste into the
 * README as they are.
 */
import { LABEL_KINDS } from "./fixtures.js";
import type { CorpusScore, CoverageScore, FalseHighlightHit, Ratio, StoryScore } from "./score.js";

function ratio(r: Ratio | undefined): string {
  if (!r || r.total === 0) return "—";
  return `${(r.hit / r.total).toFixed(2)} (${r.hit}/${r.total})`;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
}

type Row = { readonly name: string; readonly score: CorpusScore; readonly story: StoryScore | null };

function recallTable(rows: readonly Row[]): string[] {
  const header = ["story", "all", ...LABEL_KINDS, "reworded+translated"];
  return table(
    header,
    rows.map(({ name, score }) => [
      name,
      ratio(score.recall),
      ...LABEL_KINDS.map((kind) => ratio(score.recallByKind[kind])),
      ratio(score.rewordedOrTranslated),
    ]),
  );
}

function storyTable(rows: readonly Row[], total: StoryScore["pages"]): string[] {
  const header = [
    "story",
    "pages same / near-miss / unrelated",
    "same-event recognised",
    "near-miss taken",
    "unrelated with story or highlight",
    "false highlights (lookalike, paraphrase, not in story.json)",
    "speaker of statements",
    "speaker as credited",
    "credited to another story",
  ];
  return table(
    header,
    rows.map(({ name, score, story }) => {
      const pages = story?.pages ?? total;
      const falses = score.falseHighlights;
      const count = (hit: FalseHighlightHit): number => falses.filter((f) => f.hits.includes(hit)).length;
      return [
        name,
        `${pages.same} / ${pages["near-miss"]} / ${pages.unrelated}`,
        ratio(score.sameRecognised),
        String(score.nearMissTaken.length),
        String(score.unrelatedFlagged.length),
        `${falses.length} (${count("lookalike")}, ${count("paraphrase")}, ${count("not in story.json")})`,
        ratio(score.statementSpeakers),
        ratio(score.creditedSpeakers),
        String(score.crossStory.length),
      ];
    }),
  );
}

function details(score: CorpusScore): string[] {
  const lines: string[] = [];
  for (const f of score.falseHighlights) {
    const why = f.hits.length > 0 ? ` [${f.hits.join(", ")}]` : "";
    lines.push(
      `- false highlight, ${f.story}/${f.page} (${f.outlet}): “${f.text}” as ${f.statementId}${why}`,
    );
  }
  for (const c of score.crossStory)
    lines.push(
      `- credited to another story, ${c.story}/${c.page}: “${c.text}” as ${c.statementId} (${c.creditedStory})`,
    );
  for (const p of score.nearMissTaken)
    lines.push(`- near-miss page taken for a story: ${p.story}/${p.page} (${p.outlet})`);
  for (const p of score.unrelatedFlagged)
    lines.push(`- unrelated page with a story or highlight: ${p.story}/${p.page} (${p.outlet})`);
  for (const s of score.statements) {
    if (s.compiledIds.length === 0)
      lines.push(`- statement not compiled: ${s.id} (best rendering carries ${s.share} of its words)`);
    else if (!s.speakerRight)
      lines.push(
        `- statement speaker: ${s.id} is ${s.speaker}, compiled as ${s.compiledSpeaker ?? "no speaker"}`,
      );
  }
  return lines;
}

function section(
  title: string,
  score: CoverageScore,
  pick: (s: StoryScore) => CorpusScore,
  total: CorpusScore,
): string[] {
  const pages = { same: 0, "near-miss": 0, unrelated: 0 };
  for (const s of score.stories)
    for (const g of Object.keys(pages) as Array<keyof typeof pages>) pages[g] += s.pages[g];
  const rows: Row[] = [
    ...score.stories.map((s) => ({ name: s.id, score: pick(s), story: s })),
    { name: "all stories", score: total, story: null },
  ];
  return [
    `## ${title}`,
    "",
    "Recall of labelled quote spans, per kind:",
    "",
    ...recallTable(rows),
    "",
    "Story detection, precision and speakers:",
    "",
    ...storyTable(rows, pages),
    "",
    ...details(total),
  ];
}

/** The whole report: the own-corpus tables, then the multi-story corpus tables. */
export function formatScore(score: CoverageScore): string {
  const lines = section("Each story against its own corpus", score, (s) => s.single, score.total.single);
  if (score.total.multi) {
    const n = score.stories.length;
    lines.push("", ...section(`All ${n} stories in one corpus`, score, (s) => s.multi!, score.total.multi));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
