/**
 * Slugs: the form names are compared and ids are built in, at compile time (statement and story ids,
 * the gazetteer's spellings) and at run time (a speaker's surname on a page), so it lives in text/.
 */
/** Lower-cases, strips diacritics and dots, and joins words with "-": the id of a person or org. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
