/**
 * The corpus compiler: seed articles and their manifest in, the compiled corpus out. Pure (the
 * build script does the file I/O), deterministic (stable order and ids, no timestamps), and strict
 * about its input: every problem is a {@link CorpusError} naming the file and what is wrong.
 */
import { compareWordings } from "./compare-wordings.js";
import {
  SCHEMA_VERSION,
  type CompiledCorpus,
  type CorpusArticle,
  type CorpusQuote,
  type CorpusStatement,
  type CorpusStory,
  type IndexedVersion,
} from "./corpus-types.js";
import { analyseArticle, type ExtractedQuote } from "./extract-quotes.js";
import { displayFileName } from "./display-file-name.js";
import { groupStatements } from "./group-statements.js";
import type { Speaker } from "./mentions.js";
import { ArticleError, joinBody, parseArticle } from "./parse-article.js";
import { PLACES, slugify } from "./people.js";
import { quoteTokens, spokenWords } from "./quote-tokens.js";
import { BEAT_WORDS, isContentWord, NEWS_WORDS } from "./stopwords.js";
import { tokenize } from "./tokenize.js";

/** A problem with the corpus input; `file` names the seed or manifest at fault. */
export class CorpusError extends Error {
  override readonly name = "CorpusError";
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${displayFileName(file)}: ${problem}`);
  }
}

export interface ManifestEntry {
  readonly file: string;
  readonly outlet: string;
  readonly url?: string;
  readonly date?: string;
  readonly title?: string;
  /** Articles with the same story key are one story whatever their quotes say. */
  readonly story?: string;
}

export interface CorpusInput {
  /** The manifest's file name, for error messages. */
  readonly manifestName: string;
  readonly manifestText: string;
  /** Every article file present beside the manifest: name → text. */
  readonly files: ReadonlyMap<string, string>;
}

/** Version of the hand-written seeds manifest's format (the compiled corpus has its own). */
export const MANIFEST_VERSION = 1;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD date that exists: "2025-02-30" has the right shape but is no day of any year. */
function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
/** Articles sharing a statement are one story only if published within this many days. */
const STORY_WINDOW_DAYS = 3;
/** Distinctive words kept per story; story detection weighs the top {@link TOPIC_TERMS}. */
const STORY_TERMS = 40;
/**
 * Quotes one article may have. News articles have a few dozen; statement grouping compares an
 * article's short quotes with each other (quadratic), and each quote stores its sentence, so an
 * article of 8,000 quotes in one sentence took a minute and then could not be written at all.
 */
export const MAX_QUOTES_PER_ARTICLE = 1_000;
/** Words kept of each article's opening and closing to recognise a saved copy of it. */
const ARTICLE_END_WORDS = 16;

function parseManifest(input: CorpusInput): ManifestEntry[] {
  const name = input.manifestName;
  let data: unknown;
  try {
    data = JSON.parse(input.manifestText);
  } catch (error) {
    throw new CorpusError(name, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new CorpusError(name, "expected an object with `schemaVersion` and `articles`");
  }
  const record = data as Record<string, unknown>;
  if (record.schemaVersion !== MANIFEST_VERSION) {
    throw new CorpusError(
      name,
      `schemaVersion must be ${MANIFEST_VERSION}, found ${JSON.stringify(record.schemaVersion)}`,
    );
  }
  if (!Array.isArray(record.articles) || record.articles.length === 0) {
    throw new CorpusError(name, "`articles` must be a non-empty list");
  }
  const seen = new Set<string>();
  return record.articles.map((entry: unknown, i: number): ManifestEntry => {
    const where = `articles[${i}]`;
    if (typeof entry !== "object" || entry === null) throw new CorpusError(name, `${where} is not an object`);
    const e = entry as Record<string, unknown>;
    for (const field of ["file", "outlet"] as const) {
      if (typeof e[field] !== "string" || (e[field] as string).trim() === "") {
        throw new CorpusError(name, `${where}.${field} must be a non-empty string`);
      }
    }
    for (const field of ["url", "date", "title", "story"] as const) {
      if (e[field] !== undefined && typeof e[field] !== "string") {
        throw new CorpusError(name, `${where}.${field} must be a string`);
      }
    }
    const file = e.file as string;
    if (seen.has(file)) throw new CorpusError(name, `${where}: ${displayFileName(file)} is listed twice`);
    seen.add(file);
    if (e.date !== undefined && !isCalendarDate(e.date as string)) {
      throw new CorpusError(
        name,
        `${where}.date must be YYYY-MM-DD and a day that exists, found ${JSON.stringify(e.date)}`,
      );
    }
    if (e.url !== undefined && !/^https?:\/\/\S+$/.test(e.url as string)) {
      throw new CorpusError(name, `${where}.url must be an http(s) URL, found ${JSON.stringify(e.url)}`);
    }
    return {
      file,
      outlet: e.outlet as string,
      url: e.url as string | undefined,
      date: e.date as string | undefined,
      title: e.title as string | undefined,
      story: e.story as string | undefined,
    };
  });
}

/** FNV-1a over the input, twice with different offsets: a 64-bit fingerprint as hex. */
export function hashSources(manifestText: string, files: ReadonlyMap<string, string>): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193 + 2);
    }
    h1 = Math.imul(h1 ^ 0xff, 0x01000193);
  };
  feed(manifestText);
  for (const name of [...files.keys()].sort()) {
    feed(name);
    feed(files.get(name)!);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

interface WorkingArticle {
  readonly entry: ManifestEntry;
  readonly id: string;
  readonly title: string;
  readonly dek: string | null;
  readonly date: string;
  readonly url: string;
  readonly body: string;
  readonly quotes: ExtractedQuote[];
  readonly speakersNamed: Speaker[];
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** An article's id: its file name without the .txt extension. */
function articleIdOf(file: string): string {
  return file.replace(/\.txt$/i, "");
}

/**
 * Two files whose ids differ at most in letter case ("a.txt", "a.TXT", "A.txt") would share article
 * and quote ids, or could not both be checked out on a case-insensitive file system: refused.
 */
function checkDistinctIds(entries: readonly ManifestEntry[]): void {
  const fileOfId = new Map<string, string>();
  for (const entry of entries) {
    const key = articleIdOf(entry.file).toLowerCase();
    const other = fileOfId.get(key);
    if (other !== undefined) {
      throw new CorpusError(
        entry.file,
        `has the same article id as ${displayFileName(other)} (ids ignore letter case and the .txt ` +
          "extension); rename one of them",
      );
    }
    fileOfId.set(key, entry.file);
  }
}

/** Parses and analyses one manifest entry's article. Throws {@link CorpusError}. */
function compileArticle(input: CorpusInput, entry: ManifestEntry): WorkingArticle {
  const text = input.files.get(entry.file);
  if (text === undefined)
    throw new CorpusError(input.manifestName, `lists ${displayFileName(entry.file)}, which does not exist`);
  let parsed;
  let body;
  let analysed;
  try {
    parsed = parseArticle(text);
    body = joinBody(parsed.paragraphs);
    analysed = analyseArticle(body);
  } catch (error) {
    if (error instanceof ArticleError) throw new CorpusError(entry.file, error.message);
    // Anything else is still this article's fault: name it rather than print a bare RangeError.
    const message = error instanceof Error ? error.message : String(error);
    throw new CorpusError(entry.file, `could not be compiled: ${message.split("\n")[0]}`);
  }
  // The manifest fills and overrides what the text says (a date line may be an update time).
  const date = entry.date ?? parsed.date;
  const url = entry.url ?? parsed.url;
  if (!date)
    throw new CorpusError(entry.file, "no publication date in the text; give `date` in the manifest");
  if (!url) throw new CorpusError(entry.file, "no URL in the text; give `url` in the manifest");
  const { quotes, speakersNamed } = analysed;
  if (quotes.length > MAX_QUOTES_PER_ARTICLE) {
    throw new CorpusError(
      entry.file,
      `has ${quotes.length.toLocaleString("en")} quotes, more than the ` +
        `${MAX_QUOTES_PER_ARTICLE.toLocaleString("en")} an article may have; split it or take it out of ` +
        input.manifestName,
    );
  }
  return {
    entry,
    id: articleIdOf(entry.file),
    title: entry.title ?? parsed.title,
    dek: parsed.dek,
    date,
    url,
    body,
    quotes,
    speakersNamed,
  };
}

/** A quote of the corpus with its article and spoken words, in article order. */
interface FlatQuote {
  readonly article: WorkingArticle;
  readonly articleIndex: number;
  readonly quote: ExtractedQuote;
  readonly id: string;
  readonly words: string[];
}

interface StoryJoin {
  /** Each article's story, as the index of the story's first article. */
  readonly storyIndexOf: number[];
  /** Statement group → the articles that quote it. */
  readonly articlesOfGroup: Map<number, Set<number>>;
}

/** Stories: articles joined by a statement they share (within a few days), or by a manifest key. */
function joinStories(
  articles: readonly WorkingArticle[],
  flat: readonly FlatQuote[],
  groupOf: number[],
): StoryJoin {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const articlesOfGroup = new Map<number, Set<number>>();
  flat.forEach((q, i) => {
    const set = articlesOfGroup.get(groupOf[i]!) ?? new Set<number>();
    set.add(q.articleIndex);
    articlesOfGroup.set(groupOf[i]!, set);
  });
  for (const members of articlesOfGroup.values()) {
    const list = [...members];
    for (const other of list.slice(1)) {
      const a = articles[list[0]!]!;
      const b = articles[other]!;
      const explicitConflict = a.entry.story && b.entry.story && a.entry.story !== b.entry.story;
      if (!explicitConflict && daysBetween(a.date, b.date) <= STORY_WINDOW_DAYS) union(list[0]!, other);
    }
  }
  const byStoryKey = new Map<string, number>();
  articles.forEach((a, i) => {
    if (!a.entry.story) return;
    const first = byStoryKey.get(a.entry.story);
    if (first === undefined) byStoryKey.set(a.entry.story, i);
    else union(first, i);
  });
  return { storyIndexOf: articles.map((_, i) => find(i)), articlesOfGroup };
}

/** Statement ids, readable and in order of first appearance: speaker and first words. */
function nameStatements(
  flat: readonly FlatQuote[],
  groupOf: readonly number[],
  roots: readonly number[],
): { statementIdOf: Map<number, string>; groupOrder: number[] } {
  const statementIdOf = new Map<number, string>();
  const usedIds = new Set<string>();
  const groupOrder: number[] = [];
  flat.forEach((_, i) => {
    const g = groupOf[i]!;
    if (statementIdOf.has(g)) return;
    const root = flat[roots[g]!]!;
    const speaker = root.quote.speaker ? slugify(root.quote.speaker.name.split(" ").pop()!) : "unattributed";
    const base = `${speaker}-${root.words.slice(0, 6).join("-") || "quote"}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    statementIdOf.set(g, id);
    groupOrder.push(g);
  });
  return { statementIdOf, groupOrder };
}

