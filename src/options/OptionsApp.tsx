/**
 * Settings: where to scan, highlights on or off and their style, the sites where Verbatim is off.
 * Saved to storage at once; open tabs pick the change up without a reload. "All sites" asks for the
 * optional host permission at that moment, and falls back to news sites if it is refused.
 */
import { useEffect, useState } from "preact/hooks";
import {
  loadSettings,
  saveSettings,
  type HighlightStyle,
  type ScanMode,
  type Settings,
} from "../shared/settings.js";
import { t, type MessageKey } from "../ui/i18n.js";
import { chooseScanMode, scanModeInForce } from "../ui/scan-mode.js";
import { ScanModeChoice } from "../ui/ScanModeChoice.js";

const STYLES: readonly HighlightStyle[] = ["underline", "background"];

/** One fieldset of radio buttons over a list of values. */
function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  values: readonly T[];
  checked: T;
  label: (value: T) => string;
  onChoose: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <label key={value} class="vb-choice">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.checked === value}
            onChange={() => props.onChoose(value)}
          />
          {props.label(value)}
        </label>
      ))}
    </fieldset>
  );
}

/** The sites turned off in the popup, each with a way to turn Verbatim on there again. */
function DisabledSites({ sites, onEnable }: { sites: readonly string[]; onEnable: (site: string) => void }) {
  return (
    <fieldset>
      <legend>{t("disabledSitesHeading")}</legend>
      {sites.length === 0 ? (
        <p class="vb-none">{t("noDisabledSites")}</p>
      ) : (
        <ul class="vb-sites">
          {sites.map((site) => (
            <li key={site}>
              {site}{" "}
              <button type="button" onClick={() => onEnable(site)}>
                {t("enableSite")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState("");
  const [inForce, setInForce] = useState(true);
  useEffect(() => {
    loadSettings().then(
      (loaded) => {
        setSettings(loaded);
        void scanModeInForce(loaded).then(setInForce);
      },
      () => setStatus(t("settingsFailed")),
    );
  }, []);
  if (!settings) return <p role="status">{status}</p>;

  const save = (change: Partial<Settings>): void => {
    saveSettings(change).then(
      (saved) => {
        setSettings(saved);
        setStatus(t("saved"));
      },
      () => setStatus(t("settingsFailed")),
    );
  };
  const chooseMode = (mode: ScanMode): void => {
    // Straight from the change handler: the permission prompt needs the user's gesture.
    chooseScanMode(mode).then(
      (outcome) => {
        setSettings(outcome.settings);
        setInForce(true);
        setStatus(outcome.granted ? t("saved") : outcome.message);
      },
      () => setStatus(t("settingsFailed")),
    );
  };

  return (
    <main class="vb-options">
      <h1>{t("optionsTitle")}</h1>
      <ScanModeChoice legend={t("scanModeHeading")} checked={settings.scanMode} onChoose={chooseMode} />
      {!inForce && (
        <p class="vb-error" role="alert">
          {t("allSitesNotGranted")}
        </p>
      )}
      <fieldset>
        <legend>{t("highlightsHeading")}</legend>
        <label class="vb-choice">
          <input
            type="checkbox"
            checked={settings.highlights}
            onChange={(e) => save({ highlights: (e.target as HTMLInputElement).checked })}
          />
          {t("highlightsOn")}
        </label>
      </fieldset>
      <RadioGroup
        legend={t("styleHeading")}
        name="highlightStyle"
        values={STYLES}
        checked={settings.highlightStyle}
        label={(style) => t(`style_${style}` as MessageKey)}
        onChoose={(style) => save({ highlightStyle: style })}
      />
      <DisabledSites
        sites={settings.disabledSites}
        onEnable={(site) => save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
      />
      <p class="vb-privacy">{t("privacyNote")}</p>
      <p class="vb-status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
