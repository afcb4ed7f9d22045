/**
 * The card shown when a highlight is hovered or focused: the other outlets' wording of the statement
 * with their attribution and a word diff against this page, and a way to the full comparison. It
 * lives in a closed shadow root, so the page's CSS can neither hide nor restyle it and the page's
 * scripts can neither read nor rewrite it: the card says how another outlet printed a statement, and
 * the page it is shown on must not be able to forge that. Its host is a plain <div>, a tag no page can
 * claim with customElements.define (a page that defined Verbatim's own tag name first made
 * attachShadow throw). Only trusted events (the user's own) act on it, and the host and root are
 * held privately by the content script. Page-derived text is rendered as text (Preact escapes it).
 *
 * Placement is @floating-ui/dom's: below the highlight, flipped above when there is more room there,
 * shifted sideways to stay inside the window, and no taller than the room (its body scrolls). The
 * button sits in a footer outside the scrolling body, so it can never cover the text. It follows the
 * highlight on scroll and resize, and closes when the highlight scrolls out of view.
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, size } from "@floating-ui/dom";
import { render } from "preact";
import type { MatchView, PageReport } from "../core/report/page-report.js";
import { t, type MessageKey } from "../ui/i18n.js";
import { occurrenceDifferences, pageStatements } from "../ui/page-statements.js";
import { UI_STYLES } from "../ui/ui-styles.js";
import { VersionItem } from "../ui/VersionItem.js";
import { WordingDifferences } from "../ui/WordingDifferences.js";

/** Distance kept from the highlight and from the window's edges, in CSS pixels. */
const GAP = 8;
const MAX_WIDTH = 380;
const MAX_HEIGHT = 420;