/** Story ids and titles, each after the story's most connected article (ties: earliest, then by id). */
function nameStories(
  articles: readonly WorkingArticle[],
  { storyIndexOf, articlesOfGroup }: StoryJoin,
): { storyRoots: number[]; storyIdOf: Map<number, string>; storyTitleArticle: Map<number, number> } {
  const storyRoots = [...new Set(storyIndexOf)];
  const storyIdOf = new Map<number, string>();
  const usedStoryIds = new Set<string>();
  const sharedStatementsOf = (articleIndex: number): number =>
    [...articlesOfGroup.values()].filter((set) => set.size > 1 && set.has(articleIndex)).length;
  const storyTitleArticle = new Map<number, number>();
  for (const root of storyRoots) {
    const members = articles.map((_, i) => i).filter((i) => storyIndexOf[i] === root);
    const titled = [...members].sort((a, b) => sharedStatementsOf(b) - sharedStatementsOf(a) || a - b)[0]!;
    storyTitleArticle.set(root, titled);
    const article = articles[titled]!;
    const base = `${articles[members[0]!]!.date}-${slugify(article.title).split("-").slice(0, 6).join("-")}`;
    let id = base;
    for (let n = 2; usedStoryIds.has(id); n++) id = `${base}-${n}`;
    usedStoryIds.add(id);
    storyIdOf.set(root, id);
  }
  return { storyRoots, storyIdOf, storyTitleArticle };
}

