/**
 * The people, organisations and places of one story, computed at compile time from its corpus
 * articles: recognised by compromise (a kept NLP package that ships its own lexicon and rules),
 * joined with the speakers the corpus's attribution found and with the countries of
 * data/countries.json. The matcher then checks a page only against the entities its corpus knows,
 * instead of a hand list of one war's cast and geography.
 */
import nlp from "compromise";
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

export type EntityKind = "person" | "organisation" | "place";

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

/** A compromise match without the quotation marks, dashes and punctuation around it. */
function trimmed(text: string): string {
  return text
    .replace(/['’]s$/u, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .trim();
}

/** A compromise match as printed words, the role in front of a name ("President") dropped. */
function personName(text: string): string | null {
  const words = trimmed(text)
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w));
  const { name } = splitRoleAndName(words);
  const keyWords = normalised(name.join(" ")).split(" ");
  if (keyWords.every((w) => w === "" || NOT_ENTITY_WORDS.has(w))) return null;
  // A name is capitalised: compromise sometimes takes a quoted phrase's last word for one.
  if (!name.every((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}$/u.test(w))) return null;
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

function addPerson(tally: EntityTally, name: string): void {
  const full = normalised(name);
  const words = full.split(" ");
  // The surname alone is how a second reference names a person ("Milei said").
  const keys = words.length > 1 ? [full, words.at(-1)!] : [full];
  tally.add(
    name,
    keys.filter((k) => k.length > 2 && !NOT_ENTITY_WORDS.has(k)),
  );
}

/** Countries named in the text, by their names or nationality words: ISO code → count. */
function countriesIn(words: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  const names = new Set(countryNames());
  for (let i = 0; i < words.length; i++) {
    const code = countryOfNationality(words[i]!) ?? matchCountryName(words, i, names);
    if (code) found.set(code, (found.get(code) ?? 0) + 1);
  }
  return found;
}

function matchCountryName(words: readonly string[], i: number, names: ReadonlySet<string>): string | null {
  for (let n = 4; n >= 1; n--) {
    const phrase = words.slice(i, i + n).join(" ");
    // "us" is a pronoun far more often than a country; outlets write "U.S." as "us" only in caps.
    if (phrase !== "us" && names.has(phrase)) return countryOfName(phrase);
  }
  return null;
}

/**
 * The story's entities, most mentioned first. `speakers` are the people and organisations the
 * corpus's attribution credited quotes to: they are entities even where the NLP package misses
 * them ("Brazilian Foreign Minister Mauro Vieira").
 */
export function storyEntities(articles: readonly ArticleText[], speakers: readonly Speaker[]): StoryEntities {
  const people = new EntityTally();
  const organisations = new EntityTally();
  const places = new EntityTally();
  for (const speaker of speakers) {
    if (speaker.kind === "person") addPerson(people, speaker.name);
    else organisations.add(speaker.name, [normalised(speaker.name)]);
  }
  for (const { title, body } of articles) {
    const doc = nlp(`${title}.\n\n${body}`);
    for (const text of doc.people().out("array") as string[]) {
      const name = personName(text);
      if (name) addPerson(people, name);
    }
    for (const text of doc.organizations().out("array") as string[]) {
      // compromise joins lists ("OpenAI board, Microsoft"): each item is its own organisation.
      for (const part of text.split(/,|\band\b/u)) {
        const key = normalised(part);
        if (key && !key.split(" ").every((w) => NOT_ENTITY_WORDS.has(w)))
          organisations.add(trimmed(part), [key]);
      }
    }
    for (const text of doc.places().out("array") as string[]) {
      const name = trimmed(text);
      const key = normalised(name);
      // A place is a proper name, every word capitalised: "Santa Cruz", not "acres of gardens".
      const proper = name.split(/[\s-]+/u).every((w) => /^\p{Lu}/u.test(w));
      if (proper && key && !countryOfName(key) && !NOT_ENTITY_WORDS.has(key)) places.add(name, [key]);
    }
    for (const [code, count] of countriesIn(tokenize(`${title}\n\n${body}`).words)) {
      for (let i = 0; i < count; i++) places.add(countryDisplayName(code), countryKeys(code));
    }
  }
  const texts = articles.map(({ title, body }) => tokenize(`${title}\n\n${body}`).words);
  const persons = recounted(mergeFirstNames(people.entities("person")), texts);
  const nameWords = new Set(persons.flatMap((p) => p.keys.flatMap((k) => k.split(" "))));
  return {
    people: persons,
    organisations: recounted(organisations.entities("organisation"), texts),
    // "Jordan" of "Jordan Bardella" is a first name on this story's pages, not the country.
    places: places.entities("place").filter((p) => !p.keys.some((k) => nameWords.has(k))),
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
