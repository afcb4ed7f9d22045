/**
 * Extracts a news page's article text from its DOM without touching the live document, the same way
 * in the content script (the real page) and in the CLI (a jsdom document): Readability runs on a
 * clone and picks the article; every character of the returned text is then traced back to a text
 * node of the live document, so a match found in the text can be highlighted in the page exactly.
 *
 * Text nodes are copied character for character (line breaks and tabs become spaces of the same
 * length, so offsets stay exact); blocks are separated by a blank line, the paragraph boundary the
 * core's quote scanner understands. Captions, asides, navigation, forms and scripts are skipped, and
 * so is everything a page's editor owns (contenteditable regions, text boxes, code and rich-text
 * editors): a highlight written there would be saved by the editor as the user's own HTML.
 */
import type { Readability } from "@mozilla/readability";

/**
 * Readability's class, passed in rather than imported: the CLI imports it, while the content script
 * has it injected only on pages that need it (it is a third of the script's size, and a page that
 * declares one article body never needs it).
 */
export type ReadabilityClass = typeof Readability;

export interface TextSegment {
  /** A text node of the live document. */
  readonly node: Text;
  /** Where the node's characters start in {@link ExtractedArticle.text}. */
  readonly start: number;
}

export interface ExtractedArticle {
  readonly title: string;
  /** The article's text: headline, then body blocks, separated by blank lines. */
  readonly text: string;
  /** `text.slice(s.start, s.start + s.node.data.length)` is `s.node.data` with line breaks as spaces. */
  readonly segments: TextSegment[];
  readonly url: string | null;
  /** Publication date, YYYY-MM-DD, from the page's metadata. */
  readonly date: string | null;
}

const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "FIGURE",
  "FIGCAPTION",
  "ASIDE",
  "NAV",
  "FORM",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "IFRAME",
  "SVG",
  "CANVAS",
  "VIDEO",
  "AUDIO",
  "PICTURE",
  "FOOTER",
]);
const BLOCK = new Set([
  "P",
  "DIV",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "UL",
  "OL",
  "BLOCKQUOTE",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "PRE",
  "TABLE",
  "TR",
  "TD",
  "TH",
  "DL",
  "DT",
  "DD",
  "HR",
  "BR",
]);
/** Class or id words of page furniture that Readability sometimes keeps inside the article. */
const FURNITURE =
  /(?:^|[\s_-])(?:caption|credit|related|newsletter|subscribe|share|social|promo|advert|ad|ads|outbrain|taboola|byline|author-bio|recommended|read-more|readmore)(?:$|[\s_-])/i;
/** Class words of editors whose text is not itself contenteditable (or is, under a wrapper). */
const EDITOR =
  /(?:^|\s)(?:CodeMirror|cm-editor|monaco-editor|ace_editor|ProseMirror|ql-editor|DraftEditor-root|ck-editor|tox-tinymce|mce-content-body)(?:$|\s)/;
const TEXTBOX_ROLES = new Set(["textbox", "searchbox", "combobox"]);
const PARAGRAPH_BREAK = "\n\n";

/** Whether a page's editor owns this element: what the user types there is theirs, not Verbatim's. */
function isEditable(e: Element): boolean {
  const editable = e.getAttribute("contenteditable");
  if (editable !== null && editable.toLowerCase() !== "false") return true;
  if (TEXTBOX_ROLES.has((e.getAttribute("role") ?? "").toLowerCase())) return true;
  return EDITOR.test(e.getAttribute("class") ?? "");
}

function isSkipped(element: Element, root: Element): boolean {
  let inRoot = true;
  // Editors are looked for up to the document element, not just the root: one may wrap the article.
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (isEditable(e)) return true;
    if (!inRoot) continue;
    if (e === root) inRoot = false;
    if (SKIP.has(e.tagName.toUpperCase())) return true;
    if (e.getAttribute("aria-hidden") === "true" || e.hasAttribute("hidden")) return true;
    const label = `${e.getAttribute("class") ?? ""} ${e.getAttribute("id") ?? ""}`;
    if (label.trim() && FURNITURE.test(label)) return true;
  }
  return false;
}

/** Whether an element is a block (paragraph, list item, heading, container…), not inline text markup. */
export function isBlock(element: Element): boolean {
  return BLOCK.has(element.tagName.toUpperCase()) || element.tagName === "BODY";
}

function blockOf(node: Node, root: Element): Element {
  for (let e = node.parentElement; e; e = e.parentElement) {
    if (e === root || BLOCK.has(e.tagName.toUpperCase())) return e;
  }
  return root;
}

