/**
 * One other outlet's rendering: outlet, date, link, how it attributed the words, a sentence on how its
 * wording differs from this page, the differing part, and the whole quote one click away.
 */
import type { VersionView } from "../core/report/page-report.js";
import { DiffExcerpt } from "./DiffExcerpt.js";
import { differenceSummary } from "./difference-sentences.js";

export function VersionItem({ version, compared = true }: { version: VersionView; compared?: boolean }) {
  return (
    <li class="vb-version">
      <div class="vb-version-head">
        <a class="vb-outlet" href={version.url} target="_blank" rel="noopener noreferrer">
          {version.outlet}
        </a>
        <span class="vb-date">{version.date}</span>
      </div>
      <p class="vb-attribution">{version.attribution}</p>
      {compared ? (
        <>
          <p class="vb-differences">{differenceSummary(version.outlet, version.comparison)}</p>
          <DiffExcerpt ops={version.comparison} />
        </>
      ) : (
        <blockquote class="vb-quote">{version.text}</blockquote>
      )}
    </li>
  );
}
