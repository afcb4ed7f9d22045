/**
 * A stand-in for src/shared/browser.ts in DOM tests: in-memory storage areas with change events,
 * i18n from the English locale file (with $1… substitutions, as browsers do), and runtime/tabs
 * messaging answered by a handler the test provides.
 */
import english from "../../_locales/en/messages.json";
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

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
    sendMessage(message: unknown): Promise<unknown>;
    openOptionsPage(): Promise<void>;
    getURL(p: string): string;
    getManifest(): { content_scripts: Array<{ matches: string[] }>; browser_specific_settings?: object };
  };
  tabs: {
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    query(q: object): Promise<Array<{ id: number }>>;
    get(tabId: number): Promise<{ id: number; url?: string }>;
  };
  permissions: {
    request(p: { origins?: string[] }): Promise<boolean>;
    contains(p: { origins?: string[] }): Promise<boolean>;
  };
  /** Origins the fake browser has granted (what permissions.contains answers from). */
  granted: Set<string>;
  /** Permission requests made, for assertions. */
  requested: string[][];
  /** The address tabs.get reports (undefined: the popup may not see it). */
  tabUrl: string | undefined;
  /** Whether the manifest is the Firefox build's (user-granted hosts). */
  firefox: boolean;
  /** Messages sent, for assertions. */
  sent: unknown[];
  /** Answers runtime and tabs messages. */
  answer: (message: unknown) => unknown;
}

export function createFakeBrowser(): FakeBrowser {
  const listeners = new Set<Listener>();
  const area = (name: string) => {
    const data = new Map<string, unknown>();
    return {
      async get(key: string | null) {
        if (key === null) return Object.fromEntries(data);
        return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
      },
      async set(items: Record<string, unknown>) {
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
    },
    tabs: {
      sendMessage: async (_tabId, message) => {
        fake.sent.push(message);
        return fake.answer(message);
      },
      query: async () => [{ id: 7 }],
      get: async (tabId) => ({ id: tabId, url: fake.tabUrl }),
    },
    permissions: {
      request: async ({ origins = [] }) => {
        fake.requested.push(origins);
        for (const origin of origins) fake.granted.add(origin);
        return true;
      },
      contains: async ({ origins = [] }) =>
        origins.every((o) => fake.granted.has(o) || fake.granted.has("<all_urls>")),
    },
    granted: new Set(),
    requested: [],
    tabUrl: undefined,
    firefox: false,
    sent: [],
    answer: () => ({ ok: false, error: "no handler" }),
  };
  return fake;
}
