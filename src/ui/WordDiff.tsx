/**
 * One rendering compared with another, word by word. Each kind of difference has its own look and
 * a text label for screen readers, because they mean different things: an editor's [insertion],
 * words cut at an ellipsis, a clipped start or end, a quote split in two.
 */
import { Fragment } from "preact";
import type { WordOp } from "../core/text/compare-wordings.js";
import { t, type MessageKey } from "./i18n.js";

export function WordDiff({ ops }: { ops: readonly WordOp[] }) {
  return (
    <span class="vb-diff">
      {ops.map((op, i) => {
        if (op.op === "same") return <span key={i}>{`${op.text} `}</span>;
        if (op.op === "split") {
          return (
            <span key={i} class="vb-op vb-op-split" title={t("op_split")}>
              <span class="vb-sr">{t("op_split")}</span>
              {"⁄ "}
            </span>
          );
        }
        const label = t(`op_${op.op}` as MessageKey);
        const Tag =
          op.op === "omitted" || op.op === "clipped" || op.op === "elided"
            ? "del"
            : op.op === "inserted"
              ? "ins"
              : "span";
        return (
          <Fragment key={i}>
            <Tag class={`vb-op vb-op-${op.op}`} title={label}>
              <span class="vb-sr">{`${label}: `}</span>
              {op.text}
            </Tag>{" "}
          </Fragment>
        );
      })}
    </span>
  );
}
