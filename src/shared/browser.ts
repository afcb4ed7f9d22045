/**
 * The one seam around the extension APIs: every browser call goes through this module, which is the
 * only importer of webextension-polyfill. Tests substitute a fake by mocking this module; dropping
 * the polyfill later (Chrome now has `browser` too) is a change here alone.
 */
import browser from "webextension-polyfill";

export type { Runtime, Tabs, Storage } from "webextension-polyfill";
export { browser };
