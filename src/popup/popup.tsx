/** Entry point of popup.html: the popup, or the same app in a tab (?tab=ID&statement=ID). */
import { render } from "preact";
import { browser } from "../shared/browser.js";
import { UI_STYLES } from "../ui/ui-styles.js";
import { PopupApp } from "./PopupApp.js";
import { POPUP_STYLES } from "./popup-styles.js";

async function main(): Promise<void> {
  const style = document.createElement("style");
  style.textContent = UI_STYLES + POPUP_STYLES;
  document.head.append(style);
  const params = new URLSearchParams(location.search);
  const given = params.get("tab");
  let tabId: number | null = given && /^\d+$/.test(given) ? Number(given) : null;
  if (given !== null) document.body.classList.add("vb-in-tab");
  if (tabId === null && given === null) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id ?? null;
  }
  render(
    <PopupApp tabId={tabId} focusStatement={params.get("statement")} />,
    document.getElementById("root")!,
  );
}

void main();
