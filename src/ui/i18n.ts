/**
 * UI strings, from _locales through browser.i18n (the extensions' own i18n convention: a translation
 * is a file away). The English file is imported for its keys' type only, so no bundle carries it: the
 * content script's size budget is tight, and the browser already has every locale.
 */
import type english from "../../_locales/en/messages.json";
import { browser } from "../shared/browser.js";

export type MessageKey = keyof typeof english;

export function t(key: MessageKey, ...substitutions: string[]): string {
  let translated = "";
  try {
    translated = browser.i18n.getMessage(key, substitutions);
  } catch {
    // No extension API here (a page the extension's context has gone from): the key is better than nothing.
  }
  return translated || key;
}
