import { describe, expect, test } from "vitest";
import { byCodeUnits } from "../../../src/core/common/compare.js";

describe("byCodeUnits", () => {
  test("orders by code units, equal strings tie", () => {
    expect(["b", "a", "B", "ab"].sort(byCodeUnits)).toEqual(["B", "a", "ab", "b"]);
    expect(byCodeUnits("x", "x")).toBe(0);
  });
});
