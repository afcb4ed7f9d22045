/**
 * No lone words: a quote of one or two words ("weeks", "illegitimate") is highlighted only when it
 * is distinctive for one statement (../compile/lone-word-index.ts) and the words around it (its
 * paragraph and the few before) name that statement's speaker. A near-miss page's scare quote of a common word, credited to
 * someone else, stays unmarked.
 */
import { LONE_QUOTE_MAX_WORDS } from "./tuning.js";
import { stemWord } from "../text/stem.js";

export { LONE_QUOTE_MAX_WORDS };

/** The key of a run by its stems: "~deepli regret" for "deeply regrets". */
export function stemKey(words: readonly string[]): string {
  return `~${words.map(stemWord).join(" ")}`;
}

export interface LoneQuote {
  /** The quote's normalised words. */
  readonly words: readonly string[];
  /** The normalised words around the quote that may name its speaker: its paragraph and the few before. */
  readonly context: readonly string[];
}

/**
 * The statement a lone quote renders, or null. `index` maps a distinctive run (its words, or its
 * stems) to the few statements that print it; `speakerKeys` gives how a page may name a
 * statement's speaker ("milei", "javier milei"). The context must name the speaker of exactly one
 * of them ("cautiously optimistic", said by Rubio and by Peskov, is Peskov's when he is named).
 */
export function statementOfLoneQuote(
  quote: LoneQuote,
  index: ReadonlyMap<string, readonly string[]>,
  speakerKeys: (statementId: string) => readonly string[],
): string | null {
  if (quote.words.length === 0 || quote.words.length > LONE_QUOTE_MAX_WORDS) return null;
  const owners = index.get(quote.words.join(" ")) ?? index.get(stemKey(quote.words)) ?? [];
  const context = ` ${quote.context.join(" ")} `;
  const named = owners.filter((id) => speakerKeys(id).some((key) => context.includes(` ${key} `)));
  return named.length === 1 ? named[0]! : null;
}
