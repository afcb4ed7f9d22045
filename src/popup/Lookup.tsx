/** The lookup over the whole corpus, by words or speaker, collapsed under its heading. */
import { useEffect, useState } from "preact/hooks";
import { callBackground, type StatementView } from "../shared/messages.js";
import { t } from "../ui/i18n.js";
import { comparisonMarkdown } from "../ui/markdown.js";
import { VersionItem } from "../ui/VersionItem.js";
import { CopyButton } from "./StatementEntry.js";

export function Lookup() {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<StatementView[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (query.trim().length < 2) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => {
      void callBackground("corpus.search", { query }).then((reply) => {
        setFailed(!reply.ok);
        setResults(reply.ok ? reply.result : []);
      });
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);
  return (
    <details class="vb-section vb-fold">
      <summary>
        <h2 id="lookup-heading">{t("lookupHeading")}</h2>
      </summary>
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
        <p class={failed ? "vb-error" : "vb-none"} role="status">
          {failed ? t("lookupFailed") : t("lookupNone")}
        </p>
      )}
      {results !== null && results.length > 0 && (
        <ul class="vb-statements vb-lookup-results" role="list">
          {results.map((r) => (
            <li class="vb-statement vb-result" key={r.statementId}>
              <div class="vb-summary-line">
                <span class="vb-speaker">{r.speaker ?? t("unattributed")}</span>
                <span class="vb-counts">{r.storyTitle}</span>
              </div>
              <ul class="vb-versions">
                {r.versions.map((v) => (
                  <VersionItem key={v.quoteId} version={v} compared={false} />
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
    </details>
  );
}
