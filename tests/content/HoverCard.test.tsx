// @vitest-environment jsdom
/**
 * The hover card as a component, in its closed shadow root (reached through the attachShadow call it
 * makes): for a reworded passage, the sentence that it is reworded and where its words differ from the
 * canonical outlet's, capped, as text; for other kinds, no such list.
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import type { PageReport } from "../../src/core/report/page-report.js";
import { REWORDED_DIFFERENCES, rewordedReport } from "../helpers/reworded.js";

vi.mock("../../src/shared/browser.js", async () => ({
  browser: (await import("../helpers/fake-browser.js")).createFakeBrowser(),
}));
const { HoverCard } = await import("../../src/content/HoverCard.js");

let card: InstanceType<typeof HoverCard> | null = null;
afterEach(() => {
  card?.destroy();
  card = null;
  vi.restoreAllMocks();
});

/** Shows the card for the report's first match and returns its shadow root. */
function showCard(report: PageReport): ShadowRoot {
  const attach = vi.spyOn(Element.prototype, "attachShadow");
  card = new HoverCard(document, () => {});
  const root = attach.mock.results[0]!.value as ShadowRoot;
  const anchor = document.createElement("span");
  document.body.append(anchor);
  card.show(anchor, report.matches[0]!, report);
  return root;
}

const items = (root: ShadowRoot, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((li) => li.textContent!);

describe("HoverCard, reworded", () => {
  test("says the outlet reworded the quote, then lists three differences and “and 2 more”", () => {
    const root = showCard(rewordedReport());
    expect(root.querySelector(".vb-kind-line")!.textContent).toBe(
      "Reworded or translated by this outlet — not the speaker's exact words",
    );
    expect(root.querySelector(".vb-wording-list")!.getAttribute("aria-label")).toBe(
      "Where this page's words differ from the version The Moscow Times printed",
    );
    expect(items(root, ".vb-wording > .vb-wording-list > li")).toEqual([
      "“urged” where The Moscow Times printed “requested”",
      "leaves out “to”",
      "“to spare their lives” where The Moscow Times printed “that their lives be spared”",
    ]);
    expect(root.querySelector(".vb-wording-more > summary")!.textContent).toBe("and 2 more");
    expect(items(root, ".vb-wording-more li")).toHaveLength(REWORDED_DIFFERENCES.length - 3);
    // The other outlets' versions still follow.
    expect(root.querySelectorAll(".vb-version").length).toBe(2);
  });

  test("page text in a difference stays text", () => {
    const root = showCard(rewordedReport([{ page: "<script>x()</script>", corpus: "" }]));
    expect(root.querySelector(".vb-wording script")).toBeNull();
    expect(items(root, ".vb-wording-list > li")).toEqual(["adds “<script>x()</script>”"]);
  });

  test("a match of another kind has no list of differences", () => {
    const report = rewordedReport();
    const exact = { ...report, matches: [{ ...report.matches[0]!, kind: "exact" as const }] };
    const root = showCard(exact);
    expect(root.querySelector(".vb-kind-line")!.textContent).toBe("The same words as an outlet printed them");
    expect(root.querySelector(".vb-wording")).toBeNull();
  });
});
