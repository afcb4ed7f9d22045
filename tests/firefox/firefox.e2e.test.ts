/**
 * Firefox smoke test: the Firefox build runs in Debian's firefox-esr, headless, through web-ext
 * (Playwright cannot drive Debian's Firefox; ../shared/browser-e2e.md). The DOM cannot be inspected,
 * so a test-only second content script reports how many highlights the page got back to the fixture
 * server: highlights prove the content script extracted the page, the background matched it, and the
 * reply came back. The test copy differs from dist/firefox only by that script and the loopback host.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

const ACK_SCRIPT = `
const started = Date.now();
const timer = setInterval(() => {
  const marks = document.querySelectorAll("verbatim-mark").length;
  if (marks >= 5 || Date.now() - started > 30000) {
    clearInterval(timer);
    fetch("/__ack?marks=" + marks);
  }
}, 250);
`;

const firefoxProfilesInTemp = () =>
  readdirSync(tmpdir()).filter((name) => name.startsWith("firefox-profile"));

test("the Firefox build highlights a story page in firefox-esr", async () => {
  const profilesBefore = firefoxProfilesInTemp();
  const dir = mkdtempSync(path.join(tmpdir(), "verbatim-firefox-"));
  const extension = path.join(dir, "extension");
  cpSync(path.join(root, "dist/firefox"), extension, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(extension, "manifest.json"), "utf8"));
  manifest.content_scripts[0].matches.push("http://127.0.0.1/*");
  manifest.content_scripts.push({
    matches: ["http://127.0.0.1/*"],
    js: ["test-ack.js"],
    run_at: "document_idle",
  });
  writeFileSync(path.join(extension, "manifest.json"), JSON.stringify(manifest));
  writeFileSync(path.join(extension, "test-ack.js"), ACK_SCRIPT);

  const page = readFileSync(
    path.join(root, "tests/fixtures/pages/wire-straight-quotes-split/page.html"),
    "utf8",
  );
  let resolveAck: (marks: number) => void = () => undefined;
  const ack = new Promise<number>((resolve) => (resolveAck = resolve));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/__ack") resolveAck(Number(url.searchParams.get("marks")));
    response
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(url.pathname === "/__ack" ? "" : page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const startUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/world/story.html`;

  const webExt = (await import("web-ext")).default;
  const runner = await webExt.cmd.run(
    {
      sourceDir: extension,
      target: ["firefox-desktop"],
      firefox: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
      startUrl: [startUrl],
      args: ["-headless"],
      noReload: true,
      noInput: true,
      artifactsDir: path.join(dir, "artifacts"),
      // The profile lives in this test's own folder, removed below; by default web-ext leaves an
      // ~18 MB firefox-profile* folder in the temp directory after every run.
      firefoxProfile: path.join(dir, "profile"),
      profileCreateIfMissing: true,
      keepProfileChanges: true,
    },
    { shouldExitProgram: false },
  );
  try {
    const marks = await Promise.race([
      ack,
      new Promise<number>((_, reject) =>
        setTimeout(() => reject(new Error("no ack from Firefox in 45 s")), 45_000),
      ),
    ]);
    expect(marks).toBeGreaterThanOrEqual(5);
  } finally {
    await runner.exit();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  expect(firefoxProfilesInTemp().filter((name) => !profilesBefore.includes(name))).toEqual([]);
}, 90_000);
