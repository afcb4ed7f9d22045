/**
 * Renders icons/verbatim.svg to the PNG sizes the manifest names, with Debian's Chromium. Run after
 * changing the SVG (`npx tsx scripts/render-icons.ts`); the PNGs are committed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const root = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "icons/verbatim.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: path.join(root, `icons/icon-${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log("icons: 16, 32, 48, 128 px");
