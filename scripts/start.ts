/**
 * `npm start`: builds Verbatim, serves a demo news article on http://demo.localhost (Chromium resolves
 * *.localhost to this machine by itself, so nothing leaves it), and opens Chromium with the extension
 * loaded on it. With `--headless`, or when there is no display, it runs headless instead: it saves
 * screenshots of the page, a hover card, the popup (light and dark) and the welcome page to artifacts/ and prints what
 * was matched, so a newcomer sees it work anywhere.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { launchWithExtension, tabStateFor } from "./chromium.js";

const root = path.resolve(import.meta.dirname, "..");
const headless = process.argv.includes("--headless") || !process.env.DISPLAY;
const artifacts = path.join(root, "artifacts");

execFileSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });

// The shipped build, plus the demo host in its site list (the real list has news sites only).
const extension = path.join(root, "build/demo-chrome");
rmSync(extension, { recursive: true, force: true });
cpSync(path.join(root, "dist/chrome"), extension, { recursive: true });
const manifest = JSON.parse(readFileSync(path.join(extension, "manifest.json"), "utf8"));
manifest.content_scripts[0].matches.push("http://demo.localhost/*");
writeFileSync(path.join(extension, "manifest.json"), JSON.stringify(manifest, null, 2));

const html = readFileSync(path.join(root, "demo/ukraine-talks.html"), "utf8");
const server = createServer((_, response) =>
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html),
);
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://demo.localhost:${(server.address() as AddressInfo).port}/world/trump-putin-witkoff.html`;

const { context, worker, extensionId, close } = await launchWithExtension(extension, {
  headless,
  viewport: headless ? { width: 1100, height: 1000 } : null,
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
await page.locator("verbatim-mark").first().waitFor({ timeout: 20_000 });

const state = await tabStateFor(worker, url);
const report = state?.state.report;
console.log(`\nVerbatim on ${url}`);
console.log(`  story: ${report?.story ? report.story.title : "none"}`);
for (const m of report?.matches ?? []) {
  console.log(
    `  [${m.kind}] ${m.speaker ?? "unattributed"}: “${m.text.length > 90 ? `${m.text.slice(0, 89)}…` : m.text}” — also in ${m.versions.map((v) => v.outlet).join(", ") || "no other outlet"}`,
  );
}

if (headless) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, "demo-page.png") });
  const mark = page.locator("verbatim-mark[data-vb-kind=variant]").first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(artifacts, "demo-hover-card.png") });
  for (const scheme of ["light", "dark"] as const) {
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 420, height: 760 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${state?.tabId ?? ""}`);
    await popup.locator(".vb-statements").first().waitFor();
    // The first statement opened, as a reader would, to show the other outlets' versions.
    await popup.locator(".vb-statements summary").first().click();
    await popup.screenshot({ path: path.join(artifacts, `demo-popup-${scheme}.png`) });
    await popup.close();
  }
  const welcome = await context.newPage();
  await welcome.setViewportSize({ width: 760, height: 560 });
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await welcome.locator("h1").waitFor();
  await welcome.screenshot({ path: path.join(artifacts, "demo-welcome.png") });
  await welcome.close();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(artifacts, "demo-page-dark.png") });
  console.log(`\nScreenshots: ${path.relative(process.cwd(), artifacts)}/demo-*.png`);
  await close();
  server.close();
} else {
  console.log(
    "\nChromium is open with Verbatim loaded: hover a highlight, click the toolbar button. Close the browser to stop.",
  );
  context.on("close", () => {
    server.close();
    void close().then(() => process.exit(0));
  });
}
