/**
 * The corpus compiler: seed articles and their manifest in, the compiled corpus out. Pure (the
 * build script does the file I/O), deterministic (stable order and ids, no timestamps), and strict
 * about its input: every problem is a {@link CorpusError} naming the file and what is wrong.
 *
 * Stages, each a function below: parse and analyse every article; group the quotes into statements
 * ({@link groupStatements}); join articles sharing a statement within the event window into stories;
 * name statements and stories; then write the records and the matcher's index.
 */
import { ArticleError, joinBody, parseArticle } from "../article/parse-article.js";
import { analyseArticle, type ExtractedQuote } from "../attribution/extract-quotes.js";
import { ORGANISATIONS } from "../attribution/people.js";
import { DisjointSets } from "../common/disjoint-sets.js";
import { addTo } from "../common/multimap.js";
import { CorpusError } from "../corpus/corpus-error.js";
import { displayFileName } from "../corpus/display-file-name.js";
import {
  SCHEMA_VERSION,
  type CompiledCorpus,
  type CorpusArticle,
  type CorpusQuote,
  type CorpusStatement,
  type CorpusStory,
  type IndexedVersion,
  type Speaker,
  type WordOp,
} from "../corpus/schema.js";
import { EVENT_WINDOW_DAYS } from "../match/tuning.js";
import { compareWordings } from "../text/compare-wordings.js";
import { quoteTokens, spokenWords } from "../text/quote-tokens.js";
import { slugify } from "../text/slugify.js";
import { tokenize } from "../text/tokenize.js";
import { groupStatements } from "./group-statements.js";
import { parseManifest, type ManifestEntry } from "./manifest.js";
import { hashSources } from "./source-hash.js";
import { storyProfile, type ProfiledRendering } from "./story-profile.js";
import { keysOfWord } from "./word-keys.js";
import { rarityOf } from "./distinctive-terms.js";
import { STOPWORDS } from "../text/word-classes.js";

export { MANIFEST_VERSION } from "./manifest.js";
export { hashSources };
export type { ManifestEntry };

export interface CorpusInput {
  /** The manifest's file name, for error messages. */
  readonly manifestName: string;
  readonly manifestText: string;
  /** Every article file present beside the manifest: name → text. */
  readonly files: ReadonlyMap<string, string>;
}

/**
 * Quotes one article may have. News articles have a few dozen; statement grouping compares an
 * article's short quotes with each other (quadratic), and each quote stores its sentence, so an
 * article of 8,000 quotes in one sentence took a minute and then could not be written at all.
 */
export const MAX_QUOTES_PER_ARTICLE = 1_000;
/** Words kept of each article's opening and closing to recognise a saved copy of it. */
const ARTICLE_END_WORDS = 16;

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

/** A quote of the corpus, in article order, with its spoken words. */
interface WorkingQuote {
  readonly article: WorkingArticle;
  readonly articleIndex: number;
  readonly quote: ExtractedQuote;
  readonly id: string;
  readonly words: string[];
}

/** Statements: each quote's group, each group's root (its longest quote) and readable id. */
interface Statements {
  readonly groupOf: number[];
  readonly roots: number[];
  readonly idOf: Map<number, string>;
  /** Groups in order of first appearance. */
  readonly order: number[];
  /** Each group's quotes, in article order. */
  readonly quotesOf: Map<number, number[]>;
  /** Each group's speaker ({@link statementSpeaker}). */
  readonly speakerOf: Map<number, Speaker | null>;
}

