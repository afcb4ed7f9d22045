/**
 * The highlights in the live page: mark.js `markRanges` per context (a quote's own block), with
 * Verbatim's own element (<verbatim-mark>) so page CSS cannot hide it and removal is exact. Marks
 * of one occurrence (a quote split by "he wrote" gives two) share a number; the first of each is focusable, which is
 * how keyboard users and screen readers reach the hover card.
 */
import Mark from "mark.js";
import type { MatchKind } from "../core/match/match-page.js";
import type { MarkRange } from "../page/mark-ranges.js";
import type { HighlightStyle } from "../shared/settings.js";
import { t } from "../ui/i18n.js";
import { styleFocus, styleMark } from "./mark-style.js";

export const MARK_ELEMENT = "verbatim-mark";

export interface HighlightData {
  /** Index of the match in the page report. */
  readonly match: number;
  readonly occurrence: number;
  readonly kind: MatchKind;
}

/** One context's marks: what was marked (to tell whether a new scan changes it) and its elements. */
interface MarkedContext {
  readonly signature: string;
  /** The mark elements of each range, in the order of the ranges. */
  readonly marks: HTMLElement[][];
}

/** Which characters a context's ranges cover and how: equal signatures need no re-marking. */
function signatureOf(ranges: ReadonlyArray<MarkRange<HighlightData>>): string {
  return ranges.map((r) => `${r.start}+${r.length}:${r.data.kind}`).join(",");
}

export class Highlighter {
  private readonly marker: Mark;
  private occurrences: HTMLElement[][] = [];
  private readonly contexts = new Map<Element, MarkedContext>();
  private current = -1;
  private visible = true;
  private style: HighlightStyle = "underline";

  constructor(private readonly context: HTMLElement) {
    this.marker = new Mark(context);
  }

  /** Replaces all highlights with these ranges (from {@link toMarkRanges}); returns the mark count. */
  apply(ranges: ReadonlyArray<MarkRange<HighlightData>>): number {
    this.clear();
    const marks = this.mark(this.context, ranges);
    this.contexts.set(this.context, { signature: signatureOf(ranges), marks });
    this.finish();
    return marks.flat().length;
  }

  /** Replaces all highlights, context by context, in slices (see {@link update}). */
  async applyInSlices(
    groups: ReadonlyArray<{ context: Element; ranges: ReadonlyArray<MarkRange<HighlightData>> }>,
    signal: AbortSignal,
    budgetMs = 8,
  ): Promise<number> {
    this.clear();
    await this.update(groups, signal, { budgetMs });
    return this.marks().length;
  }

  /**
   * Makes the highlights these, context by context (each quote's own block, see rangesByContext),
   * touching only contexts whose highlights change: a context marked the same way keeps its marks
   * (renumbered for the new report), so an open hover card stays and a live blog that ticks costs
   * nothing. Yields to the page whenever a slice has used its time budget, calling `afterSlice`
   * first (the content script drops the mutation records of its own marking there). Returns the
   * contexts marked or unmarked: their text nodes were split or joined.
   */
  async update(
    groups: ReadonlyArray<{ context: Element; ranges: ReadonlyArray<MarkRange<HighlightData>> }>,
    signal: AbortSignal,
    { budgetMs = 8, afterSlice = () => undefined }: { budgetMs?: number; afterSlice?: () => void } = {},
  ): Promise<Element[]> {
    const wanted = new Set(groups.map((g) => g.context));
    const touched: Element[] = [];
    for (const context of [...this.contexts.keys()]) {
      if (wanted.has(context)) continue;
      this.unmark(context);
      touched.push(context);
    }
    let sliceStarted = performance.now();
    for (const group of groups) {
      if (signal.aborted) break;
      if (this.keep(group.context, group.ranges)) continue;
      if (this.contexts.has(group.context)) this.unmark(group.context);
      const marks = this.mark(group.context, group.ranges);
      this.contexts.set(group.context, { signature: signatureOf(group.ranges), marks });
      touched.push(group.context);
      if (performance.now() - sliceStarted > budgetMs) {
        afterSlice();
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStarted = performance.now();
      }
    }
    afterSlice();
    this.finish();
    return touched;
  }

  /** Keeps a context's marks when they cover the same characters, relabelled with the new data. */
  private keep(context: Element, ranges: ReadonlyArray<MarkRange<HighlightData>>): boolean {
    const old = this.contexts.get(context);
    if (!old || old.signature !== signatureOf(ranges)) return false;
    if (!old.marks.every((list) => list.every((m) => context.contains(m)))) return false;
    old.marks.forEach((list, i) => {
      for (const mark of list) this.label(mark, ranges[i]!.data);
    });
    return true;
  }

