/**
 * Mentions without a story's cast or geography: a bare surname is the person the article names in
 * full, places come from the country data, and wire services are outlets, not speakers.
 */
import { describe, expect, test } from "vitest";
import { extractQuotes } from "../../../src/core/attribution/extract-quotes.js";
import { findMentions, PersonRegistry } from "../../../src/core/attribution/mentions.js";
import { KNOWN_PEOPLE } from "../../../src/core/attribution/people.js";

const mentionsOf = (text: string) => findMentions(text, 0, text.length, [], new PersonRegistry());
const namesOf = (text: string) => mentionsOf(text).map((m) => m.speaker?.name ?? "(pronoun)");
const speakersOf = (text: string) => extractQuotes(text).map((q) => q.speaker?.name ?? null);

describe("a person the article names in full", () => {
  test("none of these people is in the gazetteer (the article alone names them)", () => {
    const known = KNOWN_PEOPLE.flatMap((p) => [p.name, ...p.aliases]);
    for (const name of ["Dmitry Peskov", "Peskov", "Sergei Lavrov", "Lavrov"])
      expect(known).not.toContain(name);
  });

  test("is who a later bare surname refers to", () => {
    const text = `Kremlin spokesman Dmitry Peskov spoke on Friday. "We will see," Peskov said.`;
    expect(namesOf(text)).toEqual(["Dmitry Peskov", "Dmitry Peskov"]);
    expect(speakersOf(text)).toEqual(["Dmitry Peskov"]);
  });

  test("is who an earlier bare surname refers to, too", () => {
    const text = `Peskov said the talks were "useful." Later, Kremlin spokesman Dmitry Peskov told reporters: "We will see."`;
    const mentions = mentionsOf(text);
    expect(mentions.map((m) => m.speaker?.id)).toEqual(["dmitry-peskov", "dmitry-peskov"]);
    expect(mentions[1]!.role).toBe("Kremlin spokesman");
    expect(speakersOf(text)).toEqual(["Dmitry Peskov", "Dmitry Peskov"]);
  });

  test("a bare surname never named in full stays as printed", () => {
    expect(speakersOf(`"We are ready," Lavrov told reporters.`)).toEqual(["Lavrov"]);
  });
});

describe("places from the country data", () => {
  test.each([
    [`Moscow said the offer was "unacceptable."`],
    [`"We will not give up land," Kyiv said on Monday.`],
    [`Sri Lanka said it would "review the deal."`],
    [`Jordan said on Monday it would "close the border."`],
    [`Russians said they were "tired."`],
    [`Troops in Russia's Kursk region were "completely surrounded."`],
  ])("a place or a people alone is not a person: %s", (text) => {
    expect(namesOf(text)).toEqual([]);
    expect(speakersOf(text)).toEqual([null]);
  });

  test.each([
    ["Brazilian President Luiz Inácio Lula da Silva said it was a success.", "Brazilian President"],
    ["Moscow Mayor Sergei Sobyanin said the city was ready.", "Moscow Mayor"],
    ["Saudi Crown Prince Mohammed bin Salman said the kingdom will invest.", "Saudi Crown Prince"],
    ["Kenyan President William Ruto said it was time.", "Kenyan President"],
  ])("a place or nationality in front of a role belongs to the role: %s", (text, role) => {
    const mentions = mentionsOf(text);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.role).toBe(role);
  });

  test.each([
    [`Rep. Jim Jordan said the bill was "dead on arrival."`, "Jim Jordan"],
    [`Victoria Nuland said it was "a mistake."`, "Victoria Nuland"],
    [`Jimmy Wales said the site was "independent."`, "Jimmy Wales"],
    [`Lewis Hamilton won in Monaco. "It was hard," Hamilton said.`, "Lewis Hamilton"],
  ])("a place word inside a name, or a surname the article used, is a name: %s", (text, speaker) => {
    expect(speakersOf(text)).toEqual([speaker]);
  });
});

test("a nationality inside a name is part of it, and no name on its own", () => {
  expect(namesOf(`The Royal Spanish Football Federation said it was "closed."`)).toEqual([
    "Royal Spanish Football Federation",
  ]);
  expect(namesOf(`Spanish officials said it was "closed."`)).toEqual([]);
});

describe("wire services", () => {
  test.each(["TASS", "Interfax", "Xinhua", "Yonhap", "EFE", "ANSA"])(
    "%s is quoted, not a speaker",
    (agency) => {
      const text = `"The deal is not ready," Peskov told ${agency}. ${agency} said the talks "stalled."`;
      expect(namesOf(text)).toEqual(["Peskov"]);
    },
  );
});

describe("words that look like names but do not speak", () => {
  test.each([
    [`Addressing ISRO scientists virtually, he said the country had "made a resolve."`],
    [`Speaking Hindi to the crowd, she called the result "historic."`],
  ])("a participle opening its sentence is no name: %s", (text) => {
    expect(namesOf(text)).toEqual(["(pronoun)"]);
  });

  test("a surname in -ing is still a name when its cue follows", () => {
    expect(speakersOf(`Fleming said the plan was "dead."`)).toEqual(["Fleming"]);
    expect(speakersOf(`Harding told reporters it was "over."`)).toEqual(["Harding"]);
  });

  test("an institution's word does not make the next word a person (“World Cup”)", () => {
    expect(namesOf("The squad which won the World Cup signed it.")).toEqual([]);
  });

  test("a title still does (“spokesman Peskov”)", () => {
    expect(namesOf("Kremlin spokesman Peskov spoke on Friday.")).toEqual(["Peskov"]);
  });
});

describe("an institution in front of a person's title belongs to the title", () => {
  test.each([
    [`"He is a poker player," said Green Party lawmaker Sandrine Rousseau.`, "Green Party lawmaker"],
    [
      `The Foreign Ministry's spokesperson Mao Ning said it was "erroneous."`,
      "Foreign Ministry's spokesperson",
    ],
  ])("the person speaks: %s", (text, role) => {
    const people = mentionsOf(text).filter((m) => !m.pronoun);
    expect(people).toHaveLength(1);
    expect(people[0]!.role).toBe(role);
    expect(extractQuotes(text)[0]!.speaker?.kind).toBe("person");
  });

  test("an institution on its own still speaks", () => {
    expect(speakersOf(`"We are ready," the Green Party said.`)).toEqual(["Green Party"]);
  });
});
