/**
 * A stand-in for src/shared/browser.ts in DOM tests: in-memory storage areas with change events,
 * i18n from the English locale file (with $1… substitutions, as browsers do), runtime/tabs
 * messaging answered by a handler the test provides, and the events the background listens to (their
 * listeners are kept in `listeners`, so a test can deliver a message as the browser would, with a
 * sender of its choosing).
 */
import english from "../../_locales/en/messages.json";
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
type AnyListener = (...args: never[]) => unknown;

/** An event the fake records listeners of, by name. */
function fakeEvent(registry: Map<string, AnyListener[]>, name: string) {
  return {
    addListener: (l: AnyListener) => void registry.set(name, [...(registry.get(name) ?? []), l]),
    removeListener: (l: AnyListener) =>
      void registry.set(
        name,
        (registry.get(name) ?? []).filter((x) => x !== l),
      ),
  };
}

/** A storage area that throws when an item is larger than `quotaBytesPerItem`, as storage.sync does. */
export interface QuotaOptions {
  quotaBytesPerItem?: number;
}

export interface FakeBrowser {
  storage: Record<
    "sync" | "local" | "session",
    {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    }
  > & {
    onChanged: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
  i18n: { getMessage(key: string, subs?: string[]): string };
  runtime: {
    id: string | undefined;
    sendMessage(message: unknown): Promise<unknown>;
    openOptionsPage(): Promise<void>;
    getURL(p: string): string;
    getManifest(): { content_scripts: Array<{ matches: string[] }>; browser_specific_settings?: object };
    onMessage: ReturnType<typeof fakeEvent>;
    onInstalled: ReturnType<typeof fakeEvent>;
    onStartup: ReturnType<typeof fakeEvent>;
  };
  tabs: {
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    query(q: object): Promise<Array<{ id: number }>>;
    get(tabId: number): Promise<{ id: number; url?: string }>;
    create(p: { url: string; openerTabId?: number }): Promise<{ id: number }>;
    onRemoved: ReturnType<typeof fakeEvent>;
    onUpdated: ReturnType<typeof fakeEvent>;
  };
  permissions: {
    request(p: { origins?: string[] }): Promise<boolean>;
    contains(p: { origins?: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins: string[]; permissions: string[] }>;
    onAdded: ReturnType<typeof fakeEvent>;
    onRemoved: ReturnType<typeof fakeEvent>;
  };
  /** Origins the fake browser has granted (what permissions.contains answers from). */
  granted: Set<string>;
  /** Permission requests made, for assertions. */
  requested: string[][];
  /** The address tabs.get reports (undefined: the popup may not see it). */
  tabUrl: string | undefined;
  /** Whether the manifest is the Firefox build's (user-granted hosts). */
  firefox: boolean;
  commands: { onCommand: ReturnType<typeof fakeEvent> };
  action: {
    setBadgeText(p: object): Promise<void>;
    setBadgeBackgroundColor(p: object): Promise<void>;
    setTitle(p: object): Promise<void>;
  };
  scripting: {
    executeScript(p: object): Promise<unknown[]>;
    getRegisteredContentScripts(p: object): Promise<unknown[]>;
    registerContentScripts(p: object[]): Promise<void>;
    unregisterContentScripts(p: object): Promise<void>;
    updateContentScripts(p: object[]): Promise<void>;
  };
  /** Listeners registered on the events above, by "namespace.event" (e.g. "runtime.onMessage"). */
  listeners: Map<string, AnyListener[]>;
  /** URLs of the tabs created, for assertions. */
  created: string[];
  /** Messages sent, for assertions. */
  sent: unknown[];
  /** Answers runtime and tabs messages. */
  answer: (message: unknown) => unknown;
}

export function createFakeBrowser(options: QuotaOptions = {}): FakeBrowser {
  const listeners = new Set<Listener>();
  const events = new Map<string, AnyListener[]>();
  const area = (name: string) => {
    const data = new Map<string, unknown>();
    return {
      async get(key: string | null) {
        if (key === null) return Object.fromEntries(data);
        return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
      },
      async set(items: Record<string, unknown>) {
        const quota = name === "sync" ? options.quotaBytesPerItem : undefined;
        for (const [key, value] of Object.entries(items)) {
          // Chrome counts an item as its key plus its JSON.
          if (quota !== undefined && key.length + JSON.stringify(value).length > quota)
            throw new Error("QUOTA_BYTES_PER_ITEM quota exceeded");
        }
        for (const [key, value] of Object.entries(items)) {
          const oldValue = data.get(key);
          data.set(key, structuredClone(value));
          for (const l of listeners) l({ [key]: { oldValue, newValue: value } }, name);
        }
      },
      async remove(key: string) {
        data.delete(key);
      },
    };
  };
  const fake: FakeBrowser = {
    storage: Object.assign(
      { sync: area("sync"), local: area("local"), session: area("session") },
      {
        onChanged: {
          addListener: (l: Listener) => void listeners.add(l),
          removeListener: (l: Listener) => void listeners.delete(l),
        },
      },
    ),
    i18n: {
      getMessage: (key, subs = []) =>
        subs.reduce(
          (text, sub, i) => text.replace(`$${i + 1}`, sub),
          (english as Record<string, { message: string } | undefined>)[key]?.message ?? "",
        ),
    },
    runtime: {
      id: "test",
      sendMessage: async (message) => {
        fake.sent.push(message);
        return fake.answer(message);
      },
      openOptionsPage: async () => undefined,
      getURL: (p) => `chrome-extension://test/${p}`,
      getManifest: () => ({
        content_scripts: [{ matches: ["*://news.example/*"] }],
        ...(fake.firefox ? { browser_specific_settings: { gecko: {} } } : {}),
      }),
      onMessage: fakeEvent(events, "runtime.onMessage"),
      onInstalled: fakeEvent(events, "runtime.onInstalled"),
      onStartup: fakeEvent(events, "runtime.onStartup"),
    },
    tabs: {
      sendMessage: async (_tabId, message) => {
        fake.sent.push(message);
        return fake.answer(message);
      },
      query: async () => [{ id: 7 }],
      get: async (tabId) => ({ id: tabId, url: fake.tabUrl }),
      create: async ({ url }) => {
        fake.created.push(url);
        return { id: 100 + fake.created.length };
      },
      onRemoved: fakeEvent(events, "tabs.onRemoved"),
      onUpdated: fakeEvent(events, "tabs.onUpdated"),
    },
    permissions: {
      request: async ({ origins = [] }) => {
        fake.requested.push(origins);
        for (const origin of origins) fake.granted.add(origin);
        return true;
      },
      contains: async ({ origins = [] }) =>
        origins.every((o) => fake.granted.has(o) || fake.granted.has("<all_urls>")),
      getAll: async () => ({ origins: [...fake.granted], permissions: [] }),
      onAdded: fakeEvent(events, "permissions.onAdded"),
      onRemoved: fakeEvent(events, "permissions.onRemoved"),
    },
    granted: new Set(),
    requested: [],
    tabUrl: undefined,
    firefox: false,
    commands: { onCommand: fakeEvent(events, "commands.onCommand") },
    action: {
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
    scripting: {
      executeScript: async () => [],
      getRegisteredContentScripts: async () => [],
      registerContentScripts: async () => undefined,
      unregisterContentScripts: async () => undefined,
      updateContentScripts: async () => undefined,
    },
    listeners: events,
    created: [],
    sent: [],
    answer: () => ({ ok: false, error: "no handler" }),
  };
  return fake;
}
