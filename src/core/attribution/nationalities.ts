/**
 * Countries, their names and nationality words, from data/countries.json (built from country data
 * packages by scripts/build-countries.ts): "Brazilian" is a nationality of Brazil wherever it
 * appears, whatever story the corpus holds, so "Brazilian Foreign Minister Mauro Vieira" keeps
 * "Brazilian Foreign Minister" as his role and a page naming "Brazil" names the place.
 */
import table from "../../../data/countries.json" with { type: "json" };
import { tokenize } from "../text/tokenize.js";
import { WORD_LISTS } from "./lexicons.js";

interface CountryRecord {
  readonly code: string;
  /** The usual English name, normalised. */
  readonly name: string;
  readonly names: readonly string[];
  readonly capital: string | null;
  readonly nationalities: readonly string[];
}

const COUNTRIES: readonly CountryRecord[] = table.countries;
const countryByNationality = new Map<string, string>();
const countryByName = new Map<string, string>();
for (const country of COUNTRIES) {
  for (const word of country.nationalities) countryByNationality.set(word, country.code);
  for (const name of country.names) countryByName.set(name, country.code);
}
const NATIONALITY_WORDS = new Set([...countryByNationality.keys(), ...table.otherNationalities]);
const ROLE_WORDS = new Set(WORD_LISTS["role-words"].entries);
/** Every country's names, every capital, and the place words of data/lexicons/places.json. */
const PLACE_NAMES = new Set([
  ...countryByName.keys(),
  ...COUNTRIES.flatMap((c) => (c.capital ? [c.capital] : [])),
  ...WORD_LISTS.places.entries,
]);
/** The most words a place name has ("democratic republic of the congo"). */
export const LONGEST_PLACE_NAME = Math.max(...[...PLACE_NAMES].map((p) => p.split(" ").length));

/** A phrase as the place names are written: normalised words joined by single spaces. */
export function placeKey(phrase: string): string {
  return tokenize(phrase).words.join(" ");
}

/**
 * Whether a phrase, normalised by {@link placeKey}, names a place: a country ("saudi arabia", "uk"),
 * a capital ("kyiv", "buenos aires") or a region or short form of data/lexicons/places.json
 * ("europe", "britain"), whatever story the article is about.
 */
export function isPlaceName(key: string): boolean {
  return PLACE_NAMES.has(key);
}

/** Whether a normalised word is a nationality ("brazilian", "swiss"), of one country or several. */
export function isNationalityWord(word: string): boolean {
  return NATIONALITY_WORDS.has(word);
}

/** The ISO code of the country a nationality word belongs to ("brazilian" → "BR"), or null. */
export function countryOfNationality(word: string): string | null {
  return countryByNationality.get(word) ?? null;
}

/** The ISO code of the country a normalised name denotes ("united kingdom", "uk" → "GB"), or null. */
export function countryOfName(name: string): string | null {
  return countryByName.get(name) ?? null;
}

/** Every normalised country name, for finding countries in text. */
export function countryNames(): string[] {
  return [...countryByName.keys()];
}

/** The capital of a country by ISO code, normalised ("BR" → "brasilia"), or null. */
export function capitalOf(code: string): string | null {
  return COUNTRIES.find((c) => c.code === code)?.capital ?? null;
}

/** A country's usual name, in title case for display ("BR" → "Brazil"). */
export function countryDisplayName(code: string): string {
  const name = COUNTRIES.find((c) => c.code === code)?.name ?? code;
  return name.replace(/\b\p{L}/gu, (ch) => ch.toUpperCase());
}

/**
 * How a page may name a country: its names and nationality words ("argentina", "argentine").
 * "us" is left out: on a page it is the pronoun far more often than the country.
 */
export function countryKeys(code: string): string[] {
  const country = COUNTRIES.find((c) => c.code === code);
  if (!country) return [];
  return [...country.names, ...country.nationalities].filter((k) => k !== "us").sort();
}

export interface RoleAndName {
  /** The leading words that describe the person: nationality, office, title. */
  readonly role: string[];
  /** The words that name the person. */
  readonly name: string[];
  /** The country the role's nationality word names, if it has one. */
  readonly country: string | null;
}

/**
 * Splits "Brazilian Foreign Minister Mauro Vieira" into its role and the name. `words` are the
 * phrase's words as printed; a word is part of the role while it is a nationality or a general
 * role word and at least one word is left for the name.
 */
export function splitRoleAndName(words: readonly string[]): RoleAndName {
  let i = 0;
  let country: string | null = null;
  while (i < words.length - 1) {
    const key = words[i]!.toLowerCase().replace(/[.'’]/g, "");
    if (isNationalityWord(key)) country ??= countryOfNationality(key);
    else if (!ROLE_WORDS.has(key)) break;
    i++;
  }
  return { role: words.slice(0, i), name: words.slice(i), country };
}
