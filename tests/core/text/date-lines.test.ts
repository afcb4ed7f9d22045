import { expect, test } from "vitest";
import { findDateLine, parseDateLine } from "../../../src/core/text/date-lines.js";

test.each([
  ["March 14, 2025", "2025-03-14"],
  ["Friday, March 14, 2025", "2025-03-14"],
  ["14 March 2025 16:52", "2025-03-14"],
  ["MARCH 14, 2025 16:52", "2025-03-14"],
  ["2025-03-14", "2025-03-14"],
  ["Sat 15 Mar 2025", "2025-03-15"],
  ["in March 14, 2025 Trump said", null],
  ["February 30, 2025", null],
])("parseDateLine(%j)", (line, date) => {
  expect(parseDateLine(line)).toBe(date);
});

test("findDateLine reads the first date line near the top, not one further down", () => {
  expect(findDateLine("Title\n\nMarch 14, 2025\n\nBody text.")).toBe("2025-03-14");
  expect(findDateLine("Title\n\nBody text mentioning March 14, 2025 in a sentence.")).toBeNull();
  expect(findDateLine("a\n\nb\n\nMarch 14, 2025", 2)).toBeNull();
});
