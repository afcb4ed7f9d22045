/**
 * Per-tab state in storage.session: it survives the service worker being stopped and restarted,
 * and disappears with the browser session. The badge shows how many statements a tab carries.
 */
import { browser } from "../shared/browser.js";
import type { TabState } from "../shared/messages.js";
import { t } from "../ui/i18n.js";

const key = (tabId: number): string => `tab:${tabId}`;

/** Who waits for a tab's next state: `tab.scan` answers with the scan's result, not a guess. */
const waiting = new Map<number, Array<(state: TabState) => void>>();

/**
 * The tab's next saved state, or null after `timeoutMs` (a page that never answers: the scan was
 * refused or the tab closed). Register before starting the work whose state it waits for.
 */
export function nextTabState(tabId: number, timeoutMs: number): Promise<TabState | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.set(
        tabId,
        (waiting.get(tabId) ?? []).filter((w) => w !== done),
      );
      resolve(null);
    }, timeoutMs);
    const done = (state: TabState): void => {
      clearTimeout(timer);
      resolve(state);
    };
    const list = waiting.get(tabId);
    if (list) list.push(done);
    else waiting.set(tabId, [done]);
  });
}

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
  const waiters = waiting.get(tabId) ?? [];
  waiting.delete(tabId);
  for (const resolve of waiters) resolve(state);
  const statements = new Set(state.report?.matches.map((m) => m.statementId) ?? []).size;
  await browser.action.setBadgeBackgroundColor({ tabId, color: "#8a5a00" });
  await browser.action.setBadgeText({ tabId, text: statements > 0 ? String(statements) : "" });
  // The badge says what it counts, as the popup's heading does: statements, not highlights.
  let title = t("badgeTitle_many", String(statements));
  if (statements === 0) title = t("actionTitle");
  else if (statements === 1) title = t("badgeTitle_one");
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
