/**
 * The popup: for the current tab, the story (or why there is none, with what helps), one entry per
 * statement quoted on the page with its passages and each other outlet's version, the story's
 * statements the page lacks, a lookup over the whole corpus, and the per-site switch. It talks to the
 * rest of Verbatim only through messages, and renders page-derived text as text.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { PageReport } from "../core/report/page-report.js";
import { browser } from "../shared/browser.js";
import { callBackground, type TabState } from "../shared/messages.js";
import { loadSettings, saveSettings, siteDisabled, type Settings } from "../shared/settings.js";
import { t } from "../ui/i18n.js";
import { pageCounts, pageStatements } from "../ui/page-statements.js";
import { Lookup } from "./Lookup.js";
import { hostOf, pageReason } from "./page-status.js";
import { PageStatus } from "./PageStatus.js";
import { StatementEntry } from "./StatementEntry.js";

export interface PopupProps {
  /** The tab to show; the popup's own tab lookup is used when absent. */
  readonly tabId: number | null;
  /** A statement to bring into view (from the hover card's "full comparison"). */
  readonly focusStatement: string | null;
}

interface TabFacts {
  readonly state: TabState | null;
  readonly url: string | null;
  readonly permitted: boolean;
}

/** The tab's address: the background's record of it, else what the browser lets the popup see. */
async function tabUrl(tabId: number, state: TabState | null): Promise<string | null> {
  if (state?.url) return state.url;
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

async function loadFacts(tabId: number): Promise<TabFacts | "failed"> {
  const reply = await callBackground("tab.state", { tabId });
  if (!reply.ok) return "failed";
  const url = await tabUrl(tabId, reply.result);
  const runs = url !== null && /^https?:/.test(url) ? await callBackground("site.runs", { url }) : null;
  return { state: reply.result, url, permitted: runs?.ok === true && runs.result };
}

function CountHeading({ report }: { report: PageReport }) {
  const { statements, passages } = pageCounts(report);
  const text = [
    statements === 1 ? t("statementsCount_one") : t("statementsCount_many", String(statements)),
    passages === 1 ? t("passagesCount_one") : t("passagesCount_many", String(passages)),
  ].join(" · ");
  return <h2 id="on-page-heading">{text}</h2>;
}

function Missing({ report }: { report: PageReport }) {
  return (
    <details class="vb-section vb-fold">
      <summary>
        <h2 id="missing-heading">{t("notOnThisPage", String(report.missing.length))}</h2>
      </summary>
      <ul class="vb-missing">
        {report.missing.map((m) => (
          <li key={m.statementId}>
            <span class="vb-speaker">{m.speaker ?? t("unattributed")}</span>: “{m.text}”{" "}
            <span class="vb-outlets">{t("reportedBy", m.outlets.join(", "))}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The title, the switch that turns Verbatim off for this site (on web pages only), and the options link. */
function PopupHeader({
  siteSwitch,
  enabled,
  onToggle,
}: {
  siteSwitch: boolean;
  enabled: boolean;
  onToggle: () => void;
}) {
  return (
    <header class="vb-header">
      <h1>{t("popupTitle")}</h1>
      <div class="vb-header-actions">
        {siteSwitch && (
          <label class="vb-switch">
            <input type="checkbox" checked={enabled} onChange={onToggle} />
            <span>{t("siteToggle")}</span>
          </label>
        )}
        <button type="button" class="vb-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t("optionsLink")}
        </button>
      </div>
    </header>
  );
}

/** Every statement the page quotes, in page order, each with the other outlets' versions. */
function OnThisPage({
  report,
  statements,
  tabId,
  url,
  focusStatement,
}: {
  report: PageReport;
  statements: ReturnType<typeof pageStatements>;
  tabId: number | null;
  url: string | null;
  focusStatement: string | null | undefined;
}) {
  return (
    <section class="vb-section" aria-labelledby="on-page-heading">
      <CountHeading report={report} />
      <ul class="vb-statements">
        {statements.map((s) => (
          <StatementEntry
            key={s.statementId}
            statement={s}
            tabId={tabId}
            url={url}
            open={s.statementId === focusStatement}
          />
        ))}
      </ul>
    </section>
  );
}

export function PopupApp({ tabId, focusStatement }: PopupProps) {
  const [facts, setFacts] = useState<TabFacts | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = async (): Promise<void> => {
    if (tabId === null) return setFacts({ state: null, url: null, permitted: false });
    const loaded = await loadFacts(tabId);
    if (loaded === "failed") setError(t("stateFailed"));
    else setFacts(loaded);
  };
  useEffect(() => {
    void refresh();
    void loadSettings().then(setSettings, () => setError(t("settingsFailed")));
  }, [tabId]);
  useEffect(() => {
    if (focusStatement && facts)
      document.getElementById(`statement-${focusStatement}`)?.scrollIntoView({ block: "start" });
  }, [focusStatement, facts]);

  const report = facts?.state?.report ?? null;
  const statements = useMemo(() => (report ? pageStatements(report) : []), [report]);
  const host = hostOf(facts?.url ?? null);
  const enabled = settings && host ? !siteDisabled(settings, host) : true;

  const toggleSite = async (): Promise<void> => {
    if (!settings || !host) return;
    const disabledSites = enabled
      ? [...settings.disabledSites, host]
      : settings.disabledSites.filter((h) => h !== host);
    await saveSettings({ disabledSites }).then(setSettings, () => setError(t("settingsFailed")));
  };

  return (
    <main class="vb-popup">
      <PopupHeader
        siteSwitch={host !== null && /^https?:/.test(facts?.url ?? "")}
        enabled={enabled}
        onToggle={() => void toggleSite()}
      />
      {error && (
        <p class="vb-error" role="alert">
          {error}
        </p>
      )}
      <section class="vb-section" aria-label={t("storyHeading")}>
        {facts && settings && (
          <PageStatus
            reason={pageReason({ ...facts, settings })}
            report={report}
            url={facts.url}
            tabId={tabId}
            permitted={facts.permitted}
            onChange={() => void refresh()}
          />
        )}
      </section>
      {report && statements.length > 0 && (
        <OnThisPage
          report={report}
          statements={statements}
          tabId={tabId}
          url={facts?.url ?? null}
          focusStatement={focusStatement}
        />
      )}
      {report && report.missing.length > 0 && <Missing report={report} />}
      <Lookup />
    </main>
  );
}
