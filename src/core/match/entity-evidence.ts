/**
 * Entity evidence for story detection: which of the story's people, organisations and places
 * (computed at compile time from its corpus, ../compile/story-entities.ts) a page names. A page is
 * checked only against the entities its corpus knows, never a gazetteer of one story's cast.
 */
import type { StoryEntity } from "../corpus/schema.js";

/** An entity as the compiled corpus ships it: how a page may name it, and how much it matters. */
export type EntityKeys = Pick<StoryEntity, "name" | "keys" | "count">;

export interface EntityEvidence {
  /** 0–1: the weight of the entities the page names over the weight of all. */
  readonly share: number;
  readonly found: string[];
}

const keyWords = new Map<string, string[]>();

/** Whether the page's words print a key ("xi jinping") as consecutive words. */
function printsKey(words: readonly string[], wordSet: ReadonlySet<string>, key: string): boolean {
  let parts = keyWords.get(key);
  if (!parts) keyWords.set(key, (parts = key.split(" ")));
  if (!parts.every((w) => wordSet.has(w))) return false;
  if (parts.length === 1) return true;
  // A scan for the first word: few keys of several words have all their words on a page.
  for (let at = words.indexOf(parts[0]!); at >= 0; at = words.indexOf(parts[0]!, at + 1))
    if (parts.every((w, k) => words[at + k] === w)) return true;
  return false;
}

/**
 * The share of `entities` (most mentioned first) that the page's normalised words name, each
 * weighed by log(1 + mentions) so a story's protagonists count more than a passing name. The
 * page's word set may be passed too, when several stories are scored.
 */
export function entityEvidence(
  pageWords: readonly string[],
  entities: readonly EntityKeys[],
  wordSet: ReadonlySet<string> = new Set(pageWords),
): EntityEvidence {
  let total = 0;
  let hit = 0;
  const found: string[] = [];
  for (const entity of entities) {
    const weight = Math.log(1 + entity.count);
    total += weight;
    if (entity.keys.some((key) => printsKey(pageWords, wordSet, key))) {
      hit += weight;
      found.push(entity.name);
    }
  }
  return { share: total > 0 ? Math.round((hit / total) * 1000) / 1000 : 0, found };
}
