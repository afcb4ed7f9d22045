/**
 * The shape of a lexicon file in data/lexicons/, as a schema: the data tests validate every file
 * with it, and the compiler's loaders get their types from it.
 */
import * as v from "valibot";

/** A word of a list: lower case, already normalised (no dots, no curly apostrophes). */
const Word = v.pipe(
  v.string(),
  v.regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}' -]*$/u, "must be a lower-case normalised word"),
);

/**
 * A word list: its reason and its entries. Every entry is general: a word that belongs to one
 * story has no place in the core, whose lists must hold for any story.
 */
export const WordListSchema = v.strictObject({
  about: v.pipe(v.string(), v.minLength(10)),
  entries: v.array(Word),
});

/** A list of display names (organisations), matched through their slugs. */
export const NameListSchema = v.strictObject({
  about: v.pipe(v.string(), v.minLength(10)),
  entries: v.array(v.pipe(v.string(), v.minLength(1))),
});

const Person = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug")),
  name: v.pipe(v.string(), v.minLength(2)),
  aliases: v.array(v.pipe(v.string(), v.minLength(2))),
});

/** The people gazetteer. */
export const PeopleListSchema = v.strictObject({
  about: v.pipe(v.string(), v.minLength(10)),
  entries: v.array(Person),
});

/** A channel pattern: tried in order on the clause after a cue verb; `name` is the channel, or `$1`. */
const Channel = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug")),
    about: v.pipe(v.string(), v.minLength(5)),
    pattern: v.pipe(
      v.string(),
      v.check((source) => {
        try {
          new RegExp(source);
          return true;
        } catch {
          return false;
        }
      }, "must be a valid regular expression"),
    ),
    flags: v.picklist(["", "i"], 'must be "" or "i"'),
    name: v.pipe(v.string(), v.minLength(1)),
  }),
  v.check(
    (c) => c.name !== "$1" || new RegExp(`${c.pattern}|`).exec("")!.length > 1,
    "a channel named $1 needs a capture group",
  ),
);

/** The channels: where words were said ("on Truth Social", "told reporters"). */
export const ChannelListSchema = v.strictObject({
  about: v.pipe(v.string(), v.minLength(10)),
  entries: v.array(Channel),
});
