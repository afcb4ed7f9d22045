/**
 * How a highlight looks, set on each mark through the CSSOM with !important: page stylesheets cannot
 * override it and a page's Content-Security-Policy cannot block it (unlike an injected <style>).
 * Translucent amber reads on light and dark pages alike; the kind shows in the underline's pattern,
 * so it does not rely on colour alone.
 */
import type { MatchKind } from "../core/match/match-page.js";
import type { HighlightStyle } from "../shared/settings.js";

const UNDERLINE: Record<MatchKind, string> = {
  exact: "solid",
  variant: "dashed",
  partial: "dotted",
  reworded: "double",
};
/**
 * Underline widths: two lines and the gap between them need 3 px; Chromium paints a 2 px `double`
 * border as one solid line, the exact kind's.
 */
const UNDERLINE_WIDTH: Record<MatchKind, number> = { exact: 2, variant: 2, partial: 2, reworded: 3 };
const TINT: Record<MatchKind, number> = { exact: 0.3, variant: 0.22, partial: 0.15, reworded: 0.15 };

export function styleMark(mark: HTMLElement, kind: MatchKind, style: HighlightStyle, visible: boolean): void {
  const set = (property: string, value: string): void => mark.style.setProperty(property, value, "important");
  set("color", "inherit");
  set("font", "inherit");
  set("margin", "0");
  set("padding", "0");
  set("display", "inline");
  set("border-radius", "2px");
  set("box-decoration-break", "clone");
  set("-webkit-box-decoration-break", "clone");
  set("cursor", visible ? "pointer" : "inherit");
  if (!visible) {
    set("background", "transparent");
    set("border-bottom", "0");
    return;
  }
  const alpha = style === "background" ? TINT[kind] * 2 : TINT[kind];
  set("background", `rgba(245, 180, 40, ${alpha})`);
  set(
    "border-bottom",
    style === "underline" ? `${UNDERLINE_WIDTH[kind]}px ${UNDERLINE[kind]} rgb(191, 128, 0)` : "0",
  );
}

export function styleFocus(mark: HTMLElement, focused: boolean): void {
  if (focused) mark.style.setProperty("outline", "2px solid rgb(26, 115, 232)", "important");
  else mark.style.removeProperty("outline");
}
