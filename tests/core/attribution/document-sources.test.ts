/**
 * Quotes of a letter or statement speak for whoever issued it, not for the person the article
 * named last; the issuer is a mention when the text names one, else the group it names.
 */
import { describe, expect, test } from "vitest";
import { documentAuthorIn, refersToDocument } from "../../../src/core/attribution/document-sources.js";
import { extractQuotes } from "../../../src/core/attribution/extract-quotes.js";

const speakersOf = (text: string) => extractQuotes(text).map((q) => q.speaker?.name ?? null);

describe("a quote of a written statement", () => {
  test("is its issuer's, named in the quote's own sentence", () => {
    const text =
      "The new team would be headed by Sam Altman. " +
      `"We are unable to work with people that lack competence," CNN quoted a letter jointly issued by the employees as saying. ` +
      `"Your actions have made it obvious," it added.`;
    // One quote split by its attribution: both parts are the letter's.
    const [quote] = extractQuotes(text);
    expect(quote!.segments).toHaveLength(2);
    expect(speakersOf(text)).toEqual(["employees"]);
    expect(quote!.attribution.phrase).toBe("letter jointly issued by the employees");
  });

  test("is its signers', when “It read:” follows the sentence that names them", () => {
    const text =
      `Jenni Hermoso spoke on Friday. The statement was signed by a host of players, including all 23 members of the squad. ` +
      `It read: "We will not return to the national team."`;
    expect(speakersOf(text)).toEqual(["players"]);
  });

  test("is its issuer's when “the statement said” follows the sentence that names them", () => {
    const text = `A statement was issued by 81 players on Friday.\n\n"We will not play," the statement said.`;
    expect(speakersOf(text)).toEqual(["players"]);
  });

  test("is a person or institution the issuer phrase names", () => {
    const text = `Smith spoke first. "Talks are over," read a statement issued by the Kremlin.`;
    expect(speakersOf(text)).toEqual(["Kremlin"]);
  });

  test("does not override a named speaker of the sentence", () => {
    const text = `In a letter signed by 20 senators, Senator Chuck Schumer said "the bill is dead."`;
    expect(speakersOf(text)).toEqual(["Chuck Schumer"]);
  });
});

describe("the pieces", () => {
  test.each([
    ["a letter jointly issued by the employees as saying", "employees"],
    ["The statement was signed by a host of players, including all 23 members", "players"],
    ["a statement from 500 employees", "employees"],
    ["a statement released by players' union Futpro included quotes", null],
  ])("the author of “%s” is the group %s", (text, group) => {
    expect(documentAuthorIn(text)?.group).toBe(group);
  });

  test("a text without a document has no author", () => {
    expect(documentAuthorIn("The players were signed by the club in May")).toBeNull();
  });

  test.each([
    ["It read: ", true],
    [" it added.", true],
    [" the statement said.", true],
    ["Smith said: ", false],
    ["It was a kiss, she said: ", false],
  ])("“%s” speaks of a document: %s", (text, refers) => {
    expect(refersToDocument(text)).toBe(refers);
  });
});
