import { describe, expect, test } from "vitest";
import { foldTypography, tokenize } from "../../../src/core/text/tokenize.js";

describe("tokenize", () => {
  test("keeps exact source offsets for every word", () => {
    const text = "“We had very good,” Trump wrote.";
    const t = tokenize(text);
    expect(t.words).toEqual(["we", "had", "very", "good", "trump", "wrote"]);
    t.words.forEach((w, i) => expect(text.slice(t.starts[i], t.ends[i]).toLowerCase()).toBe(w));
  });

  test.each([
    ["Russia’s", ["russia"]],
    ["Witkoff's meeting", ["witkoff", "meeting"]],
    ["it’s", ["it"]],
    ["don't", ["dont"]],
    ["U.S.-brokered", ["us", "brokered"]],
    ["the U.S. tightened", ["the", "us", "tightened"]],
    ["Zelenskyy's Kyïv café", ["zelenskyy", "kyiv", "cafe"]],
    ["hap\u00adpen", ["happen"]],
    ["zero\u200bwidth", ["zerowidth"]],
    ["non\u00a0breaking", ["non", "breaking"]],
    ["100%, 3.5 and 1,000", ["100", "3.5", "and", "1000"]],
    ["troops’ lives", ["troops", "lives"]],
    ["again…and", ["again", "and"]],
    ["late-night", ["late", "night"]],
    ["ﬁnal", ["final"]],
  ])("%s", (text, words) => {
    expect(tokenize(text).words).toEqual(words);
  });

  test("folds typography but not wording", () => {
    expect(foldTypography("“don’t” – now…")).toBe(foldTypography('"don\'t" - now...'));
    expect(foldTypography("a\u00a0b\u00adc")).toBe("a bc");
    expect(foldTypography("no war")).not.toBe(foldTypography("NO WAR"));
  });
});
