/**
 * The part of another outlet's wording that differs from this page: each change with a few shared
 * words either side for context, and an ellipsis where shared words are left out. The whole quote is
 * the WordDiff, one click away.
 */
import type { WordOp } from "../core/text/compare-wordings.js";
import { t } from "./i18n.js";
import { WordDiff } from "./WordDiff.js";

/** Shared words kept either side of a change. */
const CONTEXT_WORDS = 4;

/** `ops` with long runs of shared words cut down to their context; `null` when nothing differs. */
export function excerptOps(ops: readonly WordOp[], context = CONTEXT_WORDS): WordOp[] | null {
  if (ops.every((op) => op.op === "same")) return null;
  const out: WordOp[] = [];
  ops.forEach((op, i) => {
    if (op.op !== "same") return void out.push(op);
    const words = op.text.split(/\s+/).filter(Boolean);
    const changeBefore = i > 0;
    const changeAfter = i < ops.length - 1;
    const keepStart = changeBefore ? context : 0;
    const keepEnd = changeAfter ? context : 0;
    if (words.length <= keepStart + keepEnd + 1) return void out.push(op);
    if (keepStart > 0) out.push({ op: "same", text: words.slice(0, keepStart).join(" ") });
    out.push({ op: "same", text: "…" });
    if (keepEnd > 0) out.push({ op: "same", text: words.slice(words.length - keepEnd).join(" ") });
  });
  return out;
}

export function DiffExcerpt({ ops }: { ops: readonly WordOp[] }) {
  const excerpt = excerptOps(ops);
  return (
    <>
      {excerpt && (
        <p class="vb-quote vb-excerpt">
          <WordDiff ops={excerpt} />
        </p>
      )}
      <details class="vb-full">
        <summary>{t("showFullQuote")}</summary>
        <blockquote class="vb-quote">
          <WordDiff ops={ops} />
        </blockquote>
      </details>
    </>
  );
}
