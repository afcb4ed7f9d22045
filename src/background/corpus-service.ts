/**
 * The compiled corpus, loaded once per service-worker life. The browser stops and restarts the
 * worker at will, so everything here is derived from the packaged corpus.json and rebuilt on demand;
 * nothing the user needs is kept only in memory.
 */
import { buildSearchIndex, type SearchIndex } from "../core/report/search-corpus.js";
import { loadCorpus, type LoadedCorpus } from "../core/match/load-corpus.js";
import { browser } from "../shared/browser.js";

let loading: Promise<LoadedCorpus> | null = null;
let searchIndex: SearchIndex | null = null;

/** Reads the packaged corpus (an extension file, not the network) and indexes it. */
export function getCorpus(): Promise<LoadedCorpus> {
  loading ??= (async () => {
    const response = await fetch(browser.runtime.getURL("corpus.json"));
    if (!response.ok) throw new Error(`corpus.json could not be read (${response.status})`);
    return loadCorpus(await response.json());
  })();
  // A failed load is retried on the next call rather than cached forever.
  loading.catch(() => (loading = null));
  return loading;
}

export async function getSearchIndex(): Promise<{ corpus: LoadedCorpus; index: SearchIndex }> {
  const corpus = await getCorpus();
  searchIndex ??= buildSearchIndex(corpus);
  return { corpus, index: searchIndex };
}
