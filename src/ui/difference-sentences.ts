/**
 * How another outlet's wording differs from this page's, as sentences a reader understands without a
 * legend ("quotes 12 more words than this page"), built from the word comparison and the _locales
 * strings. One sentence per kind of difference, in the order the reader meets them in the quote.
 * For a quote this outlet reworded or translated, one sentence per place its words differ from the
 * statement's canonical rendering ("“urged” where AP printed “requested”").
 */
import type { WordingDifference } from "../core/match/match-page.js";
import type { WordOp, WordOpKind } from "../core/text/compare-wordings.js";
import { t, type MessageKey } from "./i18n.js";

/** Longest page or corpus wording quoted in a difference sentence: the card stays a card. */
const QUOTED_MAX_CHARS = 80;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Kinds whose sentence names a number of words, with their singular and plural messages. */
const COUNTED: Partial<Record<WordOpKind, readonly [MessageKey, MessageKey]>> = {
  beyond: ["diff_beyond_one", "diff_beyond_many"],
  inserted: ["diff_inserted_one", "diff_inserted_many"],
  omitted: ["diff_omitted_one", "diff_omitted_many"],
};

function clippedKey(index: number, words: number): MessageKey {
  const where = index === 0 ? "start" : "end";
  return `diff_clipped_${where}_${words === 1 ? "one" : "many"}` as MessageKey;
}

/**
 * The differences of `ops` (another rendering compared with this page's) as sentences; an empty
 * list when the words are the same.
 */
export function differenceSentences(ops: readonly WordOp[]): string[] {
  const words = new Map<string, number>();
  const order: string[] = [];
  const add = (key: string, count: number): void => {
    if (!words.has(key)) order.push(key);
    words.set(key, (words.get(key) ?? 0) + count);
  };
  ops.forEach((op, i) => {
    if (op.op === "same") return;
    if (op.op === "clipped") add(`clipped:${i === 0 ? 0 : 1}`, wordCount(op.text));
    else add(op.op, wordCount(op.text));
  });
  return order.map((key) => {
    const count = words.get(key)!;
    if (key.startsWith("clipped:")) return t(clippedKey(Number(key.slice(8)), count), String(count));
    const counted = COUNTED[key as WordOpKind];
    if (counted) return t(counted[count === 1 ? 0 : 1], String(count));
    return t(`diff_${key}` as MessageKey);
  });
}

/** The differences as one sentence about `outlet`, or the sentence that the words are the same. */
export function differenceSummary(outlet: string, ops: readonly WordOp[]): string {
  const parts = differenceSentences(ops);
  if (parts.length === 0) return t("diffSame", outlet);
  const joined =
    parts.length === 1
      ? parts[0]!
      : `${parts.slice(0, -1).join(", ")} ${t("diffAnd")} ${parts[parts.length - 1]!}`;
  return t("diffSummary", outlet, joined);
}

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= QUOTED_MAX_CHARS ? flat : `${flat.slice(0, QUOTED_MAX_CHARS - 1)}…`;
}

/**
 * Where a reworded quote's words differ from the statement's canonical rendering, printed by
 * `outlet`, one sentence each in page order; entries where nothing differs are left out.
 */
export function wordingDifferenceSentences(
  differences: readonly WordingDifference[],
  outlet: string,
): string[] {
  const sentences: string[] = [];
  for (const { page, corpus } of differences) {
    const [ours, theirs] = [page.replace(/\s+/g, " ").trim(), corpus.replace(/\s+/g, " ").trim()];
    if (ours === theirs) continue;
    if (!ours) sentences.push(t("wording_left_out", quoted(theirs)));
    else if (!theirs) sentences.push(t("wording_added", quoted(ours)));
    else sentences.push(t("wording_changed", quoted(ours), outlet, quoted(theirs)));
  }
  return sentences;
}
