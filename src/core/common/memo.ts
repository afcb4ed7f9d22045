/**
 * Memoised functions of an object (a compiled corpus, a page, a quotation's words): computed once
 * and kept as long as the object lives, since the matcher asks the same of them for every quote of
 * every candidate story.
 */

/** `compute(key)`, once per object. */
export function memoOn<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

/** `compute(key, second)`, once per object and second key. */
export function memoOnPair<K extends object, J, V>(
  compute: (key: K, second: J) => V,
): (key: K, second: J) => V {
  const caches = new WeakMap<K, Map<J, V>>();
  return (key, second) => {
    let cache = caches.get(key);
    if (!cache) caches.set(key, (cache = new Map()));
    if (!cache.has(second)) cache.set(second, compute(key, second));
    return cache.get(second)!;
  };
}
