/** Layout of the popup (and of the same app opened in a tab for the full comparison). */
export const POPUP_STYLES = `
body { margin: 0; background: var(--vb-bg); color: var(--vb-fg); }
.vb-popup { box-sizing: border-box; width: 420px; max-width: 100%; padding: 10px 14px 12px; }
body.vb-in-tab .vb-popup { width: min(760px, 100%); margin: 0 auto; }
.vb-header { display: flex; justify-content: space-between; align-items: center; gap: 8px; border-bottom: 1px solid var(--vb-line); padding-bottom: 6px; }
.vb-header h1 { font-size: 17px; margin: 0; color: var(--vb-accent); }
.vb-header-actions { display: flex; gap: 10px; align-items: center; font-size: 13px; }
.vb-switch { display: flex; gap: 4px; align-items: center; }
.vb-link { border: 0; background: none; color: var(--vb-accent); padding: 0; text-decoration: underline; }
.vb-section { margin-top: 8px; }
.vb-section h2 { font-size: 14px; font-weight: 600; color: var(--vb-fg); margin: 0 0 6px; }
.vb-fold > summary { cursor: pointer; color: var(--vb-fg); }
.vb-fold > summary h2 { display: inline; margin: 0; }
.vb-story-card { background: var(--vb-panel); border-radius: 8px; padding: 6px 10px; }
.vb-story-card p { margin: 0 0 2px; }
.vb-story-card .vb-actions { margin-top: 6px; flex-wrap: wrap; }
.vb-story-title { font-weight: 600; }
.vb-story-meta { color: var(--vb-muted); font-size: 13px; }
.vb-statements, .vb-missing { margin: 0; padding: 0; list-style: none; }
.vb-statement { border: 1px solid var(--vb-line); border-radius: 8px; margin-bottom: 3px; }
.vb-statement > details > summary { cursor: pointer; padding: 4px 10px; list-style: none; }
.vb-statement > details > summary::-webkit-details-marker { display: none; }
.vb-statement > details[open] { padding-bottom: 8px; }
.vb-statement > details > :not(summary) { margin-left: 10px; margin-right: 10px; }
.vb-statement:target, .vb-statement:has(details[open]) { border-color: var(--vb-accent); }
.vb-result { padding: 8px 10px; }
.vb-summary-line { display: flex; gap: 8px; align-items: baseline; }
.vb-summary-line .vb-speaker { flex: none; }
.vb-counts { flex: none; margin-left: auto; font-size: 13px; color: var(--vb-muted); white-space: nowrap; }
.vb-snippet { flex: 1 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
details[open] > summary .vb-snippet { white-space: normal; }
details[open] > summary .vb-counts { display: none; }
.vb-counts-sentence { margin: 0 0 4px; font-size: 13px; color: var(--vb-muted); }
.vb-speaker { font-weight: 600; }
.vb-subheading { font-size: 13px; font-weight: 600; margin: 6px 0 2px; }
.vb-passages { margin: 0 0 8px; padding-left: 18px; }
.vb-passages li { margin-bottom: 2px; }
.vb-passages .vb-link { margin-left: 6px; }
.vb-kind { color: var(--vb-muted); font-size: 13px; }
.vb-versions { margin: 0; padding: 0; }
.vb-actions { display: flex; gap: 8px; }
.vb-missing li { padding: 6px 0; border-bottom: 1px solid var(--vb-line); }
.vb-outlets { color: var(--vb-muted); font-size: 13px; }
.vb-none { color: var(--vb-muted); }
.vb-error { color: var(--vb-del); }
.vb-note { color: var(--vb-fg); }
.vb-field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; color: var(--vb-muted); margin: 6px 0 8px; }
.vb-field input { font: inherit; font-size: 14px; padding: 6px 8px; border-radius: 6px; border: 1px solid var(--vb-line); background: var(--vb-bg); color: var(--vb-fg); }
`;
