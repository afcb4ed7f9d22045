/** Entry point of options.html. */
import { render } from "preact";
import { SCAN_MODE_STYLES } from "../ui/ScanModeChoice.js";
import { UI_STYLES } from "../ui/ui-styles.js";
import { OptionsApp } from "./OptionsApp.js";

const OPTIONS_STYLES = `
body { margin: 0; background: var(--vb-bg); color: var(--vb-fg); }
.vb-options { max-width: 640px; margin: 0 auto; padding: 16px 20px; }
.vb-options h1 { font-size: 20px; color: var(--vb-accent); }
fieldset { border: 1px solid var(--vb-line); border-radius: 8px; margin: 0 0 14px; padding: 10px 14px; }
legend { font-weight: 600; padding: 0 4px; }
.vb-choice { display: flex; gap: 8px; align-items: center; padding: 4px 0; }
.vb-sites { margin: 0; padding-left: 18px; }
.vb-none, .vb-privacy, .vb-status { color: var(--vb-muted); }
.vb-error { color: var(--vb-del); }
${SCAN_MODE_STYLES}
`;

const style = document.createElement("style");
style.textContent = UI_STYLES + OPTIONS_STYLES;
document.head.append(style);
render(<OptionsApp />, document.getElementById("root")!);
