/**
 * The highlights in the live page: one mark.js `markRanges` call per quote's block (each block its
 * own context, in time-budgeted slices: see applyInSlices), with Verbatim's own element
 * (<verbatim-mark>) so page CSS cannot hide it and removal is exact. Marks of one occurrence
 * (a quote split by "he wrote" gives two) share a number; the first of each is focusable, which is
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

export class Highlighter {
  private readonly marker: Mark;
  private occurrences: HTMLElement[][] = [];
  private current = -1;
  private visible = true;
  private style: HighlightStyle = "underline";

  constructor(private readonly context: HTMLElement) {
    this.marker = new Mark(context);
  }

  /** Replaces all highlights with these ranges (from {@link toMarkRanges}); returns the mark count. */
  apply(ranges: ReadonlyArray<MarkRange<HighlightData>>): number {
    this.clear();
    const count = this.add(ranges);
    this.finish();
    return count;
  }

  /**
   * Replaces all highlights, context by context (each quote's own block, see rangesByContext),
   * yielding to the page whenever a slice has used its time budget, so no task runs long on a
   * 20,000-word live blog.
   */
  async applyInSlices(
    groups: ReadonlyArray<{ context: Element; ranges: ReadonlyArray<MarkRange<HighlightData>> }>,
    signal: AbortSignal,
    budgetMs = 8,
  ): Promise<number> {
    this.clear();
    let count = 0;
    let sliceStarted = performance.now();
    for (const group of groups) {
      if (signal.aborted) break;
      count += this.add(group.ranges, new Mark(group.context as HTMLElement));
      if (performance.now() - sliceStarted > budgetMs) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStarted = performance.now();
      }
    }
    this.finish();
    return count;
  }

  private readonly pending = new Map<number, HTMLElement[]>();

  private add(ranges: ReadonlyArray<MarkRange<HighlightData>>, marker = this.marker): number {
    let added = 0;
    marker.markRanges(
      ranges.map((r) => ({ start: r.start, length: r.length, data: r.data })),
      {
        element: MARK_ELEMENT,
        className: "verbatim-hl",
        each: (element: Element, range: unknown) => {
          const mark = element as HTMLElement;
          const data = (range as { data: HighlightData }).data;
          mark.dataset.vbMatch = String(data.match);
          mark.dataset.vbOccurrence = String(data.occurrence);
          mark.dataset.vbKind = data.kind;
          styleMark(mark, data.kind, this.style, this.visible);
          added++;
          const list = this.pending.get(data.occurrence) ?? [];
          list.push(mark);
          this.pending.set(data.occurrence, list);
        },
      } as Mark.MarkRangesOptions,
    );
    return added;
  }

  /** Orders occurrences by position and makes the first mark of each reachable by keyboard. */
  private finish(): void {
    this.occurrences = [...this.pending.values()].sort((a, b) =>
      a[0]!.compareDocumentPosition(b[0]!) & 4 ? -1 : 1,
    );
    this.pending.clear();
    for (const group of this.occurrences) {
      const first = group[0]!;
      first.tabIndex = 0;
      first.setAttribute("role", "mark");
      first.setAttribute("aria-label", t("markLabel"));
    }
  }

  clear(): void {
    this.marker.unmark({ element: MARK_ELEMENT, className: "verbatim-hl" } as Mark.MarkOptions);
    this.pending.clear();
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
