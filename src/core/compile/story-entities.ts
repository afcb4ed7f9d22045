/**
 * The people, organisations and places of one story, computed at compile time from its corpus
 * articles: proper-noun phrases found by wink-nlp's English model (a kept NLP package that ships
 * its model; its part-of-speech tagger reads about 100,000 words a second, compromise's entity
 * finder 7,000, which would have multiplied the build of a large corpus), joined with the speakers
 * the corpus's attribution found and with the countries of data/countries.json. The matcher then
 * checks a page only against the entities its corpus knows, instead of a hand list of one war's
 * cast and geography.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { WORD_LISTS } from "../attribution/lexicons.js";
import type { Speaker } from "../attribution/mentions.js";
import {
  countryDisplayName,
  countryKeys,
  countryNames,
  countryOfName,
  countryOfNationality,
  splitRoleAndName,
} from "../attribution/nationalities.js";
import { tokenize } from "../text/tokenize.js";
import { rarityOf } from "./distinctive-terms.js";

/**
 * A one-word name must be at least this rare in English (0 everyday, 1 unlisted): "Milei",
 * "ISRO" and "Filoli" are; "Supporters", "Ministry" and "Congress", capitalised in a headline or
 * an institution's name, are not.
 */
const MIN_SINGLE_NAME_RARITY = 0.5;

/** A proper name the model finds that is neither a speaker nor a country is a `name`: person, body or town. */
export type EntityKind = "person" | "organisation" | "place" | "name";

/** One entity of a story with how a page may name it. */
export interface StoryEntity {
  readonly kind: EntityKind;
  /** Display name: the fullest form the articles print ("Javier Milei", "Argentina"). */
  readonly name: string;
  /**
   * Ways a page names it, each a run of normalised words a page must contain in order: the full
   * name, a person's surname, a country's other names and its nationality word ("argentine").
   */
  readonly keys: readonly string[];
  /** Mentions across the story's articles. */
  readonly count: number;
}

export interface StoryEntities {
  readonly people: StoryEntity[];
  readonly organisations: StoryEntity[];
  /** Proper names that are neither speakers nor countries. */
  readonly names: StoryEntity[];
  readonly places: StoryEntity[];
}

interface ArticleText {
  readonly title: string;
  readonly body: string;
}

const NOT_ENTITY_WORDS = new Set([
  ...WORD_LISTS.stopwords.entries,
  ...WORD_LISTS["capitalised-stopwords"].entries,
  ...WORD_LISTS["role-words"].entries,
  ...WORD_LISTS["news-words"].entries,
]);

const normalised = (text: string): string => tokenize(text).words.join(" ");
const ROLE_WORDS = new Set(WORD_LISTS["role-words"].entries);

/** A phrase without the quotation marks, dashes and punctuation around it. */
function trimmed(text: string): string {
  return text
    .replace(/['’]s$/u, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .trim();
}

/** A phrase as printed words, the role in front of a name ("President") dropped. */
function personName(text: string): string | null {
  const words = trimmed(text)
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w));
  const split = splitRoleAndName(words).name;
  // "Economy Minister Luis Caputo": a role word further in still ends the role.
  let lastRole = -1;
  split.forEach((w, i) => {
    if (i < split.length - 1 && ROLE_WORDS.has(normalised(w))) lastRole = i;
  });
  const name = split.slice(lastRole + 1);
  const keyWords = normalised(name.join(" ")).split(" ");
  if (keyWords.every((w) => w === "" || NOT_ENTITY_WORDS.has(w))) return null;
  // A name is capitalised: the tagger sometimes takes a headline's word for a proper noun.
  if (!name.every((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}$/u.test(w))) return null;
  // …and starts and ends with a capital ("Luiz Inácio Lula da Silva", not "new India").
  if (!/^\p{Lu}/u.test(name[0] ?? "") || !/^\p{Lu}/u.test(name.at(-1) ?? "")) return null;

  return name.join(" ");
}

class EntityTally {
  private readonly byKey = new Map<string, { name: string; keys: Set<string>; count: number }>();

  /** Counts one mention; a known key (a surname seen in a full name before) joins its entity. */
  add(name: string, keys: readonly string[]): void {
    const existing = keys.map((k) => this.byKey.get(k)).find((e) => e !== undefined);
    const entity = existing ?? { name, keys: new Set<string>(), count: 0 };
    entity.count++;
    if (name.length > entity.name.length) entity.name = name;
    for (const key of keys) {
      entity.keys.add(key);
      if (!this.byKey.has(key)) this.byKey.set(key, entity);
    }
  }

