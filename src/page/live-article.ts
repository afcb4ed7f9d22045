/**
 * An extracted article kept current as the page changes, at the cost of what changed: mutations
 * outside the article are ignored; inside it, only the blocks they touched are read again, and the
 * result is the one edit to the article's text (or nothing, when the text did not change) that the
 * background needs. A 20,000-paragraph live blog whose clock ticks, or that publishes one post, costs
 * a few blocks, not the page.
 *
 * The text is always what a whole new extraction of the same root would give, so offsets stay exact;
 * where a change cannot be placed that way (the root replaced, nodes moved, a block inserted inside
 * another block's run of text), `update` says so and the caller extracts again.
 */
import {
  extractArticleParts,
  type ReadabilityClass,
  isBlock,
  paragraphsOf,
  type ArticleParts,
  type Paragraph,
  type TextSegment,
} from "./extract-article.js";

/** One edit to the article's text: characters [from, to) of the old text become `insert`. */
export interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** One edit and the text it replaces (to judge whether it could change a match). */
export interface TextChange {
  readonly edit: TextEdit;
  readonly removed: string;
}

/**
 * What {@link LiveArticle.update} found: no change to the text, edits to apply in order, or a
 * change it cannot place (the caller extracts the article again).
 */
export type ArticleChange =
  | { readonly kind: "same" }
  | { readonly kind: "edit"; readonly changes: readonly TextChange[] }
  | { readonly kind: "reextract" };

const SEPARATOR = "\n\n";
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

/** The smallest edit turning `before` into `after`: their common prefix and suffix are kept. */
export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { from: prefix, to: before.length - suffix, insert: after.slice(prefix, after.length - suffix) };
}

/** Where `node` lies relative to `element`: -1 before it, 0 inside it, 1 after it. */
function side(element: Element, node: Node): -1 | 0 | 1 {
  if (element === node) return 0;
  const position = element.compareDocumentPosition(node);
  if (position & CONTAINED_BY) return 0;
  return position & FOLLOWING ? 1 : -1;
}

export class LiveArticle {
  /** The headline's paragraphs, then the body's: the article's text is these joined by blank lines. */
  private headline: Paragraph[];
  private body: Paragraph[];
  private headlineNodes: ReadonlySet<Text>;
  /** How many body paragraphs each block owns: a block with text of its own joins around a removal. */
  private readonly paragraphsOfBlock = new Map<Element, number>();
  private joined: string | null = null;
  /** Blocks whose text may have changed since the last update. */
  private readonly dirty = new Set<Element>();
  private removals = false;
  private needsReextract = false;

  private constructor(
    private readonly parts: ArticleParts,
    private readonly root: Element,
  ) {
    this.headline = parts.headline;
    this.body = parts.body;
    this.headlineNodes = nodesOf(this.headline);
    this.count(this.body, 1);
  }

  /** The page's article, or null when it has none. */
  static extract(doc: Document, readability: ReadabilityClass | null = null): LiveArticle | null {
    const parts = extractArticleParts(doc, readability);
    if (!parts) return null;
    const article = new LiveArticle(parts, parts.root);
    return article.text.trim() ? article : null;
  }

  /** The paragraphs joined by blank lines (built on demand: a live blog's is megabytes). */
  get text(): string {
    this.joined ??= [...this.headline, ...this.body].map((p) => p.text).join(SEPARATOR);
    return this.joined;
  }

  get title(): string {
    return this.parts.title;
  }

  get url(): string | null {
    return this.parts.url;
  }

  get date(): string | null {
    return this.parts.date;
  }

  /** The text nodes of the paragraphs that `spans` of the text touch, at their offsets in the text. */
  segmentsFor(spans: ReadonlyArray<{ start: number; end: number }>): TextSegment[] {
    const all = [...this.headline, ...this.body];
    const starts = paragraphStarts(all);
    const wanted = new Set<number>();
    for (const span of spans) {
      for (
        let i = Math.max(0, upperBound(starts, span.start) - 1);
        i < all.length && starts[i]! < span.end;
        i++
      )
        wanted.add(i);
    }
    return [...wanted]
      .sort((x, y) => x - y)
      .flatMap((i) => all[i]!.segments.map((s) => ({ node: s.node, start: starts[i]! + s.start })));
  }

