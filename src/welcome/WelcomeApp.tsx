/**
 * The welcome page, opened once on install: what Verbatim does and that nothing leaves the device, in
 * two sentences, then the one choice of where it runs. The choice is saved at once (and shown, and
 * changeable, in the options); a refused permission leaves a working state and says so.
 */
import { useState } from "preact/hooks";
import { browser } from "../shared/browser.js";
import type { ScanMode } from "../shared/settings.js";
import { t } from "../ui/i18n.js";
import { chooseScanMode } from "../ui/scan-mode.js";
import { ScanModeChoice } from "../ui/ScanModeChoice.js";

/** Nothing is checked until the reader chooses: the default is not a choice they made. */
export function WelcomeApp() {
  const [mode, setMode] = useState<ScanMode | null>(null);
  const [outcome, setOutcome] = useState<{ message: string; granted: boolean } | null>(null);
  const choose = (next: ScanMode): void => {
    setMode(next);
    chooseScanMode(next).then(
      (result) => {
        setMode(result.settings.scanMode);
        setOutcome({ message: result.message, granted: result.granted });
      },
      () => setOutcome({ message: t("settingsFailed"), granted: false }),
    );
  };

  return (
    <main class="vb-welcome">
      <h1>{t("welcomeTitle")}</h1>
      <p class="vb-lead">
        {t("welcomeWhat")} {t("welcomePrivate")}
      </p>
      <ScanModeChoice legend={t("welcomeChoiceHeading")} checked={mode} onChoose={choose} />
      <p class={outcome && !outcome.granted ? "vb-error" : "vb-status"} role="status" aria-live="polite">
        {outcome?.message ?? ""}
      </p>
      <p class="vb-later">
        {t("welcomeChangeLater")}{" "}
        <button type="button" class="vb-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t("openSettings")}
        </button>
      </p>
    </main>
  );
}
