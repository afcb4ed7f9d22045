/**
 * The content script on sites the user granted one by one ("Always run on <site>" in the popup): the
 * granted origins are the record, so a grant revoked in the browser's settings is gone here too.
 * Origins the manifest already covers (the news list) and "<all_urls>" (its own script) are left out.
 */
import { browser } from "../shared/browser.js";

export const SITES_SCRIPT = "verbatim-sites";

/** The granted origins that only a per-site grant explains. */
export function grantedSiteOrigins(granted: readonly string[], manifestMatches: readonly string[]): string[] {
  const covered = new Set(manifestMatches);
  return [...new Set(granted)].filter((origin) => origin !== "<all_urls>" && !covered.has(origin)).sort();
}

/** Makes the registered per-site script match exactly the granted sites; returns their patterns. */
export async function syncSiteScripts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const manifest = browser.runtime.getManifest();
  const matches = grantedSiteOrigins(
    origins,
    (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  );
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SITES_SCRIPT] });
  if (matches.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SITES_SCRIPT] });
    return matches;
  }
  const script = { id: SITES_SCRIPT, matches, js: ["content.js"], runAt: "document_idle" as const };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}