  private count(paragraphs: readonly Paragraph[], by: 1 | -1): void {
    for (const { block } of paragraphs) {
      const n = (this.paragraphsOfBlock.get(block) ?? 0) + by;
      if (n > 0) this.paragraphsOfBlock.set(block, n);
      else this.paragraphsOfBlock.delete(block);
    }
  }

  /**
   * Takes note of the page's mutations (cheap: no text is read until {@link update}). A change to
   * text inside a block dirties that block; blocks added to a container dirty only themselves, not
   * the container and its 20,000 other children; blocks removed take their paragraphs with them.
   */
  note(records: readonly MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (!this.root.isConnected) this.needsReextract = true;
      // Outside the article (a site clock, an ad), or among the root's ancestors' other children.
      if (this.needsReextract || !this.root.contains(target)) continue;
      if (record.type === "childList") this.noteChildList(record);
      else this.dirty.add(this.blockAround(target));
    }
  }

  private noteChildList(record: MutationRecord): void {
    const around = this.blockAround(record.target);
    const ownsText = this.paragraphsOfBlock.has(around);
    for (const node of record.removedNodes) {
      if (node.isConnected) this.needsReextract = true; // moved, not removed: its old place is unknown
      this.removals = true;
      if (!node.textContent?.trim()) continue;
      if (!(isElement(node) && isBlock(node)) || ownsText) this.dirty.add(around);
    }
    for (const node of record.addedNodes) {
      if (!node.textContent?.trim()) continue;
      this.dirty.add(isElement(node) && isBlock(node) && !ownsText ? node : around);
    }
  }

  private blockAround(node: Node): Element {
    for (let e = isElement(node) ? node : node.parentElement; e; e = e.parentElement) {
      if (e === this.root || isBlock(e)) return e;
    }
    return this.root;
  }

  /**
   * Brings the text up to date with what {@link note} saw, and with `blocks` (Verbatim's own
   * highlighting split and joined their text nodes: the text is the same, the nodes are not). Costs
   * the dirty blocks, a binary search and a sum of paragraph lengths, not the page's text.
   */
  update(blocks: Iterable<Element> = []): ArticleChange {
    if (this.needsReextract || !this.root.isConnected) return this.reset();
    const changes: TextChange[] = [];
    for (const block of blocks) {
      if (this.headline.some((p) => p.block === block || p.block.contains(block) || block.contains(p.block)))
        this.rereadHeadline(changes);
      if (this.root.contains(block)) this.dirty.add(block);
    }
    if (this.removals) this.dropRemoved(changes);
    for (const element of this.outermostDirty()) this.replaceParagraphsOf(element, changes);
    this.dirty.clear();
    this.removals = false;
    const real = changes.filter((c) => c.removed !== c.edit.insert);
    if (real.length === 0) return { kind: "same" };
    this.joined = null;
    return { kind: "edit", changes: real.map(shrink) };
  }

  private reset(): ArticleChange {
    this.dirty.clear();
    this.removals = false;
    this.needsReextract = false;
    return { kind: "reextract" };
  }

  /** Removes the paragraphs of removed blocks, one edit per run of them. */
  private dropRemoved(changes: TextChange[]): void {
    for (let i = 0; i < this.body.length;) {
      if (this.body[i]!.segments[0]!.node.isConnected) {
        i++;
        continue;
      }
      let j = i;
      while (j < this.body.length && !this.body[j]!.segments[0]!.node.isConnected) j++;
      this.splice(i, j, [], changes);
    }
  }

  private rereadHeadline(changes: TextChange[]): void {
    const element = this.headline[0]?.block;
    if (!element?.isConnected) return;
    const fresh = paragraphsOf(element, element, new Set());
    const before = this.headline.map((p) => p.text).join(SEPARATOR);
    const after = fresh.map((p) => p.text).join(SEPARATOR);
    this.headline = fresh;
    this.headlineNodes = nodesOf(fresh);
    if (before !== after)
      changes.push({ edit: { from: 0, to: before.length, insert: after }, removed: before });
  }

  /** The dirty elements still in the article, none inside another. */
  private outermostDirty(): Element[] {
    const live = [...this.dirty].filter((e) => e.isConnected && this.root.contains(e));
    return live.filter((e) => !live.some((other) => other !== e && other.contains(e)));
  }

  /** Index of the first paragraph whose first node is not before `element` (or, `past`, not in it). */
  private boundary(element: Element, past: boolean): number {
    let lo = 0;
    let hi = this.body.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const where = side(element, this.body[mid]!.segments[0]!.node);
      if (where < 0 || (past && where === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Reads `element` again and puts its paragraphs in place of the old ones. When a paragraph of an
   * enclosing block runs on both sides of it (a block inserted mid-text), that block is read instead:
   * the text around it splits there.
   */
  private replaceParagraphsOf(element: Element, changes: TextChange[]): void {
    const from = this.boundary(element, false);
    const around = this.body[from - 1];
    if (around && side(element, around.segments.at(-1)!.node) > 0 && around.block.contains(element)) {
      this.replaceParagraphsOf(around.block, changes);
      return;
    }
    const to = this.boundary(element, true);
    this.splice(from, to, paragraphsOf(element, this.root, this.headlineNodes), changes);
  }

  /** Replaces body paragraphs [from, to) with `fresh`, recording the edit to the text. */
  private splice(from: number, to: number, fresh: Paragraph[], changes: TextChange[]): void {
    const old = this.body.slice(from, to);
    const before = this.headline.length + from; // index among all paragraphs
    const total = this.headline.length + this.body.length;
    let at = 0;
    for (const p of this.headline) at += p.text.length + SEPARATOR.length;
    for (let i = 0; i < from; i++) at += this.body[i]!.text.length + SEPARATOR.length;
    const removed = old.map((p) => p.text).join(SEPARATOR);
    const inserted = fresh.map((p) => p.text).join(SEPARATOR);
    changes.push(
      editOf(at, removed, inserted, { isFirst: before === 0, isLast: before + old.length === total }),
    );
    this.body.splice(from, to - from, ...fresh);
    this.count(old, -1);
    this.count(fresh, 1);
  }
}

/**
 * The edit that replaces `removed` (a run of paragraphs starting at `at`) with `inserted`, with the
 * blank line between paragraphs added or taken away when one side is empty.
 */
function editOf(
  at: number,
  removed: string,
  inserted: string,
  { isFirst, isLast }: { isFirst: boolean; isLast: boolean },
): TextChange {
  if (removed && inserted) return { edit: { from: at, to: at + removed.length, insert: inserted }, removed };
  if (!removed && !inserted) return { edit: { from: at, to: at, insert: "" }, removed };
  if (!removed) {
    // A run inserted at `at`: before the paragraph there, or after the last one.
    if (!isLast) return { edit: { from: at, to: at, insert: inserted + SEPARATOR }, removed };
    if (isFirst) return { edit: { from: 0, to: 0, insert: inserted }, removed };
    return {
      edit: { from: at - SEPARATOR.length, to: at - SEPARATOR.length, insert: SEPARATOR + inserted },
      removed,
    };
  }
  if (!isLast)
    return {
      edit: { from: at, to: at + removed.length + SEPARATOR.length, insert: "" },
      removed: removed + SEPARATOR,
    };
  if (isFirst) return { edit: { from: 0, to: removed.length, insert: "" }, removed };
  const from = at - SEPARATOR.length;
  return { edit: { from, to: at + removed.length, insert: "" }, removed: SEPARATOR + removed };
}

/** The same change with the text both sides share left out (a clock's "9" → "10", not its line). */
function shrink(change: TextChange): TextChange {
  const inner = textEdit(change.removed, change.edit.insert);
  if (!inner || change.edit.to - change.edit.from !== change.removed.length) return change;
  const from = change.edit.from + inner.from;
  return {
    edit: { from, to: change.edit.from + inner.to, insert: inner.insert },
    removed: change.removed.slice(inner.from, inner.to),
  };
}

/** Where each paragraph starts in the joined text. */
function paragraphStarts(paragraphs: readonly Paragraph[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.text.length + SEPARATOR.length;
  }
  return starts;
}

/** The number of values in sorted `values` that are ≤ `x`. */
function upperBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Not `instanceof Element`: that global is the window's, and differs between documents and worlds. */
function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function nodesOf(paragraphs: readonly Paragraph[]): ReadonlySet<Text> {
  return new Set(paragraphs.flatMap((p) => p.segments.map((s) => s.node)));
}
