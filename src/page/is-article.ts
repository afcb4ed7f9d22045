/**
 * The content script's gate: is this page a news article? Cheap checks first (schema.org JSON-LD,
 * og:type, an <article> element), then Readability's own readerable heuristic. Anything else is left
 * alone at the cost of a few selector lookups.
 */
// The readerable check alone: the package's index would bundle all of Readability into every page.
import isProbablyReaderable from "@mozilla/readability/Readability-readerable.js";

const ARTICLE_TYPES =
  /"@type"\s*:\s*(?:\[[^\]]*)?"(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|LiveBlogPosting|BlogPosting|OpinionNewsArticle)"/;

export function looksLikeArticle(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (ARTICLE_TYPES.test(script.textContent ?? "")) return true;
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute("content")?.toLowerCase();
  if (ogType === "article") return true;
  if (doc.querySelector("article p, [itemprop=articleBody] p")) return true;
  return isProbablyReaderable(doc, { minContentLength: 400, minScore: 40 });
}
