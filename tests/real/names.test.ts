import { expect, test } from "vitest";
import { nameWords, sameSpeaker } from "../../scripts/real-coverage/names.js";

test.each([
  ["Xi", "Xi Jinping", true],
  ["President Xi", "Xi Jinping", true],
  ["PM Modi", "Narendra Modi", true],
  ["Ilya Sutskever (@ilyasut)", "Ilya Sutskever", true],
  ["Díaz", "Yolanda Díaz", true],
  ["Luis Rubiales", "Yolanda Díaz", false],
  ["the Prime Minister", "Narendra Modi", false],
  ["S. Somanath", "prime minister", false],
])("%s and %s are the same speaker: %s", (a, b, same) => {
  expect(sameSpeaker(a, b)).toBe(same);
  expect(sameSpeaker(b, a)).toBe(same);
});

test("a note in parentheses and function words are not name words", () => {
  expect([...nameWords("OpenAI employees (letter to the board)")]).toEqual(["openai", "employees"]);
});
