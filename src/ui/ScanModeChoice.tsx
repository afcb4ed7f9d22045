/**
 * The three choices of where Verbatim runs, as one keyboard-accessible radio group with a sentence
 * under each, shared by the welcome page and the options.
 */
import type { ScanMode } from "../shared/settings.js";
import { t, type MessageKey } from "./i18n.js";
import { SCAN_MODES } from "./scan-mode.js";

export function ScanModeChoice(props: {
  legend: string;
  checked: ScanMode | null;
  onChoose: (mode: ScanMode) => void;
}) {
  return (
    <fieldset class="vb-modes">
      <legend>{props.legend}</legend>
      {SCAN_MODES.map((mode) => (
        <div key={mode} class="vb-mode">
          <label class="vb-mode-name">
            <input
              type="radio"
              name="scanMode"
              value={mode}
              checked={props.checked === mode}
              aria-describedby={`mode-help-${mode}`}
              onChange={() => props.onChoose(mode)}
            />
            {t(`scanMode_${mode}` as MessageKey)}
          </label>
          <p class="vb-mode-help" id={`mode-help-${mode}`}>
            {t(`scanModeHelp_${mode}` as MessageKey)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}

/** Styles of the choice, for the pages that show it. */
export const SCAN_MODE_STYLES = `
.vb-mode { padding: 6px 0; }
.vb-mode-name { display: flex; gap: 8px; align-items: center; font-weight: 600; cursor: pointer; }
.vb-mode-help { margin: 2px 0 0 26px; color: var(--vb-muted); }
`;
