/**
 * Readability on its own, injected by the background into a page's isolated world only when the page
 * declares no single article body (most news pages do declare one): the content script stays small,
 * and pages that never need Readability never parse it.
 */
import { Readability } from "@mozilla/readability";

(globalThis as { verbatimReadability?: typeof Readability }).verbatimReadability = Readability;
