/**
 * One-line validation errors from valibot issues: the failing field as a path
 * (`stories[0].terms`) and what is wrong with it ("is missing", "must be a list, found 3"). Every
 * schema of the project (the compiled corpus, the seeds manifest) words its messages through
 * {@link expected}, so a reader always gets the field and the problem, never a stack of issues.
 */
import * as v from "valibot";

/** A short description of a value for an error message; never the whole of a large value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The message of a schema: "is missing" when the field is absent, else "must be <what>, found <value>". */
export function expected(what: string): (issue: v.BaseIssue<unknown>) => string {
  return (issue) =>
    issue.input === undefined ? "is missing" : `must be ${what}, found ${describeValue(issue.input)}`;
}

/** The issue's field as written in code: `stories[0].terms`, or "" for the value itself. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = "";
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === "number") path += `[${key}]`;
    else path += path === "" ? String(key) : `.${String(key)}`;
  }
  return path;
}

/** The first issue as one line: "stories[0].terms is missing". */
export function firstProblem(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]!;
  const path = issuePath(issue);
  const message = issue.message.replace(/\s+/g, " ");
  return path === "" ? message : `${path} ${message}`;
}

/**
 * Parses `data` with `schema`, stopping at the first problem, and hands its one-line description to
 * `fail` (which throws the caller's own error, naming its file).
 */
export function parseOrFail<TSchema extends v.GenericSchema>(
  schema: TSchema,
  data: unknown,
  fail: (problem: string) => never,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, data, { abortEarly: true });
  if (!result.success) fail(firstProblem(result.issues));
  return result.output;
}
