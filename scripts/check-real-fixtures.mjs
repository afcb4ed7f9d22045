/**
 * Checks the real-coverage fixtures (tests/fixtures/real/README.md) as data: every file parses,
 * every label is an exact substring of its page, every statement id exists, every kind is known, and
 * each story has the pages the development set asks for. `node scripts/check-real-fixtures.mjs [slug…]`
 * prints one line per problem and a count per story; exit 1 on any problem.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../tests/fixtures/real");
const KINDS = [
  "exact",
  "partial",
  "fragment",
  "split",
  "bracketed",
  "elided",
  "case",
  "reworded",
  "translated",
  "unquoted",
];
const GROUPS = { same: 12, "near-miss": 6, unrelated: 4 };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const problems = [];
const say = (file, what) => problems.push(`${path.relative(ROOT, file)}: ${what}`);
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    say(file, `not JSON (${error.message})`);
    return null;
  }
};

const slugs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);

for (const slug of slugs) {
  const dir = path.join(ROOT, slug);
  const story = readJson(path.join(dir, "story.json"));
  if (!story) continue;
  if (story.id !== slug) say(path.join(dir, "story.json"), `id "${story.id}" is not the folder name`);
  if (!DATE.test(story.date ?? "")) say(path.join(dir, "story.json"), "date is not YYYY-MM-DD");
  if (!(story.date >= "2023-01-01" && story.date <= "2024-12-31"))
    say(path.join(dir, "story.json"), "story must be of 2023–2024");
  const statements = new Map((story.statements ?? []).map((s) => [s.id, s]));
  if (statements.size < 2) say(path.join(dir, "story.json"), "fewer than 2 statements");
  const speakers = new Set((story.statements ?? []).map((s) => s.speaker));
  if (speakers.size < 2) say(path.join(dir, "story.json"), "statements by fewer than 2 speakers");

  const manifest = readJson(path.join(dir, "corpus/corpus.json"));
  const corpusText = new Map();
  for (const article of manifest?.articles ?? []) {
    const file = path.join(dir, "corpus", article.file);
    if (!existsSync(file)) say(file, "listed in corpus.json but missing");
    else corpusText.set(article.file, readFileSync(file, "utf8"));
    for (const field of ["outlet", "url", "date"])
      if (!article[field]) say(file, `corpus.json entry lacks ${field}`);
  }
  if (corpusText.size < 2) say(path.join(dir, "corpus"), "fewer than 2 corpus articles");
  if (new Set((manifest?.articles ?? []).map((a) => a.outlet)).size < 2)
    say(path.join(dir, "corpus"), "corpus articles from fewer than 2 outlets");
  for (const s of statements.values()) {
    const text = corpusText.get(s.corpusFile);
    if (text === undefined)
      say(
        path.join(dir, "story.json"),
        `statement ${s.id}: corpusFile ${s.corpusFile} is not a corpus article`,
      );
    else if (!text.includes(s.text))
      say(path.join(dir, "story.json"), `statement ${s.id}: text is not in ${s.corpusFile}`);
  }

  const counts = { same: 0, "near-miss": 0, unrelated: 0 };
  const kinds = {};
  const outlets = new Set((manifest?.articles ?? []).map((a) => a.outlet));
  const pagesDir = path.join(dir, "pages");
  const pages = existsSync(pagesDir) ? readdirSync(pagesDir).filter((f) => f.endsWith(".json")) : [];
  for (const name of pages) {
    const file = path.join(pagesDir, name);
    const page = readJson(file);
    if (!page) continue;
    for (const field of ["url", "outlet", "date", "group", "text"])
      if (!page[field]) say(file, `lacks ${field}`);
    if (page.date && !DATE.test(page.date)) say(file, "date is not YYYY-MM-DD");
    if (!(page.group in GROUPS)) say(file, `group "${page.group}" is not same, near-miss or unrelated`);
    else counts[page.group] += 1;
    if (page.group === "same") {
      if (outlets.has(page.outlet)) say(file, `same-event page by a corpus outlet (${page.outlet})`);
    }
    for (const list of ["spans", "paraphrases", "lookalikes"]) {
      for (const label of page[list] ?? []) {
        if (typeof label.text !== "string" || !label.text || !page.text?.includes(label.text))
          say(file, `${list}: "${String(label.text).slice(0, 60)}" is not a substring of text`);
        if (list !== "lookalikes" && !statements.has(label.statement))
          say(file, `${list}: unknown statement "${label.statement}"`);
        if (list === "spans") {
          if (!KINDS.includes(label.kind)) say(file, `spans: unknown kind "${label.kind}"`);
          kinds[label.kind] = (kinds[label.kind] ?? 0) + 1;
        }
      }
    }
  }
  for (const [group, least] of Object.entries(GROUPS))
    if (counts[group] < least) say(pagesDir, `${counts[group]} ${group} pages, at least ${least} wanted`);
  const spans = Object.values(kinds).reduce((a, b) => a + b, 0);
  console.log(
    `${slug}: ${counts.same} same, ${counts["near-miss"]} near-miss, ${counts.unrelated} unrelated; ${spans} spans ${JSON.stringify(kinds)}`,
  );
}
for (const p of problems) console.log(`  problem: ${p}`);
console.log(problems.length ? `${problems.length} problem(s)` : "fixtures ok");
process.exit(problems.length ? 1 : 0);
