/**
 * What a story is about, for story detection at run time, computed from its own articles and
 * statements with general data, never a hand list of one story's cast: the people, organisations
 * and places its articles name most (./story-entities.ts), its distinctive words (rare in English,
 * common in its articles: ./distinctive-terms.ts), the rare runs of its statements a page may quote
 * (./rare-runs.ts), and the one- or two-word quotes that can stand for one statement alone
 * (./lone-word-index.ts).
 */
import type { ExtractedQuote } from "../attribution/extract-quotes.js";
import type { CorpusStory, Speaker } from "../corpus/schema.js";
import { STORY_ENTITIES, STORY_TERMS } from "../match/tuning.js";
import { tokenize } from "../text/tokenize.js";
import { distinctiveTerms } from "./distinctive-terms.js";
import { loneWordIndex } from "./lone-word-index.js";
import { rareRuns } from "./rare-runs.js";
import { storyEntities } from "./story-entities.js";

/** What the profile reads of each of the story's articles. */
export interface ProfiledArticle {
  readonly title: string;
  readonly body: string;
  readonly outlet: string;
  readonly quotes: readonly ExtractedQuote[];
  readonly speakersNamed: readonly Speaker[];
}

/** One rendering of one of the story's statements, as normalised words. */
export interface ProfiledRendering {
  readonly statementId: string;
  readonly words: readonly string[];
}

/** The entities, distinctive words, rare runs and lone runs of a story. */
export function storyProfile(
  members: readonly ProfiledArticle[],
  renderings: readonly ProfiledRendering[],
): Pick<CorpusStory, "entities" | "terms"> & {
  runs: Array<[string, number, string]>;
  loneRuns: Array<[string, string[]]>;
} {
  // The outlets' own names ("CNN", "Reuters") are in every story they cover.
  const outletWords = new Set(members.flatMap((a) => tokenize(a.outlet).words));
  const speakers = new Map<string, Speaker>();
  for (const article of members)
    for (const q of article.quotes) if (q.speaker) speakers.set(q.speaker.id, q.speaker);
  const found = storyEntities(members, [...speakers.values()], outletWords);
  const entities = [...found.people, ...found.organisations, ...found.names, ...found.places]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, STORY_ENTITIES)
    .map((e) => ({ kind: e.kind, name: e.name, keys: [...e.keys], count: e.count }));
  // The words of the names the story knows: rare in English, yet printing them is no quote.
  const names = new Set(
    [
      ...found.people.flatMap((e) => e.keys),
      ...found.organisations.flatMap((e) => e.keys),
      ...found.names.flatMap((e) => e.keys),
      ...found.places.flatMap((e) => e.keys),
    ].flatMap((k) => k.split(" ")),
  );
  for (const speaker of speakers.values()) tokenize(speaker.name).words.forEach((w) => names.add(w));
  const articleWords = members.map((a) => tokenize(`${a.title}\n\n${a.body}`).words);
  // One per distinct wording of a statement: ten outlets printing one wire copy are one.
  const seen = new Set<string>();
  const statements = renderings
    .map((r) => ({ id: r.statementId, words: r.words }))
    .filter((r) => {
      const key = `${r.id}\u0000${r.words.join(" ")}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    entities,
    terms: distinctiveTerms(articleWords, outletWords, STORY_TERMS),
    runs: rareRuns(statements, names).map(
      (r) => [r.run, r.weight, r.statementId] as [string, number, string],
    ),
    loneRuns: loneWordIndex(statements, names),
  };
}
