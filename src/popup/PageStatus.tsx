/**
 * The popup's status card: the story, or one sentence on why there is none (Verbatim does not run
 * here, the page is not an article, …) with what helps: "Scan this page" (activeTab: any site, no
 * prompt) and "Always run on <site>" (asks for that site's permission, then registers the content
 * script for it). Every failure is a sentence from _locales.
 */
import { useState } from "preact/hooks";
import type { PageReport } from "../core/report/page-report.js";
import { browser } from "../shared/browser.js";
import { callBackground } from "../shared/messages.js";
import { t, type MessageKey } from "../ui/i18n.js";
import { canAlwaysRun, canScan, hostOf, sitePattern, type PageReason } from "./page-status.js";

const REASON_MESSAGES: Record<Exclude<PageReason, "matched-story">, MessageKey> = {
  "not-story": "notAStory",
  "not-article": "notAnArticle",
  restricted: "whyRestricted",
  disabled: "whyDisabled",
  "click-mode": "whyClickMode",
  "not-listed": "whyNotListed",
  pending: "whyPending",
  unknown: "whyUnknown",
};

function StoryCard({ story }: { story: NonNullable<PageReport["story"]> }) {
  return (
    <div class="vb-story-card">
      <p class="vb-story-title">{story.title}</p>
      <p class="vb-story-meta">{t("storyMeta", story.date, story.outlets.join(", "))}</p>
    </div>
  );
}

export function PageStatus(props: {
  reason: PageReason;
  report: PageReport | null;
  url: string | null;
  tabId: number | null;
  permitted: boolean;
  /** Called after a scan or a grant, to read the tab's state again. */
  onChange: () => void;
}) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const { reason, tabId } = props;
  const host = hostOf(props.url);

  const scan = async (): Promise<void> => {
    if (tabId === null) return;
    const reply = await callBackground("tab.scan", { tabId });
    // The browser's own error text ("Cannot access contents of the page…") never reaches the reader.
    setMessage(reply.ok ? { text: t("scanStarted"), error: false } : { text: t("scanFailed"), error: true });
    // tab.scan answers once the page's new state is saved: read it now, no polling.
    if (reply.ok) props.onChange();
  };
  const alwaysRun = (): void => {
    if (host === null) return;
    // Requested in the click's own call stack: browsers grant permissions only on a user gesture.
    browser.permissions.request({ origins: [sitePattern(host)] }).then(
      async (granted) => {
        if (!granted) return setMessage({ text: t("siteGrantRefused", host), error: true });
        const synced = await callBackground("sites.sync", {});
        if (!synced.ok) return setMessage({ text: t("siteGrantFailed", host), error: true });
        setMessage({ text: t("siteGranted", host), error: false });
        await scan();
      },
      () => setMessage({ text: t("siteGrantRefused", host), error: true }),
    );
  };

  if (reason === "matched-story" && props.report?.story) return <StoryCard story={props.report.story} />;
  return (
    <div class="vb-story-card">
      <p class="vb-reason">{t(REASON_MESSAGES[reason as keyof typeof REASON_MESSAGES], host ?? "")}</p>
      <div class="vb-actions">
        {canScan(reason) && tabId !== null && (
          <button type="button" onClick={() => void scan()}>
            {t("scanThisPage")}
          </button>
        )}
        {canAlwaysRun(reason, props.permitted) && host !== null && (
          <button type="button" onClick={alwaysRun}>
            {t("alwaysRunOn", host)}
          </button>
        )}
      </div>
      {message && (
        <p class={message.error ? "vb-error" : "vb-note"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
