/**
 * The card shown when a highlight is hovered or focused: the other outlets' wording of the statement
 * with their attribution and a word diff against this page, and a way to the full comparison. It
 * lives in a shadow root on Verbatim's own element, so the page's CSS can neither hide nor restyle
 * it, and renders page-derived text as text (Preact escapes it), never as HTML.
 */
import { render } from "preact";
import type { MatchView } from "../core/report/page-report.js";
import { t, type MessageKey } from "../ui/i18n.js";
import { UI_STYLES } from "../ui/ui-styles.js";
import { VersionItem } from "../ui/VersionItem.js";

export const CARD_ELEMENT = "verbatim-card";

const CARD_STYLES = `
${UI_STYLES}
:host { all: initial; position: fixed; z-index: 2147483647; }
.vb-card { box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: min(420px, 70vh); overflow: auto;
  background: var(--vb-bg); color: var(--vb-fg); border: 1px solid var(--vb-line); border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 12px; }
.vb-card-head { display: flex; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
.vb-speaker { font-weight: 600; }
.vb-kind { font-size: 12px; color: var(--vb-muted); }
.vb-versions { margin: 0; padding: 0; }
.vb-none { color: var(--vb-muted); margin: 0 0 8px; }
.vb-card > button { position: sticky; bottom: 0; box-shadow: 0 -6px 10px var(--vb-bg); }
`;

function Card({ match, onOpen }: { match: MatchView; onOpen: () => void }) {
  return (
    <div class="vb-card" role="dialog" aria-label={t("cardLabel")}>
      <div class="vb-card-head">
        <span class="vb-speaker">{match.speaker ?? t("unattributed")}</span>
        <span class="vb-kind" title={t(`kindHelp_${match.kind}` as MessageKey)}>
          {t(`kind_${match.kind}` as MessageKey)} · {t("comparedWithThisPage")}
        </span>
      </div>
      {match.versions.length === 0 ? (
        <p class="vb-none">{t("noOtherOutlet")}</p>
      ) : (
        <ul class="vb-versions">
          {match.versions.map((v) => (
            <VersionItem key={v.quoteId} version={v} />
          ))}
        </ul>
      )}
      <button type="button" onClick={onOpen}>
        {t("openComparison")}
      </button>
    </div>
  );
}

export class HoverCard {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mount: HTMLElement;
  private hideTimer = 0;
  shownFor: HTMLElement | null = null;

  constructor(
    doc: Document,
    private readonly onOpen: (match: MatchView) => void,
  ) {
    this.host = doc.createElement(CARD_ELEMENT);
    // Not the hidden attribute: :host { all: initial } would override the browser's [hidden] rule.
    this.host.style.setProperty("display", "none", "important");
    this.root = this.host.attachShadow({ mode: "open" });
    this.adoptStyles(doc);
    this.mount = doc.createElement("div");
    this.root.append(this.mount);
    this.host.addEventListener("mouseenter", () => window.clearTimeout(this.hideTimer));
    this.host.addEventListener("mouseleave", () => this.hideSoon());
    doc.documentElement.append(this.host);
  }

  private adoptStyles(doc: Document): void {
    try {
      // A constructed sheet is not an inline <style>, which a strict page CSP would block.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_STYLES);
      this.root.adoptedStyleSheets = [sheet];
    } catch {
      const style = doc.createElement("style");
      style.textContent = CARD_STYLES;
      this.root.append(style);
    }
  }

  show(anchor: HTMLElement, match: MatchView): void {
    window.clearTimeout(this.hideTimer);
    this.shownFor = anchor;
    render(<Card match={match} onOpen={() => this.onOpen(match)} />, this.mount);
    this.host.style.setProperty("display", "block", "important");
    const rect = anchor.getBoundingClientRect();
    const width = Math.min(380, window.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const below = rect.bottom + 8;
    const fitsBelow = below + 200 < window.innerHeight;
    this.host.style.setProperty("left", `${left}px`, "important");
    this.host.style.setProperty("top", fitsBelow ? `${below}px` : "auto", "important");
    this.host.style.setProperty(
      "bottom",
      fitsBelow ? "auto" : `${window.innerHeight - rect.top + 8}px`,
      "important",
    );
  }

  hideSoon(): void {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), 250);
  }

  hide(): void {
    window.clearTimeout(this.hideTimer);
    this.host.style.setProperty("display", "none", "important");
    this.shownFor = null;
  }

  destroy(): void {
    this.hide();
    render(null, this.mount);
    this.host.remove();
  }
}
