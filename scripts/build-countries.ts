/**
 * Writes data/countries.json: every country with the names outlets give it and its nationality
 * words, so a role such as "Brazilian Foreign Minister" keeps its role and a page about Brazil
 * counts as naming the place, for any country and not one story's. Sources, all kept packages:
 * country names from i18n-iso-countries (English, with short forms: "US", "Ivory Coast") and
 * countries-list (capitals, official languages); nationality words from compromise's lexicon
 * (its Demonym tag), from the countries' language names ("Spanish", "Polish") and from the usual
 * suffixes ("Britain" → "British") where WordNet (wink-lexicon) knows the word.
 * Run it when a package is updated: `npx tsx scripts/build-countries.ts`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { countries, languages } from "countries-list";
import isoCountries from "i18n-iso-countries";
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

const normalised = (text: string): string => tokenize(text).words.join(" ");

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function lexiconDemonyms(): string[] {
  const lexicon = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world().model.one.lexicon;
  const tagged = Object.entries(lexicon)
    .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).includes("Demonym"))
    .map(([word]) => word)
    .filter((word) => !word.includes(" "));
  const set = new Set(tagged);
  // The lexicon lists plurals ("brazilians", "chineses"): keep the singular words.
  return tagged.filter(
    (word) => !(word.endsWith("s") && (set.has(word.slice(0, -1)) || set.has(word.slice(0, -2)))),
  );
}

/** "britain" → "british", "sweden" → "swedish", "kenya" → "kenyan": only words WordNet knows. */
function derivedNationalities(nameWord: string): string[] {
  const stems = [nameWord, nameWord.replace(/(?:ain|en|ey|land|a|e|o|y)$/, "")];
  const candidates = stems.flatMap((stem) => [
    `${stem}ish`,
    `${stem}n`,
    `${stem}ian`,
    `${stem}ese`,
    `${stem}i`,
  ]);
  const known = wordnet.wnWords;
  return candidates.filter((word) => word !== nameWord && word.length > 4 && known[word] !== undefined);
}

/** How well a nationality word fits a country: the longest start it shares with a word of a name. */
function fit(word: string, names: readonly string[]): number {
  const nameWords = names.flatMap((name) => name.split(" ")).filter((w) => w !== word);
  return Math.max(0, ...nameWords.map((w) => commonPrefix(w, word)));
}

/**
 * A nationality word shared by several countries ("french": France and the French Southern
 * Territories, whose languages are French) stays with the one whose primary name fits it best,
 * then whose other names do: France, India, China.
 */
function resolveSharedNationalities(records: CountryRecord[]): void {
  const holders = new Map<string, CountryRecord[]>();
  for (const record of records)
    for (const word of record.nationalities) holders.set(word, [...(holders.get(word) ?? []), record]);
  for (const [word, countriesWithWord] of holders) {
    if (countriesWithWord.length < 2) continue;
    const score = (r: CountryRecord): number => fit(word, [r.primary]) * 100 + fit(word, r.names);
    const best = [...countriesWithWord].sort(
      (a, b) => score(b) - score(a) || a.code.localeCompare(b.code),
    )[0]!;
    for (const record of countriesWithWord)
      if (record !== best) record.nationalities = record.nationalities.filter((w) => w !== word);
  }
}

function buildRecords(): CountryRecord[] {
  const englishNames = isoCountries.getNames("en", { select: "all" }) as Record<string, string[]>;
  const records: CountryRecord[] = Object.entries(countries).map(([code, data]) => {
    const names = new Set([data.name, ...(englishNames[code] ?? [])].map(normalised).filter((n) => n !== ""));
    const nationalities = new Set<string>();
    for (const language of data.languages) {
      const name = languages[language as keyof typeof languages]?.name;
      const word = name ? normalised(name) : "";
      if (word && !word.includes(" ") && [...names].some((n) => commonPrefix(n, word) >= 2))
        nationalities.add(word);
    }
    // "great britain" → "british": the last word of a name is the one nationality words grow from.
    for (const name of names)
      derivedNationalities(name.split(" ").at(-1)!).forEach((w) => nationalities.add(w));
    return {
      code,
      primary: normalised(data.name),
      names: [...names].sort(),
      capital: data.capital ? normalised(data.capital) : null,
      nationalities: [...nationalities],
    };
  });
  // Each demonym of the lexicon goes to the country whose name it shares the longest start with.
  for (const demonym of lexiconDemonyms()) {
    let best: CountryRecord | null = null;
    let bestPrefix = 3;
    for (const record of records) {
      // Each word of each name: "american" grows from "united states of america".
      for (const word of record.names.flatMap((name) => name.split(" ")).filter((w) => w.length >= 4)) {
        const prefix = commonPrefix(word, demonym);
        if (prefix > bestPrefix) [best, bestPrefix] = [record, prefix];
      }
    }
    if (best && !best.nationalities.includes(demonym)) best.nationalities.push(demonym);
  }
  resolveSharedNationalities(records);
  for (const record of records) record.nationalities.sort();
  return records.sort((a, b) => a.code.localeCompare(b.code));
}

function main(): void {
  const records = buildRecords();
  const unplaced = lexiconDemonyms().filter((d) => !records.some((r) => r.nationalities.includes(d)));
  const table = {
    about:
      "Countries: the names outlets give them, their capitals and their nationality words (normalised as src/core/tokenize.ts writes them). Written by scripts/build-countries.ts from i18n-iso-countries, countries-list, compromise and wink-lexicon.",
    countries: records.map(({ primary, ...record }) => ({ name: primary, ...record })),
    otherNationalities: unplaced.sort(),
  };
  const out = fileURLToPath(new URL("../data/countries.json", import.meta.url));
  writeFileSync(out, `${JSON.stringify(table)}\n`);
  console.log(
    `wrote ${out}: ${records.length} countries, ${unplaced.length} nationality words without one country`,
  );
}

main();
