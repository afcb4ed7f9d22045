/** `npm run package`: store-ready zips of dist/chrome and dist/firefox in dist/packages/. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const { version } = JSON.parse(readFileSync(path.join(root, "manifest.json"), "utf8")) as { version: string };
for (const browser of ["chrome", "firefox"]) {
  execFileSync(
    "npx",
    [
      "web-ext",
      "build",
      "--source-dir",
      `dist/${browser}`,
      "--artifacts-dir",
      "dist/packages",
      "--filename",
      `verbatim-${browser}-${version}.zip`,
      "--overwrite-dest",
      "--no-config-discovery",
    ],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
  console.log(`package: dist/packages/verbatim-${browser}-${version}.zip`);
}
