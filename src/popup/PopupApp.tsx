/**
 * The popup: for the current tab, the story, every matched statement in page order with each other
 * outlet's rendering (attribution, link, word diff against this page), the story's statements the page
 * lacks, a lookup over the whole corpus, and the per-site switch. It talks to the rest of Verbatim only
 * through messages, and renders page-derived text as text.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { MatchView, PageReport } from "../core/report/page-report.js";
import { browser } from "../shared/browser.js";
import { callBackground, callTab, type StatementView, type TabState } from "../shared/messages.js";
import { loadSettings, saveSettings, siteDisabled, type Settings } from "../shared/settings.js";
import { t, type MessageKey } from "../ui/i18n.js";
import { comparisonMarkdown } from "../ui/markdown.js";
import { VersionItem } from "../ui/VersionItem.js";

/** Matches of one occurrence (a quote split by "he wrote" gives two spans) shown as one entry. */
interface Occurrence {
  readonly occurrence: number;
  readonly first: MatchView;
  readonly wording: string;
}

function occurrencesOf(report: PageReport): Occurrence[] {
  const groups = new Map<number, MatchView[]>();
  for (const m of report.matches) groups.set(m.occurrence, [...(groups.get(m.occurrence) ?? []), m]);
  return [...groups.values()]
    .map((ms) => ({
      occurrence: ms[0]!.occurrence,
      first: ms[0]!,
      wording: ms.map((m) => m.text).join(" … "),
    }))
    .sort((a, b) => a.first.start - b.first.start);
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

async function copy(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

function CopyButton({ markdown }: { markdown: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      onClick={() =>
        void copy(markdown).then(() => {
          setDone(true);
          setTimeout(() => setDone(false), 1500);
        })
      }
    >
      {done ? t("copied") : t("copyMarkdown")}
    </button>
  );
}

function StatementEntry({
  item,
  tabId,
  url,
  focused,
}: {
  item: Occurrence;
  tabId: number | null;
  url: string | null;
  focused: boolean;
}) {
  const m = item.first;
  return (
    <li class={`vb-statement${focused ? " vb-focused" : ""}`} id={`statement-${m.statementId}`}>
      <div class="vb-statement-head">
        <span class="vb-speaker">{m.speaker ?? t("unattributed")}</span>
        <span class={`vb-badge vb-badge-${m.kind}`} title={t(`kindHelp_${m.kind}` as MessageKey)}>
          {t(`kind_${m.kind}` as MessageKey)}
        </span>
      </div>
      <p class="vb-page-wording">
        <span class="vb-label">{t("thisPage")}: </span>“{item.wording}”
      </p>
      {m.versions.length === 0 ? (
        <p class="vb-none">{t("noOtherOutlet")}</p>
      ) : (
        <ul class="vb-versions" aria-label={t("cardLabel")}>
          {m.versions.map((v) => (
            <VersionItem key={v.quoteId} version={v} />
          ))}
        </ul>
      )}
      <div class="vb-actions">
        {tabId !== null && (
          <button
            type="button"
            onClick={() => void callTab(tabId, "highlights.reveal", { occurrence: item.occurrence })}
          >
            {t("showOnPage")}
          </button>
        )}
        <CopyButton
          markdown={comparisonMarkdown({
            speaker: m.speaker,
            pageWording: item.wording,
            pageUrl: url,
            versions: m.versions,
          })}
        />
      </div>
    </li>
  );
}

function Lookup() {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<StatementView[] | null>(null);
  useEffect(() => {
    if (query.trim().length < 2) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => {
      void callBackground("corpus.search", { query }).then((reply) =>
        setResults(reply.ok ? reply.result : []),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);
  return (
    <section class="vb-section" aria-labelledby="lookup-heading">
      <h2 id="lookup-heading">{t("lookupHeading")}</h2>
      <label class="vb-field">
        <span>{t("lookupLabel")}</span>
        <input
          type="search"
          value={query}
          placeholder={t("lookupPlaceholder")}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </label>
      {results !== null && results.length === 0 && (
        <p class="vb-none" role="status">
          {t("lookupNone")}
        </p>
      )}
      {results !== null && results.length > 0 && (
        <ul class="vb-statements" role="list">
          {results.map((r) => (
            <li class="vb-statement" key={r.statementId}>
              <div class="vb-statement-head">
                <span class="vb-speaker">{r.speaker ?? t("unattributed")}</span>
                <span class="vb-story">{r.storyTitle}</span>
              </div>
              <ul class="vb-versions">
                {r.versions.map((v) => (
                  <VersionItem key={v.quoteId} version={v} />
                ))}
              </ul>
              <div class="vb-actions">
                <CopyButton
                  markdown={comparisonMarkdown({
                    speaker: r.speaker,
                    pageWording: null,
                    pageUrl: null,
                    versions: r.versions,
                  })}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface PopupProps {
  /** The tab to show; the popup's own tab lookup is used when absent. */
  readonly tabId: number | null;
  /** A statement to bring into view (from the hover card's "full comparison"). */
  readonly focusStatement: string | null;
}

export function PopupApp({ tabId, focusStatement }: PopupProps) {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = async (): Promise<void> => {
    if (tabId === null) return setState(null);
    const reply = await callBackground("tab.state", { tabId });
    if (reply.ok) setState(reply.result);
    else setError(reply.error);
  };
  useEffect(() => {
    void refresh();
    void loadSettings().then(setSettings);
  }, [tabId]);
  useEffect(() => {
    if (focusStatement && state)
      document.getElementById(`statement-${focusStatement}`)?.scrollIntoView({ block: "start" });
  }, [focusStatement, state]);

  const report = state?.report ?? null;
  const occurrences = useMemo(() => (report ? occurrencesOf(report) : []), [report]);
  const host = hostOf(state?.url);
  const enabled = settings && host ? !siteDisabled(settings, host) : true;

  const toggleSite = async (): Promise<void> => {
    if (!settings || !host) return;
    const disabledSites = enabled
      ? [...settings.disabledSites, host]
      : settings.disabledSites.filter((h) => h !== host);
    setSettings(await saveSettings({ disabledSites }));
  };
  const scan = async (): Promise<void> => {
    if (tabId === null) return;
    const reply = await callBackground("tab.scan", { tabId });
    if (!reply.ok) setError(reply.error);
    setTimeout(() => void refresh(), 1200);
  };

  return (
    <main class="vb-popup">
      <header class="vb-header">
        <h1>{t("popupTitle")}</h1>
        <div class="vb-header-actions">
          {host && (
            <label class="vb-switch">
              <input type="checkbox" checked={enabled} onChange={() => void toggleSite()} />
              <span>{t("siteToggle")}</span>
            </label>
          )}
          <button type="button" class="vb-link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t("optionsLink")}
          </button>
        </div>
      </header>
      {error && (
        <p class="vb-error" role="alert">
          {error}
        </p>
      )}

      <section class="vb-section" aria-labelledby="story-heading">
        <h2 id="story-heading" class="vb-sr">
          {t("storyHeading")}
        </h2>
        {report?.story ? (
          <div class="vb-story-card">
            <p class="vb-story-title">{report.story.title}</p>
            <p class="vb-story-meta">
              {report.story.date} · {t("outletsInCorpus", report.story.outlets.join(", "))}
            </p>
          </div>
        ) : (
          <div class="vb-story-card">
            <p>
              {state?.status === "not-article" ? t("notAnArticle") : state ? t("notAStory") : t("notScanned")}
            </p>
            {state?.status !== "matched" && tabId !== null && (
              <button type="button" onClick={() => void scan()}>
                {t("scanThisPage")}
              </button>
            )}
          </div>
        )}
      </section>

      {occurrences.length > 0 && (
        <section class="vb-section" aria-labelledby="on-page-heading">
          <h2 id="on-page-heading">{t("onThisPage", String(occurrences.length))}</h2>
          <ul class="vb-statements">
            {occurrences.map((o) => (
              <StatementEntry
                key={o.occurrence}
                item={o}
                tabId={tabId}
                url={state?.url ?? null}
                focused={o.first.statementId === focusStatement}
              />
            ))}
          </ul>
        </section>
      )}

      {report && report.missing.length > 0 && (
        <section class="vb-section" aria-labelledby="missing-heading">
          <h2 id="missing-heading">{t("notOnThisPage", String(report.missing.length))}</h2>
          <ul class="vb-missing">
            {report.missing.map((m) => (
              <li key={m.statementId}>
                <span class="vb-speaker">{m.speaker ?? t("unattributed")}</span>: “{m.text}”
                <span class="vb-outlets"> — {m.outlets.join(", ")}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <Lookup />
    </main>
  );
}