  private label(mark: HTMLElement, data: HighlightData): void {
    mark.dataset.vbMatch = String(data.match);
    mark.dataset.vbOccurrence = String(data.occurrence);
    mark.dataset.vbKind = data.kind;
  }

  private unmark(context: Element): void {
    new Mark(context as HTMLElement).unmark({
      element: MARK_ELEMENT,
      className: "verbatim-hl",
    } as Mark.MarkOptions);
    this.contexts.delete(context);
  }

  private mark(context: Element, ranges: ReadonlyArray<MarkRange<HighlightData>>): HTMLElement[][] {
    const marks: HTMLElement[][] = ranges.map(() => []);
    new Mark(context as HTMLElement).markRanges(
      ranges.map((r, index) => ({ start: r.start, length: r.length, index })),
      {
        element: MARK_ELEMENT,
        className: "verbatim-hl",
        each: (element: Element, range: unknown) => {
          const mark = element as HTMLElement;
          const index = (range as { index: number }).index;
          this.label(mark, ranges[index]!.data);
          styleMark(mark, ranges[index]!.data.kind, this.style, this.visible);
          marks[index]!.push(mark);
        },
      } as Mark.MarkRangesOptions,
    );
    return marks;
  }

  /**
   * Orders occurrences as the report does (by position in the text, which is the page's order) and
   * makes the first mark of each reachable by keyboard. Not compareDocumentPosition: between blocks
   * of a 20,000-paragraph feed each call walks the siblings.
   */
  private finish(): void {
    const byOccurrence = new Map<string, HTMLElement[]>();
    for (const { marks } of this.contexts.values()) {
      for (const mark of marks.flat()) {
        const key = mark.dataset.vbOccurrence!;
        byOccurrence.set(key, [...(byOccurrence.get(key) ?? []), mark]);
      }
    }
    const matchOf = (mark: HTMLElement): number => Number(mark.dataset.vbMatch);
    this.occurrences = [...byOccurrence.values()].map((group) =>
      group.sort((a, b) => matchOf(a) - matchOf(b)),
    );
    this.occurrences.sort((a, b) => matchOf(a[0]!) - matchOf(b[0]!));
    for (const group of this.occurrences) {
      // Attributes are set only where they change: each change restyles the mark's paragraph.
      group.forEach((mark, i) => {
        if (i > 0) {
          for (const name of ["tabindex", "role", "aria-label"])
            if (mark.hasAttribute(name)) mark.removeAttribute(name);
          return;
        }
        if (mark.getAttribute("tabindex") !== "0") mark.tabIndex = 0;
        if (mark.getAttribute("role") !== "mark") mark.setAttribute("role", "mark");
        if (mark.getAttribute("aria-label") !== t("markLabel"))
          mark.setAttribute("aria-label", t("markLabel"));
      });
    }
  }

  clear(): void {
    this.marker.unmark({ element: MARK_ELEMENT, className: "verbatim-hl" } as Mark.MarkOptions);
    this.contexts.clear();
    this.occurrences = [];
    this.current = -1;
  }

  get count(): number {
    return this.occurrences.length;
  }

  marks(): HTMLElement[] {
    return this.occurrences.flat();
  }

  setAppearance(style: HighlightStyle, visible: boolean): void {
    this.style = style;
    this.visible = visible;
    for (const mark of this.marks()) styleMark(mark, mark.dataset.vbKind as MatchKind, style, visible);
  }

  /** Moves to the next (1) or previous (-1) occurrence, scrolls it into view and focuses it. */
  step(direction: 1 | -1): number {
    if (this.occurrences.length === 0) return -1;
    this.current = (this.current + direction + this.occurrences.length) % this.occurrences.length;
    this.focus(this.occurrences[this.current]!);
    return this.current;
  }

  /** Scrolls to an occurrence by its number (from the popup). */
  reveal(occurrence: number): boolean {
    const index = this.occurrences.findIndex((g) => g[0]!.dataset.vbOccurrence === String(occurrence));
    if (index < 0) return false;
    this.current = index;
    this.focus(this.occurrences[index]!);
    return true;
  }

  private focus(group: HTMLElement[]): void {
    const first = group[0]!;
    first.scrollIntoView({ block: "center", behavior: "smooth" });
    first.focus({ preventScroll: true });
    for (const mark of group) styleFocus(mark, true);
    window.setTimeout(() => group.forEach((mark) => styleFocus(mark, false)), 1500);
  }
}
