/**
 * Where a page's labels stand in its text. Labels give text, not offsets, and the same words can
 * occur more than once ("not an option" in the lede and again inside the full quote), so each span
 * label is given its own occurrence: longest labels first, each taking the first occurrence no
 * longer label took, so a fragment is not credited with the full quote that contains it; among
 * those, one inside quotation marks and outside any paraphrase label ("announced that India is on
 * the moon after…" before the quoted "India is on the moon").
 */
import type { PageFixture, SpanLabel } from "./fixtures.js";

export interface Region {
  readonly start: number;
  readonly end: number;
}

export interface PlacedSpan {
  readonly label: SpanLabel;
  readonly region: Region;
}

export interface PlacedLabels {
  readonly spans: readonly PlacedSpan[];
  /**
   * Every occurrence of a span label's text, by statement: a page that prints a quote twice and
   * labels it once has not been highlighted falsely the second time.
   */
  readonly statementText: ReadonlyArray<Region & { readonly statement: string }>;
  /** Every occurrence of a paraphrase's text, with its statement. */
  readonly paraphrases: ReadonlyArray<Region & { readonly statement: string }>;
  /** Every occurrence of a look-alike's text. */
  readonly lookalikes: readonly Region[];
}

export function occurrences(text: string, needle: string): Region[] {
  const found: Region[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
    found.push({ start: at, end: at + needle.length });
  return found;
}

export function overlaps(a: Region, b: Region): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Whether `at` stands inside double quotation marks in its paragraph: an odd number of marks
 * before it. Counted here rather than with the core's quote scanner, so that the measure does not
 * lean on the thing it measures.
 */
export function insideQuotes(text: string, at: number): boolean {
  const paragraph = text.lastIndexOf("\n", at - 1) + 1;
  const marks = text.slice(paragraph, at).match(/["\u201c\u201d\u201e\u00ab\u00bb]/g);
  return (marks?.length ?? 0) % 2 === 1;
}

/** Places every label of the page (labels are checked to be substrings when the fixture is read). */
export function placeLabels(page: PageFixture): PlacedLabels {
  const paraphrases = page.paraphrases.flatMap((p) =>
    occurrences(page.text, p.text).map((r) => ({ ...r, statement: p.statement })),
  );
  const order = page.spans
    .map((_, i) => i)
    .sort((a, b) => page.spans[b]!.text.length - page.spans[a]!.text.length || a - b);
  const taken: Region[] = [];
  const placed = new Array<PlacedSpan>(page.spans.length);
  for (const i of order) {
    const label = page.spans[i]!;
    const free = occurrences(page.text, label.text).filter((r) => !taken.some((t) => overlaps(t, r)));
    const quoted = label.kind !== "unquoted";
    const region =
      free.find(
        (r) => insideQuotes(page.text, r.start) === quoted && !paraphrases.some((p) => overlaps(p, r)),
      ) ??
      free[0] ??
      occurrences(page.text, label.text)[0]!;
    taken.push(region);
    placed[i] = { label, region };
  }
  return {
    spans: placed,
    statementText: page.spans.flatMap((l) =>
      occurrences(page.text, l.text).map((r) => ({ ...r, statement: l.statement })),
    ),
    paraphrases,
    lookalikes: page.lookalikes.flatMap((l) => occurrences(page.text, l.text)),
  };
}