/** Pairs every text node of a freshly made clone with the live node it was copied from. */
function mapClone(live: Document, clone: Document): Map<Node, Text> {
  const map = new Map<Node, Text>();
  const a = live.createTreeWalker(live, 4 /* NodeFilter.SHOW_TEXT */);
  const b = clone.createTreeWalker(clone, 4);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode())
    map.set(y, x as Text);
  return map;
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function jsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? "");
    if (match) return isoDate(match[1]);
  }
  return null;
}

function pageDate(doc: Document, readabilityDate: string | null | undefined): string | null {
  const meta = (selector: string): string | null =>
    doc.querySelector(selector)?.getAttribute("content") ?? null;
  return (
    isoDate(meta('meta[property="article:published_time"]')) ??
    isoDate(meta('meta[name="article:published_time"]')) ??
    isoDate(meta('meta[itemprop="datePublished"]')) ??
    jsonLdDate(doc) ??
    isoDate(readabilityDate) ??
    isoDate(doc.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime"))
  );
}

function pageUrl(doc: Document): string | null {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute("content") ??
    (/^https?:/.test(doc.URL) ? doc.URL : null);
  return href && /^https?:\/\//.test(href) ? href : null;
}

/** One paragraph of the extracted text: consecutive text nodes of one block. */
export interface Paragraph {
  /** The block whose text this is (the root for text directly in it). */
  readonly block: Element;
  readonly text: string;
  /** Text nodes and where each starts in {@link Paragraph.text}. */
  readonly segments: TextSegment[];
}

/**
 * Gathers text nodes into paragraphs: a new one at every change of block (or after
 * breakParagraph). Parts are joined once per paragraph: checking the end of a string that grows by
 * concatenation flattens it each time, which is quadratic on a 20 MB live blog.
 */
class ParagraphBuilder {
  readonly paragraphs: Paragraph[] = [];
  private parts: string[] = [];
  private segments: TextSegment[] = [];
  private length = 0;
  private lastBlock: Element | null = null;

  constructor(private readonly seen: Set<Text>) {}

  add(live: Text, block: Element): void {
    if (this.seen.has(live) || live.data.length === 0) return;
    // White space between blocks (HTML indentation) is not text; inside a block it separates words.
    if (block !== this.lastBlock && !live.data.trim()) return;
    if (block !== this.lastBlock) this.close();
    this.lastBlock = block;
    this.seen.add(live);
    this.segments.push({ node: live, start: this.length });
    // Same length, no false paragraph breaks: line breaks and tabs from the HTML source become spaces.
    const text = live.data.replace(/[\n\r\t\f]/g, " ");
    this.parts.push(text);
    this.length += text.length;
  }

  breakParagraph(): void {
    this.close();
    this.lastBlock = null;
  }

  private close(): void {
    if (this.lastBlock === null || this.segments.length === 0) return;
    this.paragraphs.push({ block: this.lastBlock, text: this.parts.join(""), segments: this.segments });
    this.parts = [];
    this.segments = [];
    this.length = 0;
  }

  finish(): Paragraph[] {
    this.close();
    return this.paragraphs;
  }
}

/** The text of paragraphs, separated by blank lines, and every node's place in it. */
export function joinParagraphs(paragraphs: readonly Paragraph[]): { text: string; segments: TextSegment[] } {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    for (const s of paragraph.segments) segments.push({ node: s.node, start: at + s.start });
    at += paragraph.text.length + PARAGRAPH_BREAK.length;
  }
  return {
    text: paragraphs
      .map((p) => p.text)
      .join(PARAGRAPH_BREAK)
      .replace(/\s+$/, ""),
    segments,
  };
}

function collect(builder: ParagraphBuilder, root: Element, toLive: (node: Node) => Text | undefined): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || isSkipped(parent, root)) continue;
    const live = toLive(node);
    if (live) builder.add(live, blockOf(node, root));
  }
}

/**
 * The paragraphs of `element`, a live element inside (or equal to) the article's `root`, by the same
 * rules as the whole extraction; nodes in `exclude` (the headline, already extracted) are left out.
 */
export function paragraphsOf(element: Element, root: Element, exclude: ReadonlySet<Text>): Paragraph[] {
  const builder = new ParagraphBuilder(new Set(exclude));
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !isSkipped(parent, root)) builder.add(node as Text, blockOf(node, root));
  }
  return builder.finish();
}

/** The page's one declared article body (`[itemprop=articleBody]`, else a lone `<article>`), if any. */
/** Whether reading `doc` takes Readability: it declares no single article body. */
export function needsReadability(doc: Document): boolean {
  return doc.designMode !== "on" && soleDeclaredArticle(doc) === null;
}

function soleDeclaredArticle(doc: Document): Element | null {
  const bodies = doc.querySelectorAll("[itemprop=articleBody]");
  if (bodies.length === 1) return bodies[0]!;
  const articles = doc.querySelectorAll("article");
  const only = articles.length === 1 ? articles[0]! : null;
  return only && (only.textContent ?? "").trim().length > 500 ? only : null;
}