function corpusQuoteOf(q: FlatQuote, statementId: string): CorpusQuote {
  const { quote } = q;
  return {
    id: q.id,
    articleId: q.article.id,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    segments: quote.segments.map((s) => ({ start: s.start, end: s.end })),
    speaker: quote.speaker,
    cue: quote.attribution.cue,
    channel: quote.attribution.channel,
    role: quote.attribution.role,
    sentence: quote.attribution.sentence,
    sentenceStart: quote.attribution.sentenceStart,
    phrase: quote.attribution.phrase,
    rule: quote.attribution.rule,
    kind: quote.kind,
    statementId,
  };
}

/** Each statement with its renderings compared word by word against its canonical (longest) one. */
function buildStatements(
  flat: readonly FlatQuote[],
  groupOf: readonly number[],
  roots: readonly number[],
  groupOrder: readonly number[],
  idOf: { statement: (group: number) => string; story: (articleIndex: number) => string },
): CorpusStatement[] {
  // Each statement's quotes in one pass: filtering all quotes per statement was quadratic.
  const quotesOfGroup = new Map<number, number[]>();
  flat.forEach((_, i) => {
    const members = quotesOfGroup.get(groupOf[i]!);
    if (members) members.push(i);
    else quotesOfGroup.set(groupOf[i]!, [i]);
  });
  return groupOrder.map((g) => {
    const memberIndexes = quotesOfGroup.get(g)!;
    const root = flat[roots[g]!]!;
    const rendering = (i: number) => ({ source: flat[i]!.article.body, segments: flat[i]!.quote.segments });
    const comparisons: Record<string, ReturnType<typeof compareWordings>> = {};
    for (const i of memberIndexes) {
      if (i !== roots[g]) comparisons[flat[i]!.id] = compareWordings(rendering(i), rendering(roots[g]!));
    }
    return {
      id: idOf.statement(g),
      speaker: root.quote.speaker,
      text: root.quote.text,
      canonicalQuoteId: root.id,
      quoteIds: memberIndexes.map((i) => flat[i]!.id),
      articleIds: [...new Set(memberIndexes.map((i) => flat[i]!.article.id))],
      storyId: idOf.story(root.articleIndex),
      comparisons,
    };
  });
}

