/**
 * `npm run build`: writes dist/chrome and dist/firefox from the one manifest.json, with the compiled
 * corpus (build/corpus.json, from `npm run build:corpus`) and every entry point that exists bundled
 * by esbuild. Firefox's MV3 differences are a patch applied here, at build time.
 */
import * as esbuild from "esbuild";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const corpus = path.join(root, "build/corpus.json");
if (!existsSync(corpus)) {
  console.error("build: build/corpus.json is missing; run npm run build:corpus first");
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(path.join(root, "manifest.json"), "utf8"));
const entries = Object.fromEntries(
  [
    ["background", "src/background/background.ts"],
    ["content", "src/content/content.ts"],
    ["popup", "src/popup/popup.tsx"],
    ["options", "src/options/options.tsx"],
  ].filter(([, file]) => existsSync(path.join(root, file))),
);

const firefoxPatch = {
  browser_specific_settings: {
    gecko: {
      id: "verbatim@verbatim.example",
      strict_min_version: "142.0",
      data_collection_permissions: { required: ["none"] },
    },
  },
};

for (const browser of ["chrome", "firefox"]) {
  const out = path.join(root, "dist", browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  if (Object.keys(entries).length > 0) {
    await esbuild.build({
      entryPoints: entries,
      outdir: out,
      bundle: true,
      format: "iife",
      minify: true,
      target: browser === "chrome" ? "chrome120" : "firefox128",
      jsx: "automatic",
      jsxImportSource: "preact",
      define: { __BROWSER__: JSON.stringify(browser) },
      logLevel: "warning",
    });
  }
  cpSync(corpus, path.join(out, "corpus.json"));
  if (existsSync(path.join(root, "icons")))
    cpSync(path.join(root, "icons"), path.join(out, "icons"), { recursive: true });
  const final = browser === "firefox" ? { ...manifest, ...firefoxPatch } : manifest;
  writeFileSync(path.join(out, "manifest.json"), `${JSON.stringify(final, null, 2)}\n`);
  console.log(`build: dist/${browser} (${Object.keys(entries).join(", ") || "corpus and manifest only"})`);
}