// The reset comes first: UI_STYLES' own :host rule (font, colours) must win over "all: initial".
const CARD_STYLES = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; }
${UI_STYLES}
.vb-card { box-sizing: border-box; display: flex; flex-direction: column; width: min(${MAX_WIDTH}px, calc(100vw - ${2 * GAP}px));
  max-height: ${MAX_HEIGHT}px; background: var(--vb-bg); color: var(--vb-fg); border: 1px solid var(--vb-line);
  border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.vb-card-body { flex: 1 1 auto; min-height: 0; overflow: auto; padding: 12px 12px 4px; overscroll-behavior: contain; }
.vb-card-foot { flex: none; padding: 8px 12px 10px; border-top: 1px solid var(--vb-line); }
.vb-card-head { display: flex; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
.vb-speaker { font-weight: 600; }
.vb-kind { font-size: 13px; color: var(--vb-muted); text-align: right; }
.vb-kind-line { margin: -4px 0 8px; font-size: 13px; color: var(--vb-muted); }
.vb-versions { margin: 0; padding: 0; }
.vb-none { color: var(--vb-muted); margin: 0 0 8px; }
`;

/** "Statement 2 of 8 quoted on this page": the same count as the badge and the popup. */
function positionOf(match: MatchView, report: PageReport): string {
  const statements = pageStatements(report).map((s) => s.statementId);
  return t("cardPosition", String(statements.indexOf(match.statementId) + 1), String(statements.length));
}

function Card({ match, report, onOpen }: { match: MatchView; report: PageReport; onOpen: () => void }) {
  return (
    <div class="vb-card" role="dialog" aria-label={t("cardLabel")}>
      <div class="vb-card-body">
        <div class="vb-card-head">
          <span class="vb-speaker">{match.speaker ?? t("unattributed")}</span>
          <span class="vb-kind">{positionOf(match, report)}</span>
        </div>
        <p class="vb-kind-line">{t(`kindHelp_${match.kind}` as MessageKey)}</p>
        {match.kind === "reworded" && (
          <WordingDifferences
            differences={occurrenceDifferences(report, match.occurrence)}
            outlet={match.canonicalOutlet}
          />
        )}
        {match.versions.length === 0 ? (
          <p class="vb-none">{t("noOtherOutlet")}</p>
        ) : (
          <ul class="vb-versions">
            {match.versions.map((v) => (
              <VersionItem key={v.quoteId} version={v} />
            ))}
          </ul>
        )}
      </div>
      <div class="vb-card-foot">
        <button
          type="button"
          onClick={(event) => {
            // A page script can call click() on nothing inside a closed root, but check anyway: only
            // the user's own click opens a tab.
            if (event.isTrusted) onOpen();
          }}
        >
          {t("openComparison")}
        </button>
      </div>
    </div>
  );
}

export class HoverCard {
  readonly #host: HTMLElement;
  readonly #root: ShadowRoot;
  readonly #mount: HTMLElement;
  #hideTimer = 0;
  #stopFollowing: (() => void) | null = null;
  #shownFor: HTMLElement | null = null;

  constructor(
    doc: Document,
    private readonly onOpen: (match: MatchView) => void,
  ) {
    this.#host = doc.createElement("div");
    // Not the hidden attribute: :host { all: initial } would override the browser's [hidden] rule.
    this.#host.style.setProperty("display", "none", "important");
    this.#root = this.#host.attachShadow({ mode: "closed" });
    this.adoptStyles(doc);
    this.#mount = doc.createElement("div");
    this.#root.append(this.#mount);
    this.#host.addEventListener("mouseenter", (e) => {
      if (e.isTrusted) window.clearTimeout(this.#hideTimer);
    });
    this.#host.addEventListener("mouseleave", (e) => {
      if (e.isTrusted) this.hideSoon();
    });
    // Escape from inside the card (its button has focus) closes it and returns focus to the highlight.
    this.#host.addEventListener("keydown", (event) => {
      if (!event.isTrusted || event.key !== "Escape") return;
      const anchor = this.#shownFor;
      this.hide();
      anchor?.focus({ preventScroll: true });
    });
    doc.documentElement.append(this.#host);
  }

  /** Whether a node is the card or inside it (its own mutations are not the page's). */
  contains(node: Node | null): boolean {
    return node !== null && (node === this.#host || this.#host.contains(node));
  }

  /** The highlight the card is shown for, or null when hidden. */
  get shownFor(): HTMLElement | null {
    return this.#shownFor;
  }

  private adoptStyles(doc: Document): void {
    try {
      // A constructed sheet is not an inline <style>, which a strict page CSP would block.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_STYLES);
      this.#root.adoptedStyleSheets = [sheet];
    } catch {
      const style = doc.createElement("style");
      style.textContent = CARD_STYLES;
      this.#root.append(style);
    }
  }

  /** Shows the card for `match` (of the page's `report`) next to its highlight `anchor`. */
  show(anchor: HTMLElement, match: MatchView, report: PageReport): void {
    window.clearTimeout(this.#hideTimer);
    this.#stopFollowing?.();
    this.#shownFor = anchor;
    render(<Card match={match} report={report} onOpen={() => this.onOpen(match)} />, this.#mount);
    this.#host.style.setProperty("display", "block", "important");
    // Hidden, not absent, until placed: measuring needs layout, and the card must not flash at 0,0.
    this.#host.style.setProperty("visibility", "hidden", "important");
    this.#stopFollowing = autoUpdate(anchor, this.#host, () => void this.place(anchor));
  }

  /** Places the card for `anchor`; closes it when the highlight has left the view. */
  private async place(anchor: HTMLElement): Promise<void> {
    const card = this.#root.querySelector<HTMLElement>(".vb-card");
    if (!card) return;
    const { x, y, middlewareData } = await computePosition(anchor, this.#host, {
      strategy: "fixed",
      placement: "bottom-start",
      middleware: [
        offset(GAP),
        flip({ padding: GAP, fallbackStrategy: "bestFit" }),
        shift({ padding: GAP }),
        size({
          padding: GAP,
          apply({ availableWidth, availableHeight }) {
            card.style.maxWidth = `${Math.max(0, availableWidth)}px`;
            card.style.maxHeight = `${Math.max(0, Math.min(MAX_HEIGHT, availableHeight))}px`;
          },
        }),
        hide({ strategy: "referenceHidden" }),
      ],
    });
    if (this.#shownFor !== anchor) return; // hidden or moved on while computing
    if (middlewareData.hide?.referenceHidden) return this.hide();
    this.#host.style.setProperty("left", `${x}px`, "important");
    this.#host.style.setProperty("top", `${y}px`, "important");
    this.#host.style.setProperty("visibility", "visible", "important");
  }

  hideSoon(): void {
    window.clearTimeout(this.#hideTimer);
    this.#hideTimer = window.setTimeout(() => this.hide(), 250);
  }

  hide(): void {
    window.clearTimeout(this.#hideTimer);
    this.#stopFollowing?.();
    this.#stopFollowing = null;
    this.#host.style.setProperty("display", "none", "important");
    this.#shownFor = null;
  }

  destroy(): void {
    this.hide();
    render(null, this.#mount);
    this.#host.remove();
  }
}
