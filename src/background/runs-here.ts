/**
 * Whether Verbatim runs on a page by itself: a content script (the manifest's news list, the "all
 * sites" script or a per-site grant's) matches its address and the browser grants the host (Firefox
 * lets users withhold the manifest's hosts). The popup asks, to say why it does not run here.
 */
import { browser } from "../shared/browser.js";

const escape = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

/** Whether `url` matches a WebExtension match pattern (scheme, host with an optional "*." prefix, path). */
export function matchesPattern(url: string, pattern: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (pattern === "<all_urls>") return ["http", "https", "ws", "wss", "file", "ftp"].includes(scheme);
  const parts = /^(\*|[a-z-]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, patternScheme, host, path] = parts as unknown as [string, string, string, string];
  if (patternScheme === "*" ? !["http", "https"].includes(scheme) : patternScheme !== scheme) return false;
  const hostname = parsed.hostname.toLowerCase();
  const hostOk =
    host === "*" ||
    hostname === host ||
    (host.startsWith("*.") && (hostname === host.slice(2) || hostname.endsWith(host.slice(1))));
  if (!hostOk) return false;
  const pathRegex = new RegExp(`^${path.split("*").map(escape).join(".*")}$`);
  return pathRegex.test(parsed.pathname + parsed.search);
}

export async function runsHere(url: string): Promise<boolean> {
  const manifest = browser.runtime.getManifest();
  const registered = await browser.scripting.getRegisteredContentScripts();
  const patterns = [
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
    ...registered.flatMap((script) => script.matches ?? []),
  ];
  if (!patterns.some((pattern) => matchesPattern(url, pattern))) return false;
  const host = new URL(url).hostname;
  return browser.permissions.contains({ origins: [`*://${host}/*`] });
}
