/**
 * The popup's lookup: statements by words of a quote or by speaker, through an inverted index over
 * every rendering's words and the speaker's name, so a search costs the query's postings, not a scan.
 */
import type { LoadedCorpus } from "../match/load-corpus.js";
import { isContentWord } from "../text/word-classes.js";
import { tokenize } from "../text/tokenize.js";

export interface SearchHit {
  readonly statementId: string;
  /** Query words found, and whether the query's words stand in a rendering in that order. */
  readonly score: number;
}

export interface SearchIndex {
  readonly postings: ReadonlyMap<string, ReadonlySet<number>>;
}

export function buildSearchIndex(corpus: LoadedCorpus): SearchIndex {
  const postings = new Map<string, Set<number>>();
  const add = (word: string, statement: number): void => {
    let set = postings.get(word);
    if (!set) postings.set(word, (set = new Set()));
    set.add(statement);
  };
  corpus.data.statements.forEach((statement, s) => {
    for (const quoteId of statement.quoteIds)
      for (const w of tokenize(corpus.quoteById.get(quoteId)!.text).words) add(w, s);
    if (statement.speaker) for (const w of tokenize(statement.speaker.name).words) add(w, s);
  });
  return { postings };
}

/** Statements matching every content word of the query (all words when it has no content word). */
export function searchCorpus(
  corpus: LoadedCorpus,
  index: SearchIndex,
  query: string,
  limit = 20,
): SearchHit[] {
  const all = tokenize(query).words;
  const words = all.some(isContentWord) ? all.filter(isContentWord) : all;
  if (words.length === 0) return [];
  const lists = words.map((w) => index.postings.get(w) ?? new Set<number>()).sort((a, b) => a.size - b.size);
  const [first, ...rest] = lists;
  const phrase = all.join(" ");
  const hits: SearchHit[] = [];
  for (const s of first!) {
    if (!rest.every((l) => l.has(s))) continue;
    const statement = corpus.data.statements[s]!;
    const inOrder = statement.quoteIds.some((q) =>
      tokenize(corpus.quoteById.get(q)!.text).words.join(" ").includes(phrase),
    );
    hits.push({
      statementId: statement.id,
      score: words.length + (inOrder ? words.length : 0) + statement.articleIds.length / 10,
    });
  }
  return hits.sort((a, b) => b.score - a.score || a.statementId.localeCompare(b.statementId)).slice(0, limit);
}
