/** Layout of the popup (and of the same app opened in a tab for the full comparison). */
export const POPUP_STYLES = `
body { margin: 0; background: var(--vb-bg); color: var(--vb-fg); }
.vb-popup { box-sizing: border-box; width: 420px; max-width: 100%; padding: 12px 14px 16px; }
body.vb-in-tab .vb-popup { width: min(760px, 100%); margin: 0 auto; }
.vb-header { display: flex; justify-content: space-between; align-items: center; gap: 8px; border-bottom: 1px solid var(--vb-line); padding-bottom: 8px; }
.vb-header h1 { font-size: 17px; margin: 0; color: var(--vb-accent); }
.vb-header-actions { display: flex; gap: 10px; align-items: center; font-size: 12px; }
.vb-switch { display: flex; gap: 4px; align-items: center; }
.vb-link { border: 0; background: none; color: var(--vb-accent); padding: 0; text-decoration: underline; }
.vb-section { margin-top: 12px; }
.vb-section h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--vb-muted); margin: 0 0 8px; }
.vb-story-card { background: var(--vb-panel); border-radius: 8px; padding: 10px 12px; }
.vb-story-card p { margin: 0 0 6px; }
.vb-story-title { font-weight: 600; }
.vb-story-meta { color: var(--vb-muted); font-size: 12px; }
.vb-statements, .vb-missing { margin: 0; padding: 0; list-style: none; }
.vb-statement { border: 1px solid var(--vb-line); border-radius: 10px; padding: 10px; margin-bottom: 10px; }
.vb-statement.vb-focused { border-color: var(--vb-accent); box-shadow: 0 0 0 2px var(--vb-accent); }
.vb-statement-head { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; margin-bottom: 6px; }
.vb-speaker { font-weight: 600; }
.vb-story { font-size: 12px; color: var(--vb-muted); text-align: right; }
.vb-badge { font-size: 11px; border-radius: 10px; padding: 1px 8px; border: 1px solid var(--vb-accent); color: var(--vb-accent); }
.vb-badge-exact { border-style: solid; } .vb-badge-variant { border-style: dashed; } .vb-badge-partial { border-style: dotted; }
.vb-page-wording { margin: 0 0 8px; }
.vb-label { color: var(--vb-muted); font-size: 12px; }
.vb-versions { margin: 0; padding: 0; }
.vb-actions { display: flex; gap: 8px; }
.vb-missing li { padding: 6px 0; border-bottom: 1px solid var(--vb-line); }
.vb-outlets { color: var(--vb-muted); font-size: 12px; }
.vb-none { color: var(--vb-muted); }
.vb-error { color: var(--vb-del); }
.vb-field { display: flex; flex-direction: column; gap: 4px; font-size: 12px; color: var(--vb-muted); margin-bottom: 8px; }
.vb-field input { font: inherit; font-size: 14px; padding: 6px 8px; border-radius: 6px; border: 1px solid var(--vb-line); background: var(--vb-bg); color: var(--vb-fg); }
`;
