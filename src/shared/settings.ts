/**
 * The user's settings, in storage.sync (so they follow the user across browsers) with storage.local
 * as the fallback where sync is unavailable (Firefox without an account, or a sync error), and for a
 * site list too long for sync's per-item quota. Every part reads them through here; the content
 * script listens for changes and applies them without a reload.
 */
import * as v from "valibot";
import { browser } from "./browser.js";

/** A field that is absent or malformed in storage takes its default: settings never fail to load. */
const field = <T extends v.GenericSchema>(schema: T, fallback: v.InferOutput<T>) =>
  v.optional(v.fallback(schema, fallback), fallback);

const ScanModeSchema = v.picklist(["news", "all", "click"]);
const HighlightStyleSchema = v.picklist(["underline", "background"]);
export type ScanMode = v.InferOutput<typeof ScanModeSchema>;
export type HighlightStyle = v.InferOutput<typeof HighlightStyleSchema>;

const SettingsSchema = v.pipe(
  v.object({
    /** Where pages are scanned by themselves: the news sites, every site, or only on a click. */
    scanMode: field(ScanModeSchema, "news"),
    highlights: field(v.boolean(), true),
    highlightStyle: field(HighlightStyleSchema, "underline"),
    /** Hosts where Verbatim is off; entries that are not strings are dropped. */
    disabledSites: field(
      v.pipe(
        v.array(v.unknown()),
        v.transform((sites): readonly string[] => sites.filter((s): s is string => typeof s === "string")),
      ),
      [],
    ),
  }),
  v.readonly(),
);
/** The user's settings, as the schema above reads them from storage. */
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

const KEY = "settings";

/** Settings from untrusted storage data: unknown or malformed fields fall back to the defaults. */
export function parseSettings(data: unknown): Settings {
  return v.parse(
    SettingsSchema,
    typeof data === "object" && data !== null && !Array.isArray(data) ? data : {},
  );
}

/**
 * storage.sync refuses an item over 8,192 bytes (its key plus its JSON): a few hundred disabled
 * sites. Past this size the site list is kept in storage.local and the synced item says so; the
 * margin leaves room for the fields around the list.
 */
export const SYNC_ITEM_BYTES = 8192 - 256;
const LOCAL_SITES_KEY = "disabledSites";

/** What is stored: the settings, when they were saved, and where the site list is if not inline. */
interface StoredSettings {
  readonly updatedAt?: number;
  readonly disabledSitesIn?: "local";
}

async function readItem(where: "sync" | "local"): Promise<(Record<string, unknown> & StoredSettings) | null> {
  try {
    const item = (await browser.storage[where].get(KEY))[KEY];
    return typeof item === "object" && item !== null ? (item as Record<string, unknown>) : null;
  } catch {
    return null; // sync is unavailable (Firefox without an account, a sync error)
  }
}

const stamp = (item: StoredSettings | null): number =>
  typeof item?.updatedAt === "number" ? item.updatedAt : 0;

/**
 * The settings as last saved: from whichever area holds the newer copy (a save that sync refused
 * went to storage.local), with the site list from storage.local when the synced copy points there.
 */
export async function loadSettings(): Promise<Settings> {
  return (await loadStored()).settings;
}

async function loadStored(): Promise<{ settings: Settings; updatedAt: number }> {
  const [synced, local] = await Promise.all([readItem("sync"), readItem("local")]);
  const item = stamp(local) > stamp(synced) ? local : (synced ?? local);
  const settings = parseSettings(item);
  if (item?.disabledSitesIn !== "local") return { settings, updatedAt: stamp(item) };
  const sites = (await browser.storage.local.get(LOCAL_SITES_KEY))[LOCAL_SITES_KEY];
  const disabledSites = parseSettings({ disabledSites: sites }).disabledSites;
  return { settings: { ...settings, disabledSites }, updatedAt: stamp(item) };
}

/**
 * Writes `settings` so that no quota can refuse them: inline in sync when they fit, else split.
 * Each save is stamped later than the one it replaces, even within one millisecond.
 */
async function store(settings: Settings, replaces: number): Promise<void> {
  const record = { ...settings, updatedAt: Math.max(Date.now(), replaces + 1) };
  try {
    if (KEY.length + JSON.stringify(record).length <= SYNC_ITEM_BYTES) {
      await browser.storage.sync.set({ [KEY]: record });
      return;
    }
    await browser.storage.local.set({ [LOCAL_SITES_KEY]: settings.disabledSites });
    await browser.storage.sync.set({
      [KEY]: { ...record, disabledSites: [], disabledSitesIn: "local" },
    });
  } catch {
    // Sync refused the write (unavailable, rate-limited): the whole record goes to local, which is
    // newer than anything in sync and so is what the next load reads.
    await browser.storage.local.set({ [KEY]: record });
  }
}

/** Writes run one after another: concurrent read-merge-writes (quick clicks) would lose changes. */
let writes: Promise<unknown> = Promise.resolve();

export function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const write = writes.then(async () => {
    const current = await loadStored();
    const next = { ...current.settings, ...change };
    await store(next, current.updatedAt);
    return next;
  });
  writes = write.catch(() => undefined);
  return write;
}

/** Calls `listener` with the new settings whenever they change, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal?: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>): void => {
    if (KEY in changes || LOCAL_SITES_KEY in changes) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  signal?.addEventListener("abort", () => browser.storage.onChanged.removeListener(handler));
}

/** Whether Verbatim is off for a host. */
export function siteDisabled(settings: Settings, host: string): boolean {
  return settings.disabledSites.includes(host.toLowerCase());
}
