/**
 * First run: a new install opens the welcome page, where the user chooses where Verbatim runs. An
 * update or a browser update opens nothing.
 */
import { browser } from "../shared/browser.js";

export async function openWelcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== "install") return;
  await browser.tabs.create({ url: browser.runtime.getURL("welcome.html") });
}
