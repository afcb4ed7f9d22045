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

/**
 * The share of `entities` (most mentioned first) that the page's normalised words name, each
 * weighed by log(1 + mentions) so a story's protagonists count more than a passing name.
 */
export function entityEvidence(
  pageWords: readonly string[] | string,
  entities: readonly EntityKeys[],
  wordSet?: ReadonlySet<string>,
): EntityEvidence {
  // The page's words joined once (` a b c `) may be passed instead, when several stories are
  // scored, with their set: a key with a word the page lacks is not sought in its text.
  const text = typeof pageWords === "string" ? pageWords : ` ${pageWords.join(" ")} `;
  const names = (key: string): boolean =>
    (!wordSet || key.split(" ").every((w) => wordSet.has(w))) && text.includes(` ${key} `);
  let total = 0;
  let hit = 0;
  const found: string[] = [];
  for (const entity of entities) {
    const weight = Math.log(1 + entity.count);
    total += weight;
    if (entity.keys.some(names)) {
      hit += weight;
      found.push(entity.name);
    }
  }
  return { share: total > 0 ? Math.round((hit / total) * 1000) / 1000 : 0, found };
}