  entities(kind: EntityKind): StoryEntity[] {
    return [...new Set(this.byKey.values())]
      .map((e) => ({ kind, name: e.name, keys: [...e.keys].sort(), count: e.count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
}

/** How a page names someone: the full name and, as a second reference does, the last word ("Milei said"). */
function nameKeys(name: string): string[] {
  const full = normalised(name);
  const words = full.split(" ");
  const keys = words.length > 1 ? [full, words.at(-1)!] : [full];
  return keys.filter((k) => k.length > 2 && !NOT_ENTITY_WORDS.has(k));
}

const COUNTRY_NAMES: ReadonlySet<string> = new Set(countryNames());

/** Countries named in the text, by their names or nationality words: ISO code → count. */
function countriesIn(words: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  const names = COUNTRY_NAMES;
  for (let i = 0; i < words.length; i++) {
    const code = countryOfNationality(words[i]!) ?? matchCountryName(words, i, names);
    if (code) found.set(code, (found.get(code) ?? 0) + 1);
  }
  return found;
}

/** The first words of the country names: most words start none, and need no phrase built. */
let countryFirstWords: Set<string> | null = null;

function matchCountryName(words: readonly string[], i: number, names: ReadonlySet<string>): string | null {
  countryFirstWords ??= new Set([...names].map((name) => name.split(" ")[0]!));
  if (!countryFirstWords.has(words[i]!)) return null;
  for (let n = 4; n >= 1; n--) {
    const phrase = words.slice(i, i + n).join(" ");
    // "us" is a pronoun far more often than a country; outlets write "U.S." as "us" only in caps.
    if (phrase !== "us" && names.has(phrase)) return countryOfName(phrase);
  }
  return null;
}

/**
 * How much of each article the model reads: its title and lede name the story's main entities, and
 * a bound keeps the build of a 10,000-article corpus linear and small; every entity found is then
 * counted in the whole text ({@link recounted}). 80 on the real-coverage set: 212 same-event pages
 * against 207 at 250 words (deeper in, the names are the story's side characters), and the
 * tagger, most of the build's added cost, reads a third as much.
 */
export const ENTITY_READ_WORDS = 80;
/** …in at most this many of the story's articles (the earliest). */
export const ENTITY_READ_ARTICLES = 3;

let tagger: ReturnType<typeof winkNLP> | null = null;

/** Runs of proper nouns as printed ("Economy Minister Luis Caputo", "Buenos Aires"). */
export function properNounPhrases(text: string): string[] {
  tagger ??= winkNLP(model);
  const tokens = tagger.readDoc(text).tokens();
  const words = tokens.out();
  const tags = tokens.out(tagger.its.pos);
  const phrases: string[] = [];
  let run: string[] = [];
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && tags[i] === "PROPN") run.push(words[i]!);
    else if (run.length > 0) {
      phrases.push(run.join(" "));
      run = [];
    }
  }
  return phrases;
}

/** The first `limit` words of a text, cut at a word boundary. */
function leadOf(text: string, limit: number): string {
  const re = /\S+/gu;
  let end = 0;
  for (let n = 0; n < limit; n++) {
    const m = re.exec(text);
    if (!m) return text;
    end = m.index + m[0].length;
  }
  return text.slice(0, end);
}

/**
 * Whether a speaker is known by a name: a role or a group printed in lower case ("prime minister's
 * official spokesman", "employees") describes the speaker, and a page that uses the word names no
 * one. A name in a script without capitals counts as a name.
 */
function isNamed(speaker: Speaker): boolean {
  return /\p{Lu}/u.test(speaker.name) || !/\p{Ll}/u.test(speaker.name);
}

/**
 * The story's entities, most mentioned first. `speakers` are the people and organisations the
 * corpus's attribution credited quotes to: they are entities even where the model misses them, and
 * a proper name that is a speaker's is a person or an organisation, not just a name. `excluded`
 * names are never entities (the corpus outlets' own: "CNN", "Bloomberg").
 */
export function storyEntities(
  articles: readonly ArticleText[],
  speakers: readonly Speaker[],
  excluded: ReadonlySet<string> = new Set(),
): StoryEntities {
  const names = new EntityTally();
  const organisations = new EntityTally();
  const places = new EntityTally();
  const speakerKeys = new Set<string>();
  for (const speaker of speakers.filter(isNamed)) {
    if (speaker.kind === "organisation") organisations.add(speaker.name, [normalised(speaker.name)]);
    else {
      names.add(speaker.name, nameKeys(speaker.name));
      for (const key of nameKeys(speaker.name)) speakerKeys.add(key);
    }
  }
  const organisationKeys = new Set(
    speakers.filter((s) => s.kind === "organisation" && isNamed(s)).map((s) => normalised(s.name)),
  );
  // The lede, not the headline: a title-case headline makes every word a proper noun.
  articles.slice(0, ENTITY_READ_ARTICLES).forEach(({ body }) => {
    for (const phrase of properNounPhrases(leadOf(body, ENTITY_READ_WORDS))) {
      const name = personName(phrase);
      const key = name === null ? "" : normalised(name);
      if (name === null || countryOfName(key) || countryOfNationality(key) || excluded.has(key)) continue;
      if (organisationKeys.has(key)) organisations.add(name, [key]);
      else names.add(name, nameKeys(name));
    }
  });
  const texts = articles.map(({ title, body }) => tokenize(`${title}\n\n${body}`).words);
  for (const words of texts) {
    for (const [code, count] of countriesIn(words)) {
      for (let i = 0; i < count; i++) places.add(countryDisplayName(code), countryKeys(code));
    }
  }
  // A single everyday word the tagger took for a name ("Supporters", "Talks") names nothing,
  // unless it is the first name of a full name ("Sam" of "Sam Altman", merged first).
  const all = recounted(
    mergeFirstNames(names.entities("name")).filter(
      (e) => e.name.includes(" ") || e.keys.some((k) => rarityOf(k) >= MIN_SINGLE_NAME_RARITY),
    ),
    texts,
  );
  const isSpeaker = (e: StoryEntity): boolean => e.keys.some((k) => speakerKeys.has(k));
  // The first word of a two-word name ("Jordan Bardella"), a person's first name as a rule.
  const firstNames = new Set(
    all.flatMap((p) => p.keys.filter((k) => k.split(" ").length === 2).map((k) => k.split(" ")[0]!)),
  );
  return {
    people: all.filter(isSpeaker).map((e) => ({ ...e, kind: "person" as const })),
    organisations: recounted(organisations.entities("organisation"), texts),
    names: all.filter((e) => !isSpeaker(e)),
    // "Jordan" of "Jordan Bardella" is a first name on this story's pages, not the country.
    places: places.entities("place").filter((p) => !p.keys.some((k) => firstNames.has(k))),
  };
}

/**
 * Each entity's mentions counted in the text itself: the NLP package recognises "Narendra Modi"
 * but not every later "Modi", and a story's main people are the ones named most.
 */
function recounted(entities: readonly StoryEntity[], texts: ReadonlyArray<readonly string[]>): StoryEntity[] {
  const counted = entities.map((entity) => {
    const keys = entity.keys.map((k) => k.split(" ")).sort((a, b) => b.length - a.length);
    let count = 0;
    for (const words of texts) {
      for (let i = 0; i < words.length; i++) {
        const key = keys.find((k) => k.every((w, j) => words[i + j] === w));
        if (key) {
          count++;
          i += key.length - 1;
        }
      }
    }
    return { ...entity, count: Math.max(count, entity.count) };
  });
  return counted.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** "Sam" alone, where the story has "Sam Altman": the same person, named familiarly. */
function mergeFirstNames(people: readonly StoryEntity[]): StoryEntity[] {
  const full = people.filter((p) => p.name.includes(" "));
  const merged = new Map(full.map((p) => [p, { ...p, keys: [...p.keys] }]));
  const kept: StoryEntity[] = [];
  for (const person of people) {
    if (person.name.includes(" ")) continue;
    const key = person.keys[0];
    const owners = full.filter((p) => p.keys.some((k) => k.split(" ")[0] === key));
    // Merged only when one full name has that first name: two Sams stay apart.
    if (owners.length === 1) {
      const owner = merged.get(owners[0]!)!;
      merged.set(owners[0]!, { ...owner, count: owner.count + person.count });
    } else kept.push(person);
  }
  return [...merged.values(), ...kept].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
