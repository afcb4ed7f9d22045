/**
 * The compiled corpus's `sourceHash`: a fingerprint of the seed files and the manifest, so the CLI
 * can tell a stale build/corpus.json from a current one. FNV-1a, twice with different offsets, for
 * 64 bits as hex. Not a platform digest: Web Crypto's is asynchronous and node:crypto is not
 * available to the core, and changing it would change every compiled corpus's hash.
 */

/** The fingerprint of a manifest's text and every article file (name and text, by name). */
export function hashSources(manifestText: string, files: ReadonlyMap<string, string>): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193 + 2);
    }
    h1 = Math.imul(h1 ^ 0xff, 0x01000193);
  };
  feed(manifestText);
  for (const name of [...files.keys()].sort()) {
    feed(name);
    feed(files.get(name)!);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
