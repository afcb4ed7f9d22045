/**
 * How many elements a page has and how deeply they nest, estimated by one linear scan of its tags
 * before any parser sees it: what the time jsdom and Readability take depends on. Time grows faster
 * than linearly with depth (300 levels took 5 s, 1,000 levels 31 s, 2,000 levels nearly 4 minutes,
 * and 5,000 overflowed the stack) and about linearly with elements (20,000 misnested `<b><i>` pairs
 * took 15 s), so the CLI refuses pages out of a news page's range up front. Real news pages nest a
 * few dozen levels (Chromium's own parser stops nesting at 512) and have a few thousand elements.
 *
 * The depth never overcounts a real page: end tags close, void elements and elements whose end tag
 * may be left out (`<p>`, `<li>`, `<td>`, …) or that cannot contain themselves (`<a>`, headings) are
 * not counted, and the contents of comments, scripts and styles are skipped.
 */
const NOT_COUNTED = new Set(
  (
    "area base br col embed hr img input link meta source track wbr param keygen " +
    "p li dt dd option optgroup tr td th thead tbody tfoot rb rt rtc rp colgroup caption html head body " +
    "a nobr button form h1 h2 h3 h4 h5 h6"
  ).split(" "),
);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"]);
const TAG = /<!--|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/g;

export interface HtmlMeasure {
  /** The deepest nesting of counted elements. */
  readonly depth: number;
  /** Start tags, every kind, outside comments, scripts and styles. */
  readonly elements: number;
}

/** Measures `html` in one pass over its tags. */
export function measureHtml(html: string): HtmlMeasure {
  const lower = html.toLowerCase();
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(lower); m; m = TAG.exec(lower)) {
    if (m[0] === "<!--") {
      const end = lower.indexOf("-->", TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = m[2]!;
    const tagEnd = lower.indexOf(">", TAG.lastIndex);
    if (tagEnd < 0) break;
    TAG.lastIndex = tagEnd + 1;
    if (m[1] === "/") {
      if (!NOT_COUNTED.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (RAW_TEXT.has(name)) {
      // Skip to past the element's end tag: its contents are text, whatever they look like.
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      const close = end < 0 ? -1 : lower.indexOf(">", end);
      if (close < 0) break;
      TAG.lastIndex = close + 1;
      continue;
    }
    if (NOT_COUNTED.has(name) || lower[tagEnd - 1] === "/") continue;
    deepest = Math.max(deepest, ++depth);
  }
  return { depth: deepest, elements };
}
