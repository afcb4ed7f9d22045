/**
 * Items [from, to] (inclusive) cut into consecutive runs, a run ending after each `i` for which
 * `breaksAfter(i)` holds: a quotation's words into its sentences, or a sentence into its clauses.
 */
export function splitRange(
  from: number,
  to: number,
  breaksAfter: (i: number) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (breaksAfter(i)) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  if (start <= to) out.push([start, to]);
  return out;
}
