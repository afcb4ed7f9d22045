/**
 * What a story is about, for story detection at run time: the people and institutions its articles
 * name, the places, and its distinctive words (the event's, not the beat's: weighted by how many of
 * the story's articles use them, words of every news story and of the beat left out).
 */
import type { ExtractedQuote } from "../attribution/extract-quotes.js";
import { wordSet } from "../attribution/lexicons.js";
import { PLACES } from "../attribution/people.js";
import { countIn } from "../common/multimap.js";
import type { CorpusStory, Speaker } from "../corpus/schema.js";
import { STORY_TERMS } from "../match/tuning.js";
import { tokenize } from "../text/tokenize.js";
import { isContentWord } from "../text/word-classes.js";

/** Words too common in news to tell one story from another. */
const NEWS_WORDS = wordSet("news-words");
/**
 * Words of the beat rather than the event: every story about a war, its diplomacy or its leaders
 * uses them, so they cannot tell this week's talks from last week's. Names and places are weighed
 * apart (people and places evidence), so they are here too.
 */
const BEAT_WORDS = wordSet("beat-words");

/** What the profile reads of each of the story's articles. */
export interface ProfiledArticle {
  readonly title: string;
  readonly body: string;
  readonly quotes: readonly ExtractedQuote[];
  readonly speakersNamed: readonly Speaker[];
}

const byCount = (a: [string, number], b: [string, number]): number => b[1] - a[1] || a[0].localeCompare(b[0]);

/** The people, places and distinctive words of a story's articles. */
export function storyProfile(
  members: readonly ProfiledArticle[],
): Pick<CorpusStory, "people" | "places" | "terms"> {
  const people = new Map<string, number>();
  const places = new Map<string, number>();
  const termCount = new Map<string, number>();
  const termArticles = new Map<string, number>();
  for (const article of members) {
    for (const s of article.speakersNamed) countIn(people, s.id);
    for (const q of article.quotes) if (q.speaker) countIn(people, q.speaker.id);
    const seen = new Set<string>();
    for (const word of tokenize(`${article.title}\n\n${article.body}`).words) {
      if (PLACES.has(word)) countIn(places, word);
      if (!isContentWord(word) || NEWS_WORDS.has(word) || BEAT_WORDS.has(word) || word.length < 3) continue;
      countIn(termCount, word);
      if (!seen.has(word)) {
        seen.add(word);
        countIn(termArticles, word);
      }
    }
  }
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
