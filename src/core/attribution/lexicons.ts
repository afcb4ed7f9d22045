/**
 * The lexicons, loaded from the data files in data/lexicons/ (one file a list, each with its
 * `entries`, all general: what belongs to one story comes from that story's corpus, never from
 * here). Code asks for a list by name; the data tests (tests/data/lexicons.test.ts) validate every
 * file against {@link ./lexicon-schema.ts}.
 */
import anonymousRoles from "../../../data/lexicons/anonymous-roles.json" with { type: "json" };
import channels from "../../../data/lexicons/channels.json" with { type: "json" };
import capitalisedStopwords from "../../../data/lexicons/capitalised-stopwords.json" with { type: "json" };
import cueVerbs from "../../../data/lexicons/cue-verbs.json" with { type: "json" };
import documentNouns from "../../../data/lexicons/document-nouns.json" with { type: "json" };
import groupNouns from "../../../data/lexicons/group-nouns.json" with { type: "json" };
import institutionNouns from "../../../data/lexicons/institution-nouns.json" with { type: "json" };
import nameConnectors from "../../../data/lexicons/name-connectors.json" with { type: "json" };
import namedOffices from "../../../data/lexicons/named-offices.json" with { type: "json" };
import newsWords from "../../../data/lexicons/news-words.json" with { type: "json" };
import officeModifiers from "../../../data/lexicons/office-modifiers.json" with { type: "json" };
import notNames from "../../../data/lexicons/not-names.json" with { type: "json" };
import organisations from "../../../data/lexicons/organisations.json" with { type: "json" };
import people from "../../../data/lexicons/people.json" with { type: "json" };
import places from "../../../data/lexicons/places.json" with { type: "json" };
import pronouns from "../../../data/lexicons/pronouns.json" with { type: "json" };
import roleWords from "../../../data/lexicons/role-words.json" with { type: "json" };
import speakerRoles from "../../../data/lexicons/speaker-roles.json" with { type: "json" };
import stopwords from "../../../data/lexicons/stopwords.json" with { type: "json" };

export interface WordList {
  readonly about: string;
  readonly entries: readonly string[];
}

export interface PersonEntry {
  /** Stable id, written in the data, never derived from a spelling. */
  readonly id: string;
  readonly name: string;
  /** Other spellings and short forms, the surname included. */
  readonly aliases: readonly string[];
}

export interface PeopleList {
  readonly about: string;
  readonly entries: readonly PersonEntry[];
}

/** Every word list by its file name. */
export const WORD_LISTS = {
  "anonymous-roles": anonymousRoles,
  "capitalised-stopwords": capitalisedStopwords,
  "cue-verbs": cueVerbs,
  "document-nouns": documentNouns,
  "group-nouns": groupNouns,
  "institution-nouns": institutionNouns,
  "name-connectors": nameConnectors,
  "named-offices": namedOffices,
  "news-words": newsWords,
  "not-names": notNames,
  "office-modifiers": officeModifiers,
  organisations,
  places,
  pronouns,
  "role-words": roleWords,
  "speaker-roles": speakerRoles,
  stopwords,
} satisfies Record<string, WordList>;

export type WordListName = keyof typeof WORD_LISTS;

/** The people gazetteer. */
export const PEOPLE: PeopleList = people;

export interface ChannelEntry {
  readonly id: string;
  readonly about: string;
  /** A regular expression's source, tried on the clause after a cue verb. */
  readonly pattern: string;
  readonly flags: string;
  /** The channel recorded, or `$1` for the pattern's first group. */
  readonly name: string;
}

export interface ChannelList {
  readonly about: string;
  readonly entries: readonly ChannelEntry[];
}

/** The channel patterns, in the order they are tried. */
export const CHANNELS: ChannelList = channels;

/** All words of a list. */
export function wordsOf(name: WordListName): string[] {
  const list: WordList = WORD_LISTS[name];
  return [...list.entries];
}

/** A list as a set, for membership tests. */
export function wordSet(name: WordListName): Set<string> {
  return new Set(wordsOf(name));
}
