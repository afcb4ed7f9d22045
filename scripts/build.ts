/**
 * `npm run build`: writes dist/chrome and dist/firefox from the one manifest.json. esbuild bundles each
 * entry point (content, background, popup, options, welcome); the compiled corpus, pages, locales and icons are
 * copied. Browser differences are applied here, at build time: Firefox gets `background.scripts` and
 * `browser_specific_settings.gecko`; both get the content-script matches from the news-site list
 * (data/news-sites.txt; its core, data/news-sites-core.txt, for Chrome).
 */
import * as esbuild from "esbuild";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { matchPatterns, parseDomainList } from "../src/shared/domain-list.js";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const BROWSERS = ["chrome", "firefox"] as const;
export type Browser = (typeof BROWSERS)[number];

const ENTRIES = {
  background: "src/background/background.ts",
  content: "src/content/content.ts",
  popup: "src/popup/popup.tsx",
  options: "src/options/options.tsx",
  welcome: "src/welcome/welcome.tsx",
  readability: "src/content/readability-entry.ts",
};

/**
 * The default news sites per browser, as data. Chrome's extension loading grows with the square of the
 * host match patterns (about 38 s of CPU at every start for the 5,012 of the whole list, 1.4 s for
 * 1,000, measured on Debian's Chromium), so Chrome gets the core of the list; Firefox gets all of it.
 */
export const NEWS_SITES_FILES: Record<Browser, string> = {
  chrome: "data/news-sites-core.txt",
  firefox: "data/news-sites.txt",
};

/** The content-script matches for `browser`: every news site of its data file, with its subdomains. */
export function newsSiteMatches(browser: Browser): string[] {
  const file = NEWS_SITES_FILES[browser];
  return matchPatterns(parseDomainList(readFileSync(path.join(ROOT, file), "utf8"), file));
}

type Manifest = Record<string, unknown> & {
  content_scripts: Array<Record<string, unknown>>;
  background: Record<string, unknown>;
};

export function manifestFor(browser: Browser): Manifest {
  const base = JSON.parse(readFileSync(path.join(ROOT, "manifest.json"), "utf8")) as Manifest;
  const matches = newsSiteMatches(browser);
  const content_scripts = base.content_scripts.map((script) => ({ ...script, matches }));
  if (browser === "chrome") return { ...base, content_scripts };
  return {
    ...base,
    content_scripts,
    // Firefox runs MV3 background code as an event page, not a service worker.
    background: { scripts: ["background.js"] },
    browser_specific_settings: {
      gecko: {
        id: "verbatim@verbatim-extension.org",
        strict_min_version: "142.0",
        data_collection_permissions: { required: ["none"] },
      },
    },
  };
}

export async function build(): Promise<void> {
  const corpus = path.join(ROOT, "build/corpus.json");
  if (!existsSync(corpus)) throw new Error("build/corpus.json is missing; run npm run build:corpus first");
  for (const browser of BROWSERS) {
    const out = path.join(ROOT, "dist", browser);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    await esbuild.build({
      entryPoints: Object.fromEntries(
        Object.entries(ENTRIES).map(([name, file]) => [name, path.join(ROOT, file)]),
      ),
      outdir: out,
      bundle: true,
      format: "iife",
      minify: true,
      legalComments: "none",
      target: browser === "chrome" ? "chrome120" : "firefox128",
      jsx: "automatic",
      jsxImportSource: "preact",
      logLevel: "warning",
    });
    cpSync(corpus, path.join(out, "corpus.json"));
    cpSync(path.join(ROOT, "static"), out, { recursive: true });
    cpSync(path.join(ROOT, "_locales"), path.join(out, "_locales"), { recursive: true });
    mkdirSync(path.join(out, "icons"));
    for (const size of [16, 32, 48, 128])
      cpSync(path.join(ROOT, `icons/icon-${size}.png`), path.join(out, `icons/icon-${size}.png`));
    writeFileSync(path.join(out, "manifest.json"), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  build()
    .then(() => console.log("build: dist/chrome and dist/firefox"))
    .catch((error: Error) => {
      console.error(`build: ${error.message}`);
      process.exit(1);
    });
}
