/**
 * Per-tab state in storage.session: it survives the service worker being stopped and restarted,
 * and disappears with the browser session. The badge shows how many statements a tab carries.
 */
import { browser } from "../shared/browser.js";
import type { TabState } from "../shared/messages.js";
import { t } from "../ui/i18n.js";

const key = (tabId: number): string => `tab:${tabId}`;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
  const statements = new Set(state.report?.matches.map((m) => m.statementId) ?? []).size;
  await browser.action.setBadgeBackgroundColor({ tabId, color: "#8a5a00" });
  await browser.action.setBadgeText({ tabId, text: statements > 0 ? String(statements) : "" });
  // The badge says what it counts, as the popup's heading does: statements, not highlights.
  const title =
    statements === 0
      ? t("actionTitle")
      : statements === 1
        ? t("badgeTitle_one")
        : t("badgeTitle_many", String(statements));
  await browser.action.setTitle({ tabId, title });
}

export async function loadTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? null;
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
  await browser.action.setBadgeText({ tabId, text: "" }).catch(() => undefined); // the tab may be gone
  await browser.action.setTitle({ tabId, title: t("actionTitle") }).catch(() => undefined);
}
