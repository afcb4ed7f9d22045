/** The built extension as the stores would receive it: manifests, bundles, and Firefox's linter. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** File names in a zip's central directory (no unzip tool needed). */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  for (let at = zip.indexOf("PK\u0001\u0002"); at >= 0; at = zip.indexOf("PK\u0001\u0002", at + 46)) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString("utf8"));
  }
  return names;
}
const dist = (browser: string, file: string) => path.join(root, "dist", browser, file);
const manifest = (browser: string) => JSON.parse(readFileSync(dist(browser, "manifest.json"), "utf8"));

describe("the builds", () => {
  test("one manifest, patched per browser at build time", () => {
    const chrome = manifest("chrome");
    const firefox = manifest("firefox");
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background).toEqual({ service_worker: "background.js" });
    expect(firefox.background).toEqual({ scripts: ["background.js"] });
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ["none"],
    });
    expect(chrome.content_scripts[0].matches).toContain("*://*.jpost.com/*");
    expect(chrome.content_scripts[0].matches).toContain("*://*.themoscowtimes.com/*");
    expect(chrome.permissions).toEqual(["storage", "activeTab", "scripting"]);
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.optional_host_permissions).toEqual(["<all_urls>"]);
  });

  test("Chrome's minimum version covers what the code uses and what the bundle is compiled for", () => {
    // storage.session needs Chrome 102 and Object.hasOwn 93; esbuild compiles for the build's target.
    const minimum = Number(manifest("chrome").minimum_chrome_version);
    const target = Number(
      /target: browser === "chrome" \? "chrome(\d+)"/.exec(
        readFileSync(path.join(root, "scripts/build.ts"), "utf8"),
      )![1],
    );
    expect(minimum).toBeGreaterThanOrEqual(102);
    expect(minimum).toBe(target);
  });

  test.each(["chrome", "firefox"])("%s: every file the manifest names exists", (browser) => {
    const m = manifest(browser);
    const files = [
      ...Object.values(m.icons as Record<string, string>),
      m.action.default_popup,
      m.options_ui.page,
      ...m.content_scripts.flatMap((c: { js: string[] }) => c.js),
      ...(m.background.scripts ?? [m.background.service_worker]),
      "corpus.json",
      "_locales/en/messages.json",
    ];
    for (const file of files) expect(existsSync(dist(browser, file)), file).toBe(true);
  });

  test("the corpus never enters a page: the content script is small and holds no corpus", () => {
    const content = readFileSync(dist("chrome", "content.js"));
    expect(content.toString()).not.toContain("I have strongly requested to President Putin");
    expect(gzipSync(content, { level: 9 }).length).toBeLessThan(40 * 1024);
    expect(statSync(dist("chrome", "corpus.json")).size).toBeGreaterThan(10_000);
  });

  test("npm run package writes a store-ready zip per browser, manifest at the root", () => {
    const result = spawnSync("npx", ["tsx", "scripts/package.ts"], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(0);
    for (const browser of ["chrome", "firefox"]) {
      const zip = path.join(root, `dist/packages/verbatim-${browser}-0.1.0.zip`);
      const listing = zipEntries(readFileSync(zip));
      expect(listing).toEqual(
        expect.arrayContaining([
          "manifest.json",
          "content.js",
          "background.js",
          "popup.html",
          "corpus.json",
          "icons/icon-128.png",
        ]),
      );
    }
  }, 60_000);

  test("web-ext lint finds no errors in the Firefox build", () => {
    const result = spawnSync(
      "npx",
      [
        "web-ext",
        "lint",
        "--source-dir",
        path.join(root, "dist/firefox"),
        "--output",
        "json",
        "--no-config-discovery",
      ],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf("{")));
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});
