/**
 * UI strings, from _locales (the extensions' own i18n convention: a translation is a file away).
 * Outside an extension context (tests) the English file is read directly.
 */
import english from "../../_locales/en/messages.json";
import { browser } from "../shared/browser.js";

export type MessageKey = keyof typeof english;

export function t(key: MessageKey, ...substitutions: string[]): string {
  let translated = "";
  try {
    translated = browser.i18n.getMessage(key, substitutions);
  } catch {
    // No extension API here.
  }
  if (translated) return translated;
  return substitutions.reduce((text, sub, i) => text.replace(`$${i + 1}`, sub), english[key].message);
}
