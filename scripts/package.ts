/**
 * `npm run package`: store-ready zips of dist/chrome and dist/firefox in dist/packages/, the same
 * bytes for every build of one commit (see write-zip.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { zipFolder } from "./write-zip.js";

const root = path.resolve(import.meta.dirname, "..");
const { version } = JSON.parse(readFileSync(path.join(root, "manifest.json"), "utf8")) as { version: string };
mkdirSync(path.join(root, "dist/packages"), { recursive: true });
for (const browser of ["chrome", "firefox"]) {
  const zip = `dist/packages/verbatim-${browser}-${version}.zip`;
  writeFileSync(path.join(root, zip), zipFolder(path.join(root, "dist", browser)));
  console.log(`package: ${zip}`);
}
