import { describe, expect, test } from "vitest";
import {
  compareWordings,
  summariseDifferences,
  type Rendering,
} from "../../../src/core/text/compare-wordings.js";

/** A rendering of quoted text; "|" separates the segments of a quote split by its attribution. */
function rendering(text: string): Rendering {
  const parts = text.split("|");
  const source = parts.join(" ## ");
  let at = 0;
  const segments = parts.map((p) => {
    const start = source.indexOf(p, at);
    at = start + p.length;
    return { start, end: start + p.length };
  });
  return { source, segments };
}

const REFERENCE =
  "I have strongly requested to President Putin that their lives be spared. This would be a horrible massacre, one not seen since World War II. God bless them all";

describe("compareWordings", () => {
  test("tells a bracketed insertion, a split and a clipped end apart", () => {
    const ops = compareWordings(
      rendering(
        "I have strongly requested to President Putin that their [Ukrainian soldiers in Russia's Kursk region] lives be spared,|This would be a horrible massacre, one not seen since World War II.",
      ),
      rendering(REFERENCE),
    );
    expect(ops).toEqual([
      { op: "same", text: "I have strongly requested to President Putin that their" },
      { op: "bracketed", text: "[Ukrainian soldiers in Russia's Kursk region]" },
      { op: "same", text: "lives be spared," },
      { op: "split", text: "" },
      { op: "same", text: "This would be a horrible massacre, one not seen since World War II." },
      { op: "clipped", text: "God bless them all" },
    ]);
    expect(summariseDifferences(ops)).toEqual(["bracketed insertion", "split in two", "clipped end"]);
  });

  test("words missing at an ellipsis are elided, elsewhere omitted", () => {
    const elided = compareWordings(
      rendering("I have strongly requested … that their lives be spared."),
      rendering(REFERENCE.slice(0, 71)),
    );
    expect(elided).toContainEqual({ op: "elided", text: "to President Putin" });
    // The other way round: the shown rendering has the words the reference elided.
    const fuller = compareWordings(
      rendering(REFERENCE.slice(0, 71)),
      rendering("I have strongly requested … that their lives be spared."),
    );
    expect(fuller).toContainEqual({ op: "elided", text: "to President Putin" });
    const omitted = compareWordings(
      rendering("I have requested to President Putin that their lives be spared."),
      rendering(REFERENCE.slice(0, 71)),
    );
    expect(omitted).toContainEqual({ op: "omitted", text: "strongly" });
  });

  test("a changed word is an omission next to an insertion; a fragment shows what the other quotes beyond it", () => {
    const changed = compareWordings(
      rendering("This would be a terrible massacre"),
      rendering("This would be a horrible massacre"),
    );
    expect(changed.map((o) => o.op)).toEqual(["same", "omitted", "inserted", "same"]);
    const beyond = compareWordings(
      rendering("there is a very good chance that this war can end"),
      rendering("very good chance"),
    );
    expect(beyond).toEqual([
      { op: "beyond", text: "there is a" },
      { op: "same", text: "very good chance" },
      { op: "beyond", text: "that this war can end" },
    ]);
  });

  test("identical wording, typography aside, has no differences", () => {
    const ops = compareWordings(rendering("We don’t want – a war."), rendering("We don't want - a war."));
    expect(summariseDifferences(ops)).toEqual([]);
  });
});
