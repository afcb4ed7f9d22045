/**
 * The default news-site list as Chromium receives it (data/news-sites-core.txt, the part of
 * data/news-sites.txt that Chrome's manifest carries): the manifest loads, and the content script runs
 * on a listed domain, bare or under any subdomain, and nowhere else. Pages are served from 127.0.0.1
 * under those hostnames.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseDomainList } from "../../src/shared/domain-list.js";
import { launch, ROOT, type Harness } from "./harness.js";

const FIXTURE = "/fixtures/wire-straight-quotes-split.html";
// Chrome's manifest carries the core of the list (scripts/build.ts says why).
const sites = parseDomainList(readFileSync(path.join(ROOT, "data/news-sites-core.txt"), "utf8"), "core");
let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

/** Whether Verbatim's content script ran on the page: the fixture article gets highlights if it did. */
async function scanned(host: string): Promise<boolean> {
  const page = await harness.context.newPage();
  await page.goto(harness.url(host, FIXTURE));
  await page.waitForTimeout(1500);
  const marks = await page.locator("verbatim-mark").count();
  await page.close();
  return marks > 0;
}

describe("the news-site list in Chromium", () => {
  test("the manifest carries one match pattern per listed domain", async () => {
    const matches = await harness.worker.evaluate(
      () =>
        (
          globalThis as unknown as {
            chrome: { runtime: { getManifest(): { content_scripts: Array<{ matches: string[] }> } } };
          }
        ).chrome.runtime.getManifest().content_scripts[0]!.matches,
    );
    expect(matches).toHaveLength(sites.length);
    expect(matches).toContain("*://*.ouest-france.fr/*");
  });

  test.each([
    ["a bare domain from the UT1 press list", "ouest-france.fr"],
    ["a www. host from the Bypass Paywalls Clean list", "www.thehindu.com"],
    ["a deeper subdomain of a listed domain", "live.edition.cnn.com"],
  ])("runs on %s (%s)", async (_, host) => {
    expect(sites.some((site) => host === site || host.endsWith(`.${site}`))).toBe(true);
    expect(await scanned(host)).toBe(true);
  });

  test.each([
    ["an unlisted host", "news.example.org"],
    ["a host that only ends like a listed domain", "notcnn.com"],
  ])("does not run on %s (%s)", async (_, host) => {
    expect(await scanned(host)).toBe(false);
  });
});