/** Compiles the corpus. Throws {@link CorpusError} on any problem with the input. */
export function compileCorpus(input: CorpusInput): CompiledCorpus {
  const entries = parseManifest(input);
  checkDistinctIds(entries);
  const listed = new Set(entries.map((e) => e.file));
  for (const file of [...input.files.keys()].sort()) {
    if (!listed.has(file))
      throw new CorpusError(file, `not listed in ${input.manifestName}; add an entry for it`);
  }
  const articles = entries.map((entry) => compileArticle(input, entry));
  articles.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  const flat: FlatQuote[] = articles.flatMap((article, articleIndex) =>
    article.quotes.map((quote, i) => {
      const tokens = quoteTokens(article.body, quote.segments);
      return { article, articleIndex, quote, id: `${article.id}#q${i + 1}`, words: spokenWords(tokens) };
    }),
  );
  const { groupOf, roots } = groupStatements(
    flat.map((q) => ({ words: q.words, speakerId: q.quote.speaker?.id ?? null })),
  );
  const join = joinStories(articles, flat, groupOf);
  const { storyIndexOf } = join;
  const { statementIdOf, groupOrder } = nameStatements(flat, groupOf, roots);
  const { storyRoots, storyIdOf, storyTitleArticle } = nameStories(articles, join);
  const storyOfArticle = (i: number): string => storyIdOf.get(storyIndexOf[i]!)!;

  const corpusArticles: CorpusArticle[] = articles.map((a, i) => ({
    id: a.id,
    file: a.entry.file,
    outlet: a.entry.outlet,
    title: a.title,
    dek: a.dek,
    date: a.date,
    url: a.url,
    opening: tokenize(a.body).words.slice(0, ARTICLE_END_WORDS).join(" "),
    closing: tokenize(a.body).words.slice(-ARTICLE_END_WORDS).join(" "),
    storyId: storyOfArticle(i),
  }));
  const quotes = flat.map((q, i) => corpusQuoteOf(q, statementIdOf.get(groupOf[i]!)!));
  const statements = buildStatements(flat, groupOf, roots, groupOrder, {
    statement: (g) => statementIdOf.get(g)!,
    story: storyOfArticle,
  });
  const stories: CorpusStory[] = storyRoots.map((root) => {
    const members = articles.map((_, i) => i).filter((i) => storyIndexOf[i] === root);
    const id = storyIdOf.get(root)!;
    return {
      id,
      title: articles[storyTitleArticle.get(root)!]!.title,
      date: articles[members[0]!]!.date,
      articleIds: members.map((i) => articles[i]!.id),
      statementIds: statements.filter((s) => s.storyId === id).map((s) => s.id),
      ...storyProfile(members.map((i) => articles[i]!)),
    };
  });

  const people = new Map<string, Speaker>();
  for (const q of quotes) if (q.speaker) people.set(q.speaker.id, q.speaker);
  for (const a of articles) for (const s of a.speakersNamed) if (!people.has(s.id)) people.set(s.id, s);

  return {
    schemaVersion: SCHEMA_VERSION,
    sourceHash: hashSources(input.manifestText, input.files),
    articles: corpusArticles,
    quotes,
    statements,
    stories,
    people: [...people.values()].sort((a, b) => a.id.localeCompare(b.id)),
    index: buildIndex(flat.map((q) => q.words)),
  };
}

