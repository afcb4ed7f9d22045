/**
 * Choosing where Verbatim runs, for the welcome page and the options alike. "All sites" needs the
 * optional <all_urls> host permission and "News sites" the news list's (granted at install in
 * Chrome, user-granted in Firefox); either is requested from the choosing click itself, and a refusal
 * leaves a working state (news sites, or the toolbar button) with a sentence that says so.
 */
import { browser } from "../shared/browser.js";
import { saveSettings, type ScanMode, type Settings } from "../shared/settings.js";
import { t } from "./i18n.js";

export const SCAN_MODES: readonly ScanMode[] = ["all", "news", "click"];

export interface ScanModeOutcome {
  readonly settings: Settings;
  /** What happened, as a sentence for the reader. */
  readonly message: string;
  /** Whether the reader got what they chose. */
  readonly granted: boolean;
}

/**
 * The manifest's own content-script patterns (the news list) where the user grants them: Firefox lets
 * users withhold them, so they are requested there; Chrome grants them at install, and requesting
 * them would prompt as if they were new hosts. The build gives only Firefox's manifest gecko settings.
 */
function newsOrigins(): string[] | null {
  const manifest = browser.runtime.getManifest();
  if (!("browser_specific_settings" in manifest)) return null;
  return (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

/** The permission a mode needs, or null. */
function permissionFor(mode: ScanMode): string[] | null {
  if (mode === "all") return ["<all_urls>"];
  if (mode === "news") return newsOrigins();
  return null;
}

/**
 * Applies the reader's choice. Call it straight from the click (or change) handler, before any other
 * await: browsers grant permissions only within a user gesture. Already-granted permissions resolve
 * at once, without a prompt.
 */
export async function chooseScanMode(mode: ScanMode): Promise<ScanModeOutcome> {
  const origins = permissionFor(mode);
  const granted =
    origins === null || origins.length === 0
      ? true
      : await browser.permissions.request({ origins }).catch(() => false);
  if (granted) {
    return { settings: await saveSettings({ scanMode: mode }), message: t(`chosen_${mode}`), granted };
  }
  // Refused: the next best mode that needs nothing more than what the browser already allows.
  const fallback: ScanMode = mode === "all" ? "news" : "click";
  const message = mode === "all" ? t("permissionDenied") : t("newsPermissionDenied");
  return { settings: await saveSettings({ scanMode: fallback }), message, granted };
}

/** Whether the stored mode is in force: "all" without the permission runs as news sites only. */
export async function scanModeInForce(settings: Settings): Promise<boolean> {
  if (settings.scanMode !== "all") return true;
  return browser.permissions.contains({ origins: ["<all_urls>"] }).catch(() => false);
}