/**
 * The container the page itself declares for its article (`[itemprop=articleBody]`, `<article>`,
 * `<main>`), when it holds everything Readability picked: walking it keeps what Readability's
 * cleaning drops but a reader sees as the article (a live blog's key-events list), while the skip
 * rules still leave out captions, asides and page furniture.
 */
function declaredContainer(
  doc: Document,
  content: Element | undefined,
  toLive: Map<Node, Text>,
): Element | null {
  const picked: Text[] = [];
  if (content && content.nodeType === 1) {
    const walker = content.ownerDocument.createTreeWalker(content, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const live = toLive.get(n);
      if (live && live.data.trim()) picked.push(live);
    }
  }
  const candidates = Array.from(doc.querySelectorAll("[itemprop=articleBody], article, main, [role=main]"));
  // The innermost declared container that holds all of Readability's text (or, without it, the first).
  const holding = candidates.filter((c) => picked.length === 0 || picked.every((t) => c.contains(t)));
  holding.sort((a, b) => (a.contains(b) ? 1 : b.contains(a) ? -1 : 0));
  return picked.length === 0 ? (candidates[0] ?? null) : (holding[0] ?? null);
}

/** The innermost element holding both nodes. */
function commonAncestor(a: Node, b: Node): Element {
  let e = a.parentElement!;
  while (!e.contains(b)) e = e.parentElement!;
  return e;
}

/** An extracted article in parts: what {@link extractArticle} returns, and what keeps it current. */
export interface ArticleParts {
  readonly title: string;
  readonly url: string | null;
  readonly date: string | null;
  readonly headline: Paragraph[];
  readonly body: Paragraph[];
  /**
   * The live element the body was read from: the declared container, or, when the body came from
   * Readability's clone, the live element holding all of it. Changes outside it are not the article's.
   */
  readonly root: Element;
}

/** The article of a page in parts, or null when the page has no text. */
export function extractArticleParts(
  doc: Document,
  readability: ReadabilityClass | null = null,
): ArticleParts | null {
  if (doc.designMode === "on") return null; // the whole document is an editor
  // A page that declares one article body needs no Readability: walking it is enough, and it spares a
  // long live blog a single task that clones and scores the whole document.
  const sole = soleDeclaredArticle(doc);
  let article: ReturnType<Readability<Node>["parse"]> = null;
  let toLive = new Map<Node, Text>();
  if (!sole && readability) {
    const clone = doc.cloneNode(true) as Document;
    toLive = mapClone(doc, clone);
    try {
      article = new readability<Node>(clone, { serializer: (node) => node, charThreshold: 300 }).parse();
    } catch {
      article = null; // Readability throws on some malformed documents; fall back below.
    }
  }
  const seen = new Set<Text>();
  const title = (
    article?.title ??
    doc.querySelector('meta[property="og:title"]')?.getAttribute("content") ??
    doc.title ??
    ""
  ).trim();

  // The headline first: it often carries a quoted fragment ('Very Good Chance').
  const headlineBuilder = new ParagraphBuilder(seen);
  const headline = doc.querySelector("article h1, main h1, h1");
  if (headline && !isSkipped(headline, doc.documentElement))
    collect(headlineBuilder, headline, (n) => n as Text);
  const builder = new ParagraphBuilder(seen);
  const content = article?.content as Element | undefined;
  const container = sole ?? declaredContainer(doc, content, toLive);
  let root: Element = doc.body ?? doc.documentElement;
  if (container) {
    root = container;
    collect(builder, container, (n) => n as Text);
  } else if (content && content.nodeType === 1) {
    collect(builder, content, (n) => toLive.get(n));
  } else if (doc.body) {
    collect(builder, doc.body, (n) => n as Text);
  }
  const body = builder.finish();
  if (!container && body.length > 0)
    root = commonAncestor(body[0]!.segments[0]!.node, body.at(-1)!.segments.at(-1)!.node);
  const parts = {
    title,
    url: pageUrl(doc),
    date: pageDate(doc, article?.publishedTime),
    headline: headlineBuilder.finish(),
    body,
    root,
  };
  return parts.headline.length + parts.body.length > 0 ? parts : null;
}

/** The article of a page, or null when the page has no text. */
export function extractArticle(
  doc: Document,
  readability: ReadabilityClass | null = null,
): ExtractedArticle | null {
  const parts = extractArticleParts(doc, readability);
  if (!parts) return null;
  const { text, segments } = joinParagraphs([...parts.headline, ...parts.body]);
  if (!text.trim()) return null;
  return { title: parts.title, text, segments, url: parts.url, date: parts.date };
}
