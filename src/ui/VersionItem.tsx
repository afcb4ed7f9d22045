/** One other outlet's rendering: outlet, date, link, how it attributed the words, and the diff. */
import type { VersionView } from "../core/report/page-report.js";
import { t } from "./i18n.js";
import { WordDiff } from "./WordDiff.js";

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
      <blockquote class="vb-quote">
        {compared ? <WordDiff ops={version.comparison} /> : version.text}
      </blockquote>
      {compared && (
        <p class="vb-differences">
          {version.differences.length > 0 ? version.differences.join(" · ") : t("sameWording")}
        </p>
      )}
    </li>
  );
}
