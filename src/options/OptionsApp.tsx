/**
 * Settings: where to scan, highlights on or off and their style, the sites where Verbatim is off.
 * Saved to storage at once; open tabs pick the change up without a reload. "All sites" asks for the
 * optional host permission at that moment, and falls back to news sites if it is refused.
 */
import { useEffect, useState } from "preact/hooks";
import { browser } from "../shared/browser.js";
import {
  loadSettings,
  saveSettings,
  type HighlightStyle,
  type ScanMode,
  type Settings,
} from "../shared/settings.js";
import { t, type MessageKey } from "../ui/i18n.js";

const MODES: readonly ScanMode[] = ["news", "all", "click"];
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

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState("");
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return null;

  const save = async (change: Partial<Settings>, message = t("saved")): Promise<void> => {
    setSettings(await saveSettings(change));
    setStatus(message);
  };
  const chooseMode = async (mode: ScanMode): Promise<void> => {
    if (mode === "all") {
      // Must run in the click's call stack: browsers only grant permissions on a user gesture.
      const granted = await browser.permissions.request({ origins: ["<all_urls>"] });
      if (!granted) return save({ scanMode: "news" }, t("permissionDenied"));
    }
    await save({ scanMode: mode });
  };

  return (
    <main class="vb-options">
      <h1>{t("optionsTitle")}</h1>
      <RadioGroup
        legend={t("scanModeHeading")}
        name="scanMode"
        values={MODES}
        checked={settings.scanMode}
        label={(mode) => t(`scanMode_${mode}` as MessageKey)}
        onChoose={(mode) => void chooseMode(mode)}
      />
      <fieldset>
        <legend>{t("highlightsHeading")}</legend>
        <label class="vb-choice">
          <input
            type="checkbox"
            checked={settings.highlights}
            onChange={(e) => void save({ highlights: (e.target as HTMLInputElement).checked })}
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
        onChoose={(style) => void save({ highlightStyle: style })}
      />
      <fieldset>
        <legend>{t("disabledSitesHeading")}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="vb-none">{t("noDisabledSites")}</p>
        ) : (
          <ul class="vb-sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{" "}
                <button
                  type="button"
                  onClick={() =>
                    void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })
                  }
                >
                  {t("enableSite")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <p class="vb-privacy">{t("privacyNote")}</p>
      <p class="vb-status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
