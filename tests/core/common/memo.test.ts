import { describe, expect, test } from "vitest";
import { memoOn, memoOnPair } from "../../../src/core/common/memo.js";

describe("memoOn and memoOnPair", () => {
  test("compute once per object, and per object and key", () => {
    let calls = 0;
    const length = memoOn((words: string[]) => (calls++, words.length));
    const words = ["a", "b"];
    expect([length(words), length(words), length(["c"])]).toEqual([2, 2, 1]);
    expect(calls).toBe(2);
    let pairCalls = 0;
    const at = memoOnPair((words: string[], i: number) => (pairCalls++, words[i]));
    expect([at(words, 0), at(words, 0), at(words, 1)]).toEqual(["a", "a", "b"]);
    expect(pairCalls).toBe(2);
  });
  test("a computed undefined is kept, not computed again", () => {
    let calls = 0;
    const none = memoOn((_: object) => (calls++, undefined));
    const key = {};
    none(key);
    none(key);
    expect(calls).toBe(1);
  });
});
