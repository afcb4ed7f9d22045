/**
 * Speakers named by their role alone: the person the article names with that role, the role itself
 * when an unnamed source keeps it, and nobody's role taken for another office.
 */
import { describe, expect, test } from "vitest";
import { extractQuotes } from "../../../src/core/attribution/extract-quotes.js";
import { findMentions, PersonRegistry } from "../../../src/core/attribution/mentions.js";
import {
  personWithRole,
  roleBeforeCue,
  roleThenCue,
  unnamedRoleSpeaker,
} from "../../../src/core/attribution/role-speakers.js";

const speakersOf = (text: string) => extractQuotes(text).map((q) => q.speaker?.name ?? null);
const mentionsOf = (text: string) => findMentions(text, 0, text.length, [], new PersonRegistry());

describe("a bare role after the quote", () => {
  test.each([
    [
      `Prime minister Narendra Modi spoke on Wednesday. "We are witness to a new India," the prime minister added.`,
      "Narendra Modi",
    ],
    [
      `Indian Prime Minister Narendra Modi was in Johannesburg. "India is on the moon," the prime minister said.`,
      "Narendra Modi",
    ],
    [
      `Spanish football chief Luis Rubiales refused. "I will not resign," the RFEF chief said.`,
      "Luis Rubiales",
    ],
  ])("is the person the article named with it: %s", (text, speaker) => {
    expect(speakersOf(text)).toEqual([speaker]);
  });

  test.each([
    [`"Talks will go on," said a government spokesman.`, "government spokesman"],
    [`Prime Minister Keir Starmer spoke.\n\n"It is over," said the prime minister.`, "Keir Starmer"],
    [`"No," said spokesman Dmitry Peskov.`, "Dmitry Peskov"],
  ])("may follow its cue: %s", (text, speaker) => {
    expect(speakersOf(text)).toEqual([speaker]);
  });

  test("is not a namesake named paragraphs later", () => {
    const filler = "The talks went on long into the night and nobody spoke to the press about them. ".repeat(
      6,
    );
    const text = `"Talks will go on," said a government spokesman.\n\n${filler}\n\n"No," said spokesman Dmitry Peskov.`;
    expect(speakersOf(text)).toEqual(["government spokesman", "Dmitry Peskov"]);
  });

  test("may name what it is of (“the spokesperson for the foreign ministry”)", () => {
    const text =
      `"We oppose it," spokesperson Mao Ning said on Thursday.\n\n` +
      `"The remarks contradict basic facts," the spokesperson for the foreign ministry said.`;
    expect(speakersOf(text)).toEqual(["Mao Ning", "Mao Ning"]);
    expect(extractQuotes(text)[1]!.attribution.phrase).toBe("the spokesperson for the foreign ministry said");
  });

  test("is not a deputy of the office", () => {
    const text = `Deputy Prime Minister Yolanda Díaz spoke. "It is a disgrace," the prime minister said.`;
    expect(speakersOf(text)).toEqual(["prime minister"]);
  });

  test("stays the role when nobody is named with it, for a source that is often unnamed", () => {
    expect(speakersOf(`"Talks will go on," the prime minister's official spokesman told reporters.`)).toEqual(
      ["prime minister's official spokesman"],
    );
  });
});

describe("a bare role before the quote's cue", () => {
  test("is the one person the article names with it, even later", () => {
    const text =
      "When asked at a Chinese Foreign Ministry briefing on Thursday, a spokesperson called it " +
      `"extremely erroneous." "They will not succeed," spokesperson Mao Ning said.`;
    expect(speakersOf(text)).toEqual(["Mao Ning", "Mao Ning"]);
  });

  test("an institution between the role and its cue is what the role is of", () => {
    const text = `Spokesperson Mao Ning took questions. Later the spokesperson for the Foreign Ministry called it "erroneous."`;
    expect(speakersOf(text)).toEqual(["Mao Ning"]);
  });

  test("an anonymous source stays anonymous", () => {
    const text = `White House official John Kirby spoke on Monday. Later, an official said it was "a setback."`;
    const mentions = mentionsOf(text);
    expect(personWithRole(mentions, { role: "official", definite: false, start: 0 }, text.length)).toBeNull();
    expect(personWithRole(mentions, { role: "official", definite: true, start: 0 }, text.length)?.name).toBe(
      "John Kirby",
    );
  });
});

describe("the pieces", () => {
  test("a role and its cue open a clause", () => {
    expect(roleThenCue(` the prime minister added.`)).toMatchObject({
      phrase: { role: "prime minister", definite: true },
      cue: "added",
    });
    expect(roleThenCue(` Modi said.`)).toBeNull();
    expect(roleThenCue(` said a government spokesman on Monday.`)).toMatchObject({
      phrase: { role: "government spokesman", definite: false },
      cue: "said",
    });
    // A name after the role is the speaker, and the mentions find it.
    expect(roleThenCue(` said spokesman Dmitry Peskov.`)).toBeNull();
  });

  test("a role ends the words before a cue", () => {
    const text = "When asked, a spokesperson ";
    const phrase = roleBeforeCue(text)!;
    expect(phrase).toMatchObject({ role: "spokesperson", definite: false });
    expect(text.slice(phrase.start)).toBe("a spokesperson ");
    expect(roleBeforeCue("When asked, Mao Ning ")).toBeNull();
  });

  test("the last person named with the role before, else the only one after", () => {
    const text = "Foreign Minister Wang Yi arrived. Then Foreign Minister Sergei Lavrov arrived.";
    const mentions = mentionsOf(text);
    const phrase = { role: "foreign minister", definite: true, start: 0 };
    expect(personWithRole(mentions, phrase, text.length)?.name).toBe("Sergei Lavrov");
    expect(personWithRole(mentions, phrase, 0)).toBeNull();
    expect(personWithRole(mentions, { ...phrase, role: "spokesman" }, text.length)).toBeNull();
  });

  test("only an unnamed source's role is a speaker on its own", () => {
    expect(unnamedRoleSpeaker({ role: "government spokesman", definite: true, start: 0 })?.name).toBe(
      "government spokesman",
    );
    expect(unnamedRoleSpeaker({ role: "president", definite: true, start: 0 })).toBeNull();
  });
});
