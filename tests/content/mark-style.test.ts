// @vitest-environment jsdom
/** A highlight's look by kind: the underline's pattern tells the kind, never colour alone. */
import { describe, expect, test } from "vitest";
import { styleMark } from "../../src/content/mark-style.js";
import type { MatchKind } from "../../src/core/match/match-page.js";

function styled(kind: MatchKind): CSSStyleDeclaration {
  const mark = document.createElement("verbatim-mark");
  styleMark(mark, kind, "underline", true);
  return mark.style;
}

describe("styleMark", () => {
  test.each([
    ["exact", "solid", "2px"],
    ["variant", "dashed", "2px"],
    ["partial", "dotted", "2px"],
    // Two lines and their gap: at 2 px Chromium paints a double border as one solid line.
    ["reworded", "double", "3px"],
  ] as const)("%s: a %s underline, %s wide, !important", (kind, pattern, width) => {
    const style = styled(kind);
    expect(style.getPropertyValue("border-bottom-style")).toBe(pattern);
    expect(style.getPropertyValue("border-bottom-width")).toBe(width);
    expect(style.getPropertyPriority("border-bottom")).toBe("important");
  });

  test("the background style and hidden highlights draw no underline", () => {
    const mark = document.createElement("verbatim-mark");
    styleMark(mark, "reworded", "background", true);
    expect(mark.style.getPropertyValue("border-bottom")).toBe("0px");
    styleMark(mark, "reworded", "underline", false);
    expect(mark.style.getPropertyValue("background")).toBe("transparent");
    expect(mark.style.getPropertyValue("border-bottom")).toBe("0px");
  });
});
