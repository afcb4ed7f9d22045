import { describe, expect, test } from "vitest";
import { splitRange } from "../../../src/core/common/split-range.js";

describe("splitRange", () => {
  test("cuts after each break, the last run up to the end", () => {
    expect(splitRange(2, 7, (i) => i === 3 || i === 5)).toEqual([
      [2, 3],
      [4, 5],
      [6, 7],
    ]);
    expect(splitRange(0, 0, () => true)).toEqual([[0, 0]]);
    expect(splitRange(0, 2, () => false)).toEqual([[0, 2]]);
  });
  test("an empty range has no runs", () => {
    expect(splitRange(0, -1, () => true)).toEqual([]);
  });
});
