import { describe, expect, test } from "vitest";
import { stemWord, stemWords } from "../../../src/core/text/stem.js";

describe("stemWord", () => {
  test.each([
    ["urged", "urging"],
    ["requested", "requests"],
    ["spared", "spare"],
    ["elections", "election"],
    ["resigned", "resign"],
  ])("%s and %s share a stem", (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b));
  });
  test.each([
    ["urged", "requested"],
    ["lander", "land"],
    ["news", "new"],
  ])("%s and %s do not", (a, b) => {
    expect(stemWord(a)).not.toBe(stemWord(b));
  });
  test("numbers stay as they are", () => {
    expect(stemWords(["3.5", "1000", "2023s"])).toEqual(["3.5", "1000", "2023s"]);
  });
});
