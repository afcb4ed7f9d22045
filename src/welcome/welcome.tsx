/** Entry point of welcome.html. */
import { render } from "preact";
import { SCAN_MODE_STYLES } from "../ui/ScanModeChoice.js";
import { UI_STYLES } from "../ui/ui-styles.js";
import { WelcomeApp } from "./WelcomeApp.js";

const WELCOME_STYLES = `
body { margin: 0; background: var(--vb-bg); color: var(--vb-fg); font-size: 15px; }
.vb-welcome { max-width: 600px; margin: 0 auto; padding: 32px 20px; }
.vb-welcome h1 { font-size: 24px; color: var(--vb-accent); margin: 0 0 12px; }
.vb-lead { font-size: 16px; margin: 0 0 20px; }
fieldset { border: 1px solid var(--vb-line); border-radius: 8px; margin: 0 0 14px; padding: 10px 16px; }
legend { font-weight: 600; padding: 0 4px; }
.vb-link { border: 0; background: none; color: var(--vb-accent); padding: 0; text-decoration: underline; }
.vb-status { min-height: 1.4em; }
.vb-error { color: var(--vb-del); min-height: 1.4em; }
.vb-later { color: var(--vb-muted); }
${SCAN_MODE_STYLES}
`;

const style = document.createElement("style");
style.textContent = UI_STYLES + WELCOME_STYLES;
document.head.append(style);
render(<WelcomeApp />, document.getElementById("root")!);
