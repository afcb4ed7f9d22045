/**
 * Where a reworded or translated quote's words differ from the statement's canonical rendering, one
 * line each. At most WORDING_LINES lines show, so the hover card stays a card; the rest sit behind
 * "and N more", one click away rather than dropped. Page and corpus words are text, never HTML.
 */
import type { WordingDifference } from "../core/match/match-page.js";
import { wordingDifferenceSentences } from "./difference-sentences.js";
import { t } from "./i18n.js";

/** Lines shown before "and N more" (which then takes the last of them). */
export const WORDING_LINES = 4;

export function WordingDifferences(props: {
  differences: readonly WordingDifference[];
  /** The outlet of the canonical rendering the differences are measured against. */
  outlet: string;
}) {
  const sentences = wordingDifferenceSentences(props.differences, props.outlet);
  if (sentences.length === 0) return null;
  // "and 1 more" would take the line the one difference needs: fold only two or more.
  const shown = sentences.length <= WORDING_LINES ? sentences : sentences.slice(0, WORDING_LINES - 1);
  const rest = sentences.slice(shown.length);
  const label = t("wording_listLabel", props.outlet);
  return (
    <div class="vb-wording">
      <ul class="vb-wording-list" aria-label={label}>
        {shown.map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>
      {rest.length > 0 && (
        <details class="vb-wording-more">
          <summary>{t("wording_more", String(rest.length))}</summary>
          <ul class="vb-wording-list">
            {rest.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
