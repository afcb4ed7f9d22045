/**
 * Small collection helpers with no knowledge of the domain, shared by every stage (this folder
 * imports nothing of the project). A multimap is a `Map` of arrays grown in place: copying the
 * array on every insert (`[...(map.get(k) ?? []), v]`) made building one quadratic.
 */

/** Appends `value` to the list under `key`, creating the list on first use. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds one to the count under `key`. */
export function countIn<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}
