/**
 * Styles of Verbatim's own UI (popup, options, the in-page hover card inside its shadow root). Light
 * and dark follow the system; differences have distinct looks that do not rely on colour alone.
 */
export const UI_STYLES = `
:host, :root {
  --vb-bg: #ffffff; --vb-fg: #1d1d1f; --vb-muted: #5f6368; --vb-line: #dadce0; --vb-accent: #8a5a00;
  --vb-panel: #f6f4ef; --vb-ins: #0b6b2f; --vb-ins-bg: #e3f4e8; --vb-del: #a31515; --vb-del-bg: #fbe7e7;
  --vb-bracket: #5b3fa0; --vb-bracket-bg: #eee8fa; --vb-focus: #1a73e8;
  color-scheme: light dark;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :host, :root {
    --vb-bg: #1f2023; --vb-fg: #e8eaed; --vb-muted: #9aa0a6; --vb-line: #3c4043; --vb-accent: #f0b43c;
    --vb-panel: #2a2b2f; --vb-ins: #81c995; --vb-ins-bg: #1e3a27; --vb-del: #f28b82; --vb-del-bg: #41201f;
    --vb-bracket: #c5b3f2; --vb-bracket-bg: #302a45; --vb-focus: #8ab4f8;
  }
}
/* Chrome gives extension pages body { font-size: 75% }: the root's size is the one meant. */
body { font-size: inherit; }
.vb-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.vb-version { list-style: none; margin: 0 0 12px; padding: 10px 12px; background: var(--vb-panel); border-radius: 8px; }
.vb-version-head { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.vb-outlet { font-weight: 600; color: var(--vb-accent); text-decoration: none; }
.vb-outlet:hover, .vb-outlet:focus-visible { text-decoration: underline; }
.vb-date { color: var(--vb-muted); font-size: 13px; white-space: nowrap; }
.vb-attribution { margin: 2px 0 4px; color: var(--vb-muted); font-size: 13px; }
.vb-quote { margin: 4px 0 0; padding-left: 10px; border-left: 3px solid var(--vb-line); }
.vb-full { margin-top: 4px; font-size: 13px; }
.vb-full > summary { cursor: pointer; color: var(--vb-accent); width: fit-content; }
.vb-differences { margin: 0; font-size: 13px; }
.vb-wording { margin: 2px 0 8px; font-size: 13px; }
.vb-wording-list { margin: 0; padding-left: 18px; }
.vb-wording-list > li { margin: 1px 0; }
.vb-wording-more { margin-top: 1px; }
.vb-wording-more > summary { cursor: pointer; color: var(--vb-accent); width: fit-content; }
.vb-op { border-radius: 3px; padding: 0 2px; text-decoration: none; }
.vb-op-inserted { color: var(--vb-ins); background: var(--vb-ins-bg); border-bottom: 2px solid currentColor; }
.vb-op-beyond { color: var(--vb-muted); border-bottom: 1px dashed currentColor; }
.vb-op-bracketed { color: var(--vb-bracket); background: var(--vb-bracket-bg); }
.vb-op-omitted, .vb-op-clipped { color: var(--vb-del); background: var(--vb-del-bg); text-decoration: line-through; }
.vb-op-elided { color: var(--vb-del); background: var(--vb-del-bg); text-decoration: line-through dotted; }
.vb-op-split { color: var(--vb-accent); font-weight: 700; }
a:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible {
  outline: 2px solid var(--vb-focus); outline-offset: 2px;
}
button { font: inherit; cursor: pointer; border: 1px solid var(--vb-line); background: var(--vb-bg); color: var(--vb-fg); border-radius: 6px; padding: 4px 10px; }
button:hover { border-color: var(--vb-accent); }
`;
