/**
 * One statement quoted on the page, collapsed to one line (speaker, its longest passage, how many
 * passages): opened, its passages on this page, each other outlet's version with how it differs from
 * the longest passage, and the actions. Page-derived text is rendered as text.
 */
import { useState } from "preact/hooks";
import { callTab } from "../shared/messages.js";
import { t, type MessageKey } from "../ui/i18n.js";
import { comparisonMarkdown } from "../ui/markdown.js";
import type { PageStatement } from "../ui/page-statements.js";
import { VersionItem } from "../ui/VersionItem.js";
import { WordingDifferences } from "../ui/WordingDifferences.js";

function plural(count: number, one: MessageKey, many: MessageKey): string {
  return count === 1 ? t(one) : t(many, String(count));
}

export function CopyButton({ markdown }: { markdown: string }) {
  const [status, setStatus] = useState<"idle" | "done" | "failed">("idle");
  const copy = (): void => {
    navigator.clipboard.writeText(markdown).then(
      () => setStatus("done"),
      () => setStatus("failed"),
    );
    setTimeout(() => setStatus("idle"), 2500);
  };
  return (
    <>
      <button type="button" onClick={copy}>
        {status === "done" ? t("copied") : t("copyMarkdown")}
      </button>
      {status === "failed" && (
        <p class="vb-error" role="alert">
          {t("copyFailed")}
        </p>
      )}
    </>
  );
}

export function StatementEntry(props: {
  statement: PageStatement;
  tabId: number | null;
  url: string | null;
  open: boolean;
}) {
  const { statement, tabId } = props;
  const reference = statement.reference;
  const outlets =
    statement.versions.length === 0
      ? t("noOtherOutletShort")
      : plural(statement.versions.length, "otherOutlets_one", "otherOutlets_many");
  return (
    <li class="vb-statement" id={`statement-${statement.statementId}`}>
      <details open={props.open}>
        {/* One line when collapsed, so ten highlights fit the popup's 600 px. */}
        <summary class="vb-summary-line">
          <span class="vb-speaker">{statement.speaker ?? t("unattributed")}</span>
          <span class="vb-snippet">“{reference.text}”</span>
          {statement.passages.length > 1 && (
            <span class="vb-counts">{t("passages_many", String(statement.passages.length))}</span>
          )}
        </summary>
        <p class="vb-counts-sentence">
          {plural(statement.passages.length, "passages_one", "passages_many")} · {outlets}
        </p>
        <h3 class="vb-subheading">{t("passagesHeading")}</h3>
        <ol class="vb-passages">
          {statement.passages.map((p) => (
            <li key={p.occurrence}>
              <span class="vb-page-wording">“{p.text}”</span>{" "}
              <span class="vb-kind">{t(`kindHelp_${p.kind}` as MessageKey)}</span>
              {tabId !== null && (
                <button
                  type="button"
                  class="vb-link"
                  onClick={() => void callTab(tabId, "highlights.reveal", { occurrence: p.occurrence })}
                >
                  {t("showOnPage")}
                </button>
              )}
              {p.kind === "reworded" && (
                <WordingDifferences differences={p.differences} outlet={statement.canonicalOutlet} />
              )}
            </li>
          ))}
        </ol>
        {statement.versions.length === 0 ? (
          <p class="vb-none">{t("noOtherOutlet")}</p>
        ) : (
          <ul class="vb-versions" aria-label={t("cardLabel")}>
            {statement.versions.map((v) => (
              <VersionItem key={v.quoteId} version={v} />
            ))}
          </ul>
        )}
        <div class="vb-actions">
          <CopyButton
            markdown={comparisonMarkdown({
              speaker: statement.speaker,
              pageWording: reference.text,
              pageUrl: props.url,
              pageRewording:
                reference.kind === "reworded"
                  ? { differences: reference.differences, canonicalOutlet: statement.canonicalOutlet }
                  : null,
              versions: statement.versions,
            })}
          />
        </div>
      </details>
    </li>
  );
}