function storyProfile(members: readonly WorkingArticle[]): Pick<CorpusStory, "people" | "places" | "terms"> {
  const people = new Map<string, number>();
  const places = new Map<string, number>();
  const termCount = new Map<string, number>();
  const termArticles = new Map<string, number>();
  for (const article of members) {
    for (const s of article.speakersNamed) people.set(s.id, (people.get(s.id) ?? 0) + 1);
    for (const q of article.quotes)
      if (q.speaker) people.set(q.speaker.id, (people.get(q.speaker.id) ?? 0) + 1);
    const seen = new Set<string>();
    for (const word of tokenize(`${article.title}\n\n${article.body}`).words) {
      if (PLACES.has(word)) places.set(word, (places.get(word) ?? 0) + 1);
      if (!isContentWord(word) || NEWS_WORDS.has(word) || BEAT_WORDS.has(word) || word.length < 3) continue;
      termCount.set(word, (termCount.get(word) ?? 0) + 1);
      if (!seen.has(word)) {
        seen.add(word);
        termArticles.set(word, (termArticles.get(word) ?? 0) + 1);
      }
    }
  }
  const byCount = (a: [string, number], b: [string, number]): number =>
    b[1] - a[1] || a[0].localeCompare(b[0]);
  const raw = [...termCount].map(([term, count]): [string, number] => [
    term,
    (termArticles.get(term)! / members.length) * Math.log(1 + count),
  ]);
  const top = raw.sort(byCount).slice(0, STORY_TERMS);
  const max = top[0]?.[1] ?? 1;
  return {
    people: [...people].sort(byCount),
    places: [...places].sort(byCount),
    terms: top.map(([term, weight]) => [term, Math.round((weight / max) * 1000) / 1000]),
  };
}

function buildIndex(versions: ReadonlyArray<readonly string[]>): CompiledCorpus["index"] {
  const vocabulary = [...new Set(versions.flat())].sort();
  const idOf = new Map(vocabulary.map((w, i) => [w, i]));
  const indexed: IndexedVersion[] = versions.map((words, quote) => ({
    quote,
    words: words.map((w) => idOf.get(w)!),
  }));
  return { vocabulary, versions: indexed };
}
