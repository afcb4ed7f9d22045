/**
 * The lexicons as data: every file in data/lexicons/ has its schema's shape, no list repeats a word,
 * no spelling is claimed by two people, and no word sits in two lists that disagree about it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as v from "valibot";
import { describe, expect, test } from "vitest";
import {
  ChannelListSchema,
  NameListSchema,
  PeopleListSchema,
  WordListSchema,
} from "../../src/core/attribution/lexicon-schema.js";
import {
  CHANNELS,
  PEOPLE,
  wordsOf,
  WORD_LISTS,
  type WordListName,
} from "../../src/core/attribution/lexicons.js";
import { isNationalityWord, isPlaceName, placeKey } from "../../src/core/attribution/nationalities.js";
import { slugify } from "../../src/core/text/slugify.js";

const DIR = path.resolve(import.meta.dirname, "../../data/lexicons");
const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
const NAME_LISTS = new Set(["organisations"]);

function schemaFor(file: string) {
  const name = file.replace(/\.json$/, "");
  if (name === "people") return PeopleListSchema;
  if (name === "channels") return ChannelListSchema;
  return NAME_LISTS.has(name) ? NameListSchema : WordListSchema;
}

describe("every lexicon file", () => {
  test("is loaded by the code (no stray file, no list without a file)", () => {
    expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual(
      [...Object.keys(WORD_LISTS), "people", "channels"].sort(),
    );
  });

  test.each(files)("%s has its schema's shape", (file) => {
    const data: unknown = JSON.parse(readFileSync(path.join(DIR, file), "utf8"));
    const result = v.safeParse(schemaFor(file), data);
    const issues = result.success ? [] : result.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`);
    expect(issues).toEqual([]);
  });

  test.each(Object.keys(WORD_LISTS) as WordListName[])("%s repeats no word", (name) => {
    const words = wordsOf(name);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });
});

describe("channels", () => {
  const all = CHANNELS.entries;

  test("ids are unique", () => {
    const ids = all.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test.each([
    ["wrote on Truth Social", "Truth Social"],
    ["said in a Truth Social post", "Truth Social"],
    ["said on Telegram", "Telegram"],
    ["told reporters at the White House", "reporters"],
    ["said at a press conference in Moscow", "press conference"],
    ["told TASS", "TASS"],
    ["said, according to Fox News", "Fox News"],
  ])("%j names the channel %j (the first pattern that matches)", (clause, channel) => {
    const hit = all.map((c) => ({ c, m: new RegExp(c.pattern, c.flags).exec(clause) })).find((x) => x.m);
    expect(hit && (hit.c.name === "$1" ? hit.m![1] : hit.c.name)).toBe(channel);
  });
});

describe("people", () => {
  const everyone = PEOPLE.entries;

  test("ids are unique", () => {
    const ids = everyone.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test("no spelling is claimed by two people", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const person of everyone) {
      for (const form of new Set([person.name, ...person.aliases].map(slugify))) {
        const other = owner.get(form);
        if (other && other !== person.id) clashes.push(`${form}: ${other} and ${person.id}`);
        owner.set(form, person.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test("no spelling of a person is a word that can never be a name", () => {
    const never = new Set([
      ...wordsOf("not-names"),
      ...wordsOf("capitalised-stopwords"),
      ...wordsOf("role-words"),
    ]);
    const bad = everyone.flatMap((p) =>
      [p.name, ...p.aliases].flatMap((form) => form.toLowerCase().split(/\s+/)).filter((w) => never.has(w)),
    );
    // Particles of multi-word names ("von der Leyen") are connectors, not names on their own.
    expect(bad.filter((w) => !wordsOf("name-connectors").includes(w))).toEqual([]);
  });
});

describe("places", () => {
  const countries = JSON.parse(readFileSync(path.resolve(DIR, "../countries.json"), "utf8")) as {
    countries: Array<{ names: string[]; capital: string | null }>;
  };
  const countryData = new Set(
    countries.countries.flatMap((c) => [...c.names, ...(c.capital ? [c.capital] : [])]),
  );

  test("places.json holds only what the country data lacks (no country, capital or nationality twice)", () => {
    expect(wordsOf("places").filter((p) => countryData.has(p) || isNationalityWord(p))).toEqual([]);
  });

  test("every place is keyed as the mentions look it up", () => {
    expect(wordsOf("places").filter((p) => placeKey(p) !== p || !isPlaceName(p))).toEqual([]);
  });

  test("no never-name is a nationality: nationalities come from the country data", () => {
    expect(wordsOf("not-names").filter((w) => isNationalityWord(w))).toEqual([]);
  });
});

describe("lists that must not disagree", () => {
  const overlap = (a: WordListName, b: WordListName) => wordsOf(a).filter((w) => wordsOf(b).includes(w));

  test.each([
    ["places", "not-names"],
    ["stopwords", "cue-verbs"],
    ["speaker-roles", "named-offices"],
  ] as Array<[WordListName, WordListName]>)("%s and %s share no word", (a, b) => {
    expect(overlap(a, b)).toEqual([]);
  });

  test("the roles an unnamed source keeps are speaker roles", () => {
    expect(wordsOf("anonymous-roles").filter((w) => !wordsOf("speaker-roles").includes(w))).toEqual([]);
  });
});