/** Stories: each article's story root, each root's id and title article. */
interface Stories {
  readonly rootOf: number[];
  readonly roots: number[];
  readonly idOf: Map<number, string>;
  readonly titleArticleOf: Map<number, number>;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** An article's id: its file name without the .txt extension. */
function articleIdOf(file: string): string {
  return file.replace(/\.txt$/i, "");
}

/** `base`, or `base-2`, `base-3`… whichever is not yet used; marks it used. */
function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
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

/** Every file beside the manifest must be listed in it. */
function checkAllListed(input: CorpusInput, entries: readonly ManifestEntry[]): void {
  const listed = new Set(entries.map((e) => e.file));
  for (const file of [...input.files.keys()].sort()) {
    if (!listed.has(file))
      throw new CorpusError(file, `not listed in ${input.manifestName}; add an entry for it`);
  }
}

/** Parses and analyses one article; any failure is a CorpusError naming its file. */
function analyse(file: string, text: string) {
  try {
    const parsed = parseArticle(text);
    const body = joinBody(parsed.paragraphs);
    return { parsed, body, analysed: analyseArticle(body) };
  } catch (error) {
    if (error instanceof ArticleError) throw new CorpusError(file, error.message);
    // Anything else is still this article's fault: name it rather than print a bare RangeError.
    const message = error instanceof Error ? error.message : String(error);
    throw new CorpusError(file, `could not be compiled: ${message.split("\n")[0]}`);
  }
}

function compileArticle(input: CorpusInput, entry: ManifestEntry): WorkingArticle {
  const text = input.files.get(entry.file);
  if (text === undefined) {
    throw new CorpusError(input.manifestName, `lists ${displayFileName(entry.file)}, which does not exist`);
  }
  const { parsed, body, analysed } = analyse(entry.file, text);
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
  const title = entry.title ?? parsed.title;
  return {
    entry,
    id: articleIdOf(entry.file),
    title,
    dek: parsed.dek,
    date,
    url,
    body,
    quotes,
    speakersNamed,
  };
}

function workingQuotes(articles: readonly WorkingArticle[]): WorkingQuote[] {
  return articles.flatMap((article, articleIndex) =>
    article.quotes.map((quote, i) => {
      const tokens = quoteTokens(article.body, quote.segments);
      return { article, articleIndex, quote, id: `${article.id}#q${i + 1}`, words: spokenWords(tokens) };
    }),
  );
}

/**
 * Who made a statement: the speaker most of its quotes credit, ties to the root's (its longest
 * quote's), then to the first credited. A quote with nobody attributed (a headline, a dek) has no
 * vote, so the statement it roots still gets the speaker its other renderings name.
 */
function statementSpeaker(
  flat: readonly WorkingQuote[],
  members: readonly number[],
  rootIndex: number,
): Speaker | null {
  const votes = new Map<string, { speaker: Speaker; count: number }>();
  for (const i of members) {
    const speaker = flat[i]!.quote.speaker;
    if (!speaker) continue;
    const vote = votes.get(speaker.id) ?? { speaker, count: 0 };
    vote.count++;
    votes.set(speaker.id, vote);
  }
  const rootId = flat[rootIndex]!.quote.speaker?.id;
  let best: { speaker: Speaker; count: number } | null = null;
  for (const vote of votes.values()) {
    const better =
      !best || vote.count > best.count || (vote.count === best.count && vote.speaker.id === rootId);
    if (better) best = vote;
  }
  return best?.speaker ?? null;
}

/** Groups the quotes into statements and gives each a readable id, in order of first appearance. */
function groupIntoStatements(flat: readonly WorkingQuote[]): Statements {
  const { groupOf, roots } = groupStatements(
    flat.map((q) => ({ words: q.words, speakerId: q.quote.speaker?.id ?? null })),
  );
  const idOf = new Map<number, string>();
  const used = new Set<string>();
  const order: number[] = [];
  const quotesOf = new Map<number, number[]>();
  flat.forEach((_, i) => {
    const g = groupOf[i]!;
    if (!quotesOf.has(g)) order.push(g);
    addTo(quotesOf, g, i);
  });
  const speakerOf = new Map<number, Speaker | null>();
  for (const g of order) {
    const root = flat[roots[g]!]!;
    const speaker = statementSpeaker(flat, quotesOf.get(g)!, roots[g]!);
    speakerOf.set(g, speaker);
    const named = speaker ? slugify(speaker.name.split(" ").pop()!) : "unattributed";
    idOf.set(g, uniqueId(`${named}-${root.words.slice(0, 6).join("-") || "quote"}`, used));
  }
  return { groupOf, roots, idOf, order, quotesOf, speakerOf };
}

/** Each statement's articles. */
function articlesOfStatements(
  flat: readonly WorkingQuote[],
  groupOf: readonly number[],
): Map<number, Set<number>> {
  const articlesOf = new Map<number, Set<number>>();
  flat.forEach((q, i) => {
    const set = articlesOf.get(groupOf[i]!) ?? new Set<number>();
    set.add(q.articleIndex);
    articlesOf.set(groupOf[i]!, set);
  });
  return articlesOf;
}

/**
 * Articles joined by a statement they share (published within the event window, unless the manifest
 * puts them in different stories), or by a manifest story key; each story named after its most
 * connected article (ties: earliest, then by id).
 */
function joinIntoStories(articles: readonly WorkingArticle[], articlesOf: Map<number, Set<number>>): Stories {
  const sets = new DisjointSets(articles.length);
  for (const members of articlesOf.values()) {
    const [first, ...others] = [...members];
    for (const other of others) {
      const a = articles[first!]!;
      const b = articles[other]!;
      const explicitConflict = a.entry.story && b.entry.story && a.entry.story !== b.entry.story;
      if (!explicitConflict && daysBetween(a.date, b.date) <= EVENT_WINDOW_DAYS) sets.union(first!, other);
    }
  }
  const byStoryKey = new Map<string, number>();
  articles.forEach((a, i) => {
    if (!a.entry.story) return;
    const first = byStoryKey.get(a.entry.story);
    if (first === undefined) byStoryKey.set(a.entry.story, i);
    else sets.union(first, i);
  });
  const rootOf = articles.map((_, i) => sets.find(i));
  const roots = [...new Set(rootOf)];
  const idOf = new Map<number, string>();
  const titleArticleOf = new Map<number, number>();
  const used = new Set<string>();
  const shared = (i: number): number =>
    [...articlesOf.values()].filter((set) => set.size > 1 && set.has(i)).length;
  for (const root of roots) {
    const members = articles.map((_, i) => i).filter((i) => rootOf[i] === root);
    const titled = [...members].sort((a, b) => shared(b) - shared(a) || a - b)[0]!;
    titleArticleOf.set(root, titled);
    const slug = slugify(articles[titled]!.title).split("-").slice(0, 6).join("-");
    idOf.set(root, uniqueId(`${articles[members[0]!]!.date}-${slug}`, used));
  }
  return { rootOf, roots, idOf, titleArticleOf };
}

function corpusArticle(a: WorkingArticle, storyId: string): CorpusArticle {
  const words = tokenize(a.body).words;
  return {
    id: a.id,
    file: a.entry.file,
    outlet: a.entry.outlet,
    title: a.title,
    dek: a.dek,
    date: a.date,
    url: a.url,
    opening: words.slice(0, ARTICLE_END_WORDS).join(" "),
    closing: words.slice(-ARTICLE_END_WORDS).join(" "),
    storyId,
  };
}

function corpusQuote(q: WorkingQuote, statementId: string): CorpusQuote {
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

function corpusStatement(
  flat: readonly WorkingQuote[],
  statements: Statements,
  g: number,
  storyId: string,
): CorpusStatement {
  const members = statements.quotesOf.get(g)!;
  const rootIndex = statements.roots[g]!;
  const root = flat[rootIndex]!;
  const rendering = (i: number) => ({ source: flat[i]!.article.body, segments: flat[i]!.quote.segments });
  const comparisons: Record<string, WordOp[]> = {};
  for (const i of members) {
    if (i !== rootIndex) comparisons[flat[i]!.id] = compareWordings(rendering(i), rendering(rootIndex));
  }
  return {
    id: statements.idOf.get(g)!,
    speaker: statements.speakerOf.get(g)!,
    text: root.quote.text,
    canonicalQuoteId: root.id,
    quoteIds: members.map((i) => flat[i]!.id),
    articleIds: [...new Set(members.map((i) => flat[i]!.article.id))],
    storyId,
    comparisons,
  };
}

function corpusStories(
  articles: readonly WorkingArticle[],
  stories: Stories,
  statements: readonly CorpusStatement[],
  renderings: readonly ProfiledRendering[],
): CorpusStory[] {
  const renderingsOf = new Map<string, ProfiledRendering[]>();
  const storyOf = new Map(statements.map((s) => [s.id, s.storyId]));
  const indexOf = new Map(statements.map((s, i) => [s.id, i]));
  for (const r of renderings) addTo(renderingsOf, storyOf.get(r.statementId)!, r);
  return stories.roots.map((root) => {
    const members = articles.map((_, i) => i).filter((i) => stories.rootOf[i] === root);
    const id = stories.idOf.get(root)!;
    const profiled = members.map((i) => ({ ...articles[i]!, outlet: articles[i]!.entry.outlet }));
    return {
      id,
      title: articles[stories.titleArticleOf.get(root)!]!.title,
      date: articles[members[0]!]!.date,
      articleIds: members.map((i) => articles[i]!.id),
      statementIds: statements.filter((s) => s.storyId === id).map((s) => s.id),
      ...profileWithIndexes(storyProfile(profiled, renderingsOf.get(id) ?? []), indexOf),
    };
  });
}

/** A story profile with its statements named by their indexes in the corpus's statements. */
function profileWithIndexes(
  profile: ReturnType<typeof storyProfile>,
  indexOf: ReadonlyMap<string, number>,
): Pick<CorpusStory, "entities" | "terms" | "runs" | "loneRuns"> {
  return {
    ...profile,
    runs: profile.runs.map(([run, weight, id]) => [run, weight, indexOf.get(id)!]),
    loneRuns: profile.loneRuns.map(([run, ids]) => [run, ids.map((id) => indexOf.get(id)!)]),
  };
}

/** Soft alignment's keys for every word the renderings print (./word-keys.ts). */
function corpusWordKeys(versions: ReadonlyArray<readonly string[]>): CompiledCorpus["wordKeys"] {
  const words = [...new Set(versions.flat())].sort();
  return words.map((word) => {
    const keys = keysOfWord(word);
    const rarity = Math.round(rarityOf(word) * 100) / 100;
    return [word, [...keys.stems], STOPWORDS.has(word) ? [] : [...keys.related], rarity];
  });
}

/**
 * Every speaker, every person or institution an article names, and every institution a role names
 * ("Kremlin spokesman"): the matcher ties speakers to those institutions without the lexicon.
 */
function corpusPeople(articles: readonly WorkingArticle[], quotes: readonly CorpusQuote[]): Speaker[] {
  const people = new Map<string, Speaker>();
  for (const q of quotes) if (q.speaker) people.set(q.speaker.id, q.speaker);
  for (const a of articles) for (const s of a.speakersNamed) if (!people.has(s.id)) people.set(s.id, s);
  for (const q of quotes) {
    for (const word of q.role ? slugify(q.role).split("-") : []) {
      const name = ORGANISATIONS.get(word);
      if (name !== undefined && !people.has(word)) people.set(word, { id: word, name, kind: "organisation" });
    }
  }
  return [...people.values()].sort((a, b) => a.id.localeCompare(b.id));
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

/** Compiles the corpus. Throws {@link CorpusError} on any problem with the input. */
export function compileCorpus(input: CorpusInput): CompiledCorpus {
  const entries = parseManifest(input.manifestName, input.manifestText);
  checkDistinctIds(entries);
  checkAllListed(input, entries);
  const articles = entries.map((entry) => compileArticle(input, entry));
  articles.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  const flat = workingQuotes(articles);
  const statements = groupIntoStatements(flat);
  const stories = joinIntoStories(articles, articlesOfStatements(flat, statements.groupOf));
  const storyIdOfArticle = (i: number): string => stories.idOf.get(stories.rootOf[i]!)!;

  const quotes = flat.map((q, i) => corpusQuote(q, statements.idOf.get(statements.groupOf[i]!)!));
  const corpusStatements = statements.order.map((g) =>
    corpusStatement(flat, statements, g, storyIdOfArticle(flat[statements.roots[g]!]!.articleIndex)),
  );
  const renderings = flat.map((q, i) => ({
    statementId: statements.idOf.get(statements.groupOf[i]!)!,
    words: q.words,
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    sourceHash: hashSources(input.manifestText, input.files),
    articles: articles.map((a, i) => corpusArticle(a, storyIdOfArticle(i))),
    quotes,
    statements: corpusStatements,
    stories: corpusStories(articles, stories, corpusStatements, renderings),
    people: corpusPeople(articles, quotes),
    index: buildIndex(flat.map((q) => q.words)),
    wordKeys: corpusWordKeys(flat.map((q) => q.words)),
  };
}
