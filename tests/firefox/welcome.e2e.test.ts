/**
 * First run in Firefox: installing the Firefox build in firefox-esr (headless, through web-ext) opens
 * the welcome page with its three choices. The DOM cannot be inspected (see firefox.e2e.test.ts), so
 * the test copy's welcome page carries one more script that reports what it shows to the fixture
 * server; the copy differs from dist/firefox only by that script.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

const reportScript = (port: number): string => `
const started = Date.now();
const timer = setInterval(() => {
  const radios = document.querySelectorAll("input[type=radio]").length;
  if (radios === 3 || Date.now() - started > 30000) {
    clearInterval(timer);
    const title = document.querySelector("h1")?.textContent ?? "";
    fetch("http://127.0.0.1:${port}/__welcome?radios=" + radios + "&title=" + encodeURIComponent(title), { mode: "no-cors" });
  }
}, 250);
`;

test("installing the Firefox build opens the welcome page with the three choices", async () => {
  let resolveReport: (report: { radios: number; title: string }) => void = () => undefined;
  const reported = new Promise<{ radios: number; title: string }>((resolve) => (resolveReport = resolve));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/__welcome")
      resolveReport({
        radios: Number(url.searchParams.get("radios")),
        title: url.searchParams.get("title")!,
      });
    response.writeHead(200, { "content-type": "text/plain" }).end("");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  const dir = mkdtempSync(path.join(tmpdir(), "verbatim-firefox-welcome-"));
  const extension = path.join(dir, "extension");
  cpSync(path.join(root, "dist/firefox"), extension, { recursive: true });
  const welcome = path.join(extension, "welcome.html");
  writeFileSync(
    welcome,
    readFileSync(welcome, "utf8").replace("</body>", '<script src="test-report.js"></script></body>'),
  );
  writeFileSync(path.join(extension, "test-report.js"), reportScript(port));

  const webExt = (await import("web-ext")).default;
  const runner = await webExt.cmd.run(
    {
      sourceDir: extension,
      target: ["firefox-desktop"],
      firefox: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
      startUrl: [`http://127.0.0.1:${port}/blank`],
      args: ["-headless"],
      noReload: true,
      noInput: true,
      artifactsDir: path.join(dir, "artifacts"),
    },
    { shouldExitProgram: false },
  );
  try {
    const report = await Promise.race([
      reported,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("no report from the welcome page in 45 s")), 45_000),
      ),
    ]);
    expect(report).toEqual({ radios: 3, title: "Welcome to Verbatim" });
  } finally {
    await runner.exit();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 90_000);
