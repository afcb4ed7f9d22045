/**
 * Who is who: a gazetteer of people who recur in political news whatever the story (with the
 * spellings outlets use), organisations that speak as institutions, and the words that look like
 * names but are not. NLP libraries in JS are weak at person names; a gazetteer plus
 * capitalised-sequence rules is more reliable here, and everyone else is found by
 * {@link ./mentions.ts}, which takes a bare surname for the person the article named in full.
 */
import { slugify } from "../text/slugify.js";
import { PEOPLE, wordSet, wordsOf, type PersonEntry } from "./lexicons.js";

/** A person of the gazetteer (data/lexicons/people.json). */
export type KnownPerson = PersonEntry;

export const KNOWN_PEOPLE: readonly KnownPerson[] = PEOPLE.entries;

// The data tests guarantee that no spelling is claimed by two people, so the order cannot matter.
const ALIAS_INDEX = new Map<string, KnownPerson>();
for (const person of KNOWN_PEOPLE) {
  for (const form of [person.name, ...person.aliases]) ALIAS_INDEX.set(slugify(form), person);
}

/** The known person a name (full or surname) refers to, if any. */
export function lookupKnownPerson(name: string): KnownPerson | undefined {
  return ALIAS_INDEX.get(slugify(name));
}

/** Institutions quoted as speakers ("the Kremlin said"); value is the display name. */
export const ORGANISATIONS = new Map<string, string>(
  wordsOf("organisations").map((name) => [slugify(name), name]),
);

/**
 * Role and title words that may precede a name ("Kremlin spokesman Dmitry Peskov", "US Secretary
 * of State Marco Rubio"); they describe the person and are kept apart from the name.
 */
export const ROLE_WORDS = wordSet("role-words");

/**
 * Capitalised words that are peoples, institutions, outlets or calendar words, never names. Places
 * are not among them: "Jordan" and "Hamilton" are places alone but names in "Jim Jordan".
 */
export const NOT_NAMES = wordSet("not-names");

/** Capitalised words that start sentences or clauses but are not part of a name. */
export const CAPITALISED_STOPWORDS = wordSet("capitalised-stopwords");

/** Third-person singular pronouns that refer back to a person. */
export const PERSON_PRONOUNS = wordSet("pronouns");
